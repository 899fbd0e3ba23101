package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;
import static vn.thidua.eligibility.rulesets.RuleHarness.deferral;
import static vn.thidua.eligibility.rulesets.RuleHarness.edit;
import static vn.thidua.eligibility.rulesets.RuleHarness.exclusion;

/**
 * A decision cites the provisions in force on its reference date (rules/provisions.yaml): a rule
 * naming a provision no longer in force cites its replacement. 2024-01-15 is under Luật 06/2022 and
 * Nghị định 98/2023; 2026-01-15 under Nghị định 152/2025, and nothing may cite 98/2023 any more.
 */
class CitedProvisionsRulesTest {
    private static final LocalDate JAN_2024 = day("2024-01-15");
    private static final LocalDate JAN_2026 = day("2026-01-15");

    @TempDir
    Path dir;

    private static List<Object> unitFacts(Unit unit, int year) {
        List<Object> facts = new ArrayList<>(List.of(unit));
        for (int y : List.of(year - 1, year)) {
            for (int i = 1; i <= 5; i++) {
                facts.add(item(y, "1." + i, y == year ? "2" : "1", "2", unit.getCode(), null));
            }
        }
        return facts;
    }

    private static Verdict investigatedUnit(int year, LocalDate reference, String from, String to) {
        Unit vp = Facts.unit("VP");
        List<Object> facts = unitFacts(vp, year);
        facts.add(discipline(vp, DisciplineKind.INVESTIGATION, from, to));
        return RuleHarness.annual(vp, year, reference, facts);
    }

    /** Every citation of a verdict: its conditions, exclusions and every firing of its trace. */
    private static List<String> allCitedTexts(Verdict v) {
        return Stream.concat(Stream.of(v.conditions(), v.exclusions(), v.deferrals()).flatMap(List::stream)
                        .flatMap(e -> Stream.of(e.legalBasis(), e.legalBasisEn())),
                v.trace().stream().flatMap(f -> Stream.of(f.legalBasis(), f.legalBasisEn()))).toList();
    }

    private static List<String> allCitedCodes(Verdict v) {
        return Stream.concat(Stream.of(v.conditions(), v.exclusions(), v.deferrals()).flatMap(List::stream).flatMap(e -> e.provisions().stream()),
                v.trace().stream().flatMap(f -> f.provisions().stream())).toList();
    }

    @Test
    void anInvestigationOn2024_01_15CitesDecree98ThroughTheReplacedCircular08() {
        Explanation x = deferral(investigatedUnit(2023, JAN_2024, "2024-01-01", "2024-03-31"), "INVESTIGATION");
        // the rule names TT08-2017 (until 2023-12-31, replaced by ND98-2023.D4.K4), ND98-2023.D4.K4 and ND152-2025.CHUA-KHEN
        assertThat(x.provisions()).containsExactly("ND98-2023.D4.K4");
        assertThat(x.legalBasis()).isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4");
        assertThat(x.legalBasisEn()).isEqualTo("Decree 98/2023/ND-CP, Article 4(4)");
    }

    @Test
    void anInvestigationOn2026_01_15CitesDecree152AndNeverDecree98() {
        Verdict v = investigatedUnit(2025, JAN_2026, "2025-12-01", "2026-03-31");
        Explanation x = deferral(v, "INVESTIGATION");
        assertThat(x.provisions()).containsExactly("ND152-2025", "ND152-2025.CHUA-KHEN");
        assertThat(x.legalBasis()).contains("Nghị định 152/2025/NĐ-CP");
        assertThat(allCitedCodes(v)).noneMatch(c -> c.startsWith("ND98-2023"));
        assertThat(allCitedTexts(v)).allSatisfy(t -> assertThat(t).doesNotContain("98/2023"));
    }

    @Test
    void theSameUnitConditionCitesThePlanOnBothDates() {
        Unit vp = Facts.unit("VP");
        for (LocalDate r : List.of(JAN_2024, JAN_2026)) {
            Explanation u1 = condition(RuleHarness.annual(vp, r.getYear() - 1, r, unitFacts(vp, r.getYear() - 1)), "U1");
            assertThat(u1.provisions()).containsExactly("KH-SCT-2022.II.3a.TT.1");
            assertThat(u1.legalBasis()).isEqualTo("Kế hoạch thi đua CCHC 2021–2030 của Sở Công Thương Sóc Trăng, mục II.3.a, tập thể, ý 1");
        }
    }

    @Test
    void aPersonAfterASanctionCitesDecree98In2024AndDecree152In2026() {
        Person nv = Facts.person("NV1");
        Verdict in2024 = RuleHarness.annual(nv, 2023, JAN_2024, List.of(nv, initiative("SK1", "NV1", 2023, "2024-01-10"),
                discipline(nv, DisciplineKind.SANCTION, "2022-01-01", "2022-06-30")));
        Verdict in2026 = RuleHarness.annual(nv, 2025, JAN_2026, List.of(nv, initiative("SK1", "NV1", 2025, "2026-01-10"),
                discipline(nv, DisciplineKind.SANCTION, "2024-01-01", "2024-06-30")));
        assertThat(in2024.trace()).extracting(Firing::ruleId).contains("X.SANCTION_END");
        assertThat(in2024.trace()).filteredOn(f -> f.ruleId().equals("X.SANCTION_END"))
                .singleElement().satisfies(f -> assertThat(f.provisions()).containsExactly("ND98-2023.D4.K4"));
        assertThat(in2026.trace()).filteredOn(f -> f.ruleId().equals("X.SANCTION_END"))
                .singleElement().satisfies(f -> assertThat(f.provisions()).containsExactly("ND152-2025"));
        assertThat(allCitedTexts(in2026)).allSatisfy(t -> assertThat(t).doesNotContain("98/2023"));
    }

    @Test
    void theSanctionExclusionCitesLaw2003Until2023AndLaw2022After() {
        Person nv = Facts.person("NV1");
        Explanation in2023 = exclusion(RuleHarness.annual(nv, 2022, day("2023-06-01"), List.of(nv,
                discipline(nv, DisciplineKind.SANCTION, "2023-01-01", "2023-12-31"))), "SANCTION");
        Explanation in2026 = exclusion(RuleHarness.annual(nv, 2025, JAN_2026, List.of(nv,
                discipline(nv, DisciplineKind.SANCTION, "2025-06-01", "2026-05-31"))), "SANCTION");
        assertThat(in2023.provisions()).containsExactly("KH-SCT-2022.I.2", "L2003");
        assertThat(in2026.provisions()).containsExactly("KH-SCT-2022.I.2", "L06-2022");
    }

    @Test
    void aRuleStillCitingLegalBasisTextIsCitedAsWritten() {
        copyOfRules(dir);
        edit(dir.resolve("unit-conditions.drl"), "    @provisions(\"KH-SCT-2022.II.3a.TT.3\")",
                "    @legalBasis(\"Kế hoạch cũ, mục 3\")");
        RuleSet rules = new RuleFolder(dir.toString()).read();
        RuleEngine engine = new RuleEngine(100_000, 2, new RegisterCitations());
        CompiledRules compiled = engine.compile(rules.source());
        Unit vp = Facts.unit("VP");
        Explanation u3 = condition(RuleHarness.annual(engine, compiled, rules, 2025, JAN_2026, unitFacts(vp, 2025))
                .get(vp.ref()), "U3");
        assertThat(u3.provisions()).isEmpty();
        assertThat(u3.legalBasis()).isEqualTo("Kế hoạch cũ, mục 3");
    }
}
