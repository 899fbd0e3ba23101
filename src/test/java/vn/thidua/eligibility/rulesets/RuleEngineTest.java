package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.IncompleteDecisionException;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleLimitExceededException;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.Unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.eligibility.model.DisciplineKind.INVESTIGATION;
import static vn.thidua.eligibility.model.DisciplineKind.SANCTION;
import static vn.thidua.eligibility.rulesets.Facts.award;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.dossier;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.Facts.task;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;
import static vn.thidua.eligibility.rulesets.RuleHarness.edit;
import static vn.thidua.eligibility.rulesets.RuleHarness.lineOf;

/** What the engine guarantees whatever the rules say: clear build errors, a firing limit, one decision each, determinism. */
class RuleEngineTest {
    private static final LocalDate R = LocalDate.of(2025, 1, 15);

    @TempDir
    Path dir;

    private final RuleEngine engine = new RuleEngine(1_000, 2);

    private CompiledRules compileCopy() {
        return engine.compile(new RuleFolder(dir.toString()).read().source());
    }

    private static List<RuleProblem> problemsOf(Throwable e) {
        return ((RuleCompilationException) e).problems();
    }

    @Test
    void compileErrorReportsFileAndLine() {
        String text = edit(copyOfRules(dir).resolve("unit-conditions.drl"),
                "    not Criterion(unitCode == $unit.code, year == $year)\nthen\n    insert(ConditionResult.undetermined($unit, \"U1\"",
                "    not Criterion(unitCode == $unit.code, year == $year // \")\" missing\nthen\n    insert(ConditionResult.undetermined($unit, \"U1\"");
        // The parser notices the missing ")" where the "then" of that rule comes.
        int then = lineOf(text, "\")\" missing") + 1;
        assertThatThrownBy(this::compileCopy).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(problemsOf(e)).allSatisfy(p -> assertThat(p.file()).isEqualTo("unit-conditions.drl"))
                        .anySatisfy(p -> {
                            assertThat(p.line()).isEqualTo(then);
                            assertThat(p.message()).contains("mismatched input 'then'");
                        }))
                .hasMessageContaining("unit-conditions.drl:" + then + ":");
    }

    @Test
    void ruleWithoutIdIsRejected() {
        String text = edit(copyOfRules(dir).resolve("unit-conditions.drl"), "    @id(\"U1.NO_ITEMS\")\n", "");
        assertThatThrownBy(this::compileCopy).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(problemsOf(e)).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("unit-conditions.drl");
                    assertThat(p.line()).isEqualTo(lineOf(text, "rule \"U1 – Không có tiêu chí được chấm\""));
                    assertThat(p.message()).contains("has no @id");
                }));
    }

    @Test
    void ruleNamingNoProvisionIsRejected() {
        String text = edit(copyOfRules(dir).resolve("decision.drl"),
                "    @provisions(\"KH-SCT-2022.I.2, L2003, L06-2022\")\n", "");
        assertThatThrownBy(this::compileCopy).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(problemsOf(e)).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("decision.drl");
                    assertThat(p.line()).isEqualTo(lineOf(text, "rule \"Quyết định – Loại trừ\""));
                    assertThat(p.message()).contains("has no @provisions(...)");
                }));
    }

    @Test
    void ruleRepeatingAnotherRulesIdIsRejected() {
        edit(copyOfRules(dir).resolve("unit-conditions.drl"), "@id(\"U2.NO_ITEMS_LAST_YEAR\")", "@id(\"U2.NO_ITEMS_THIS_YEAR\")");
        assertThatThrownBy(this::compileCopy).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(problemsOf(e)).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("repeats @id(\"U2.NO_ITEMS_THIS_YEAR\")")));
    }

    @Test
    void loopingRuleStopsAtTheFiringLimit() throws IOException {
        Files.writeString(copyOfRules(dir).resolve("loop.drl"), """
                package cchc;
                import vn.thidua.eligibility.model.*;
                rule "Vòng lặp"
                    @id("T.LOOP")
                    @legalBasis("test")
                when
                    $s : String()
                then
                    update($s);
                end
                """);
        RuleSet rules = new RuleFolder(dir.toString()).read();
        CompiledRules compiled = engine.compile(rules.source());
        // Every update re-activates the rule on the same fact, for ever.
        assertThatThrownBy(() -> RuleHarness.annual(engine, compiled, rules, 2024, R, List.of(Facts.unit("VP"), "vòng")))
                .isInstanceOf(RuleLimitExceededException.class)
                .hasMessageContaining("more than 1000 times")
                .hasMessageContaining("Vòng lặp");
    }

    @Test
    void ruleSetLeavingASubjectWithoutDecisionFails() {
        edit(copyOfRules(dir).resolve("decision.drl"), "    ConditionResult(subject == $p, code == \"P2\", failed == true)\n",
                "    ConditionResult(subject == $p, code == \"P2\", failed == true)\n    eval(false)\n");
        RuleSet rules = new RuleFolder(dir.toString()).read();
        CompiledRules compiled = engine.compile(rules.source());
        assertThatThrownBy(() -> RuleHarness.annual(engine, compiled, rules, 2024, R, List.of(Facts.person("NV1"))))
                .isInstanceOf(IncompleteDecisionException.class)
                .hasMessageContaining("made 0 decisions for PERSON:NV1");
    }

    @Test
    void ruleSetMakingTwoDecisionsForASubjectFails() {
        // An exclusion no longer stops the eligibility rule: an excluded eligible unit gets two decisions.
        edit(copyOfRules(dir).resolve("decision.drl"), "    $u : Unit()\n    not Exclusion(subject == $u)\n    not Deferral(subject == $u)\n    ConditionResult(subject == $u, code == \"U1\", met == true)",
                "    $u : Unit()\n    ConditionResult(subject == $u, code == \"U1\", met == true)");
        RuleSet rules = new RuleFolder(dir.toString()).read();
        CompiledRules compiled = engine.compile(rules.source());
        Unit vp = Facts.unit("VP");
        List<Object> facts = List.of(vp, item(2023, "1.1", "1", "2", "VP", null), item(2024, "1.1", "2", "2", "VP", null),
                discipline(vp, SANCTION, "2024-01-01", null));
        assertThatThrownBy(() -> RuleHarness.annual(engine, compiled, rules, 2024, R, facts))
                .isInstanceOf(IncompleteDecisionException.class)
                .hasMessageContaining("made 2 decisions for UNIT:VP");
    }

    @Test
    void sameContentCompilesOnce() {
        RuleSet rules = new RuleFolder(copyOfRules(dir).toString()).read();
        assertThat(engine.compile(rules.source())).isSameAs(engine.compile(new RuleFolder(dir.toString()).read().source()));
    }

    @Test
    void sameFactsInAnotherInsertionOrderGiveIdenticalVerdicts() {
        List<Object> facts = department();
        String expected = describe(RuleHarness.annual(2024, R, facts));
        for (long seed = 1; seed <= 5; seed++) {
            List<Object> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(describe(RuleHarness.annual(2024, R, shuffled))).as("insertion order of seed " + seed).isEqualTo(expected);
        }
        List<Object> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        assertThat(describe(RuleHarness.annual(2024, R, reversed))).isEqualTo(expected);
    }

    @Test
    void explanationsListFactsByCodeWhateverTheInsertionOrder() {
        Unit vp = Facts.unit("VP");
        Verdict v = RuleHarness.annual(vp, 2024, R, List.of(vp,
                dossier("HS3", "VP", "2024-05-01", null), dossier("HS1", "VP", "2024-03-01", null), dossier("HS2", "VP", "2024-04-01", null)));
        assertThat(RuleHarness.condition(v, "U3").textEn()).contains("late: 3 (HS1, HS2, HS3)");
        assertThat(RuleHarness.condition(v, "U3").values().get("lateDossierCodes")).asList()
                .extracting(d -> ((Dossier) d).getCode()).containsExactly("HS1", "HS2", "HS3");
    }

    /** A small Department where most rules fire, several times each, with lists in the explanations. */
    private static List<Object> department() {
        List<Object> facts = new ArrayList<>();
        for (String u : List.of("VP", "KT", "QL")) {
            Unit unit = Facts.unit(u);
            facts.add(unit);
            for (int i = 1; i <= 4; i++) {
                facts.add(item(2023, u + "." + i, "1", "2", u, u + "-NV1"));
                facts.add(item(2024, u + "." + i, i % 2 == 0 ? "2" : "1.5", "2", u, u + "-NV" + (i % 2 + 1)));
                facts.add(task(u + "-T" + i, u, "2024-0" + (i + 3) + "-15", i == 4 && !u.equals("VP") ? "2024-08-01" : "2024-0" + (i + 3) + "-15"));
                facts.add(dossier(u + "-HS" + i, u, "2024-1" + (i % 3) + "-01", i % 2 == 0 ? null : "2024-1" + (i % 3) + "-02"));
            }
            for (int n = 1; n <= 3; n++) {
                String code = u + "-NV" + n;
                Person p = Facts.person(code);
                facts.add(p);
                facts.add(initiative(code + "-SK1", code, 2024, n == 1 ? "2024-09-01" : null));
                facts.add(initiative(code + "-SK2", code, 2024, "2024-03-01"));
                if (n == 2) {
                    facts.add(discipline(p, SANCTION, "2023-01-01", "2024-05-31"));
                    facts.add(discipline(p, SANCTION, "2022-01-01", "2022-06-30"));
                }
            }
        }
        facts.add(discipline(Facts.unit("QL"), INVESTIGATION, "2024-12-01", null));
        facts.add(award(Facts.person("KT-NV3"), 2024, AwardType.GIAY_KHEN_CCHC));
        return facts;
    }

    /** Everything a verdict says, in words, with the trace as rule ids and the facts each firing matched. */
    private static String describe(Map<SubjectRef, Verdict> verdicts) {
        return new TreeMap<>(verdicts).values().stream().map(v -> v.subject().ref() + " " + v.outcome() + "\n  "
                + v.conditions() + "\n  " + v.exclusions() + "\n  "
                + v.trace().stream().map(f -> f.ruleId() + f.facts() + "→" + f.concluded()).collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n"));
    }
}
