package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Decision;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.eligibility.model.DisciplineKind.INVESTIGATION;
import static vn.thidua.eligibility.model.DisciplineKind.REVIEW;
import static vn.thidua.eligibility.model.DisciplineKind.SANCTION;
import static vn.thidua.eligibility.rulesets.Facts.award;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.dossier;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.Facts.task;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/**
 * One decision per subject: a unit needs U1 ∧ U2 ∧ U3, a person P1 ∨ P2; an exclusion overrides a
 * deferral, which overrides the conditions; a judged failure decides before a condition that cannot
 * be judged (UNDETERMINED).
 */
class DecisionRulesTest {
    private static final int Y = 2024;
    private static final LocalDate R = LocalDate.of(2025, 1, 15);

    /** Facts under which unit {@code code} meets U1, U2 and U3, except the condition named in {@code missing}. */
    private static List<Object> unitFacts(String code, String missing) {
        List<Object> facts = new ArrayList<>(List.of(Facts.unit(code)));
        facts.add(item(Y - 1, code + ".1", missing.equals("U2") ? "2" : "1", "2", code, null));
        facts.add(item(Y, code + ".1", missing.equals("U1") ? "1.9" : "2", "2", code, null));
        if (missing.equals("U3")) {
            facts.add(dossier(code + "-HS", code, "2024-03-01", "2024-03-02"));
        } else {
            facts.add(task(code + "-NV", code, "2024-06-30", "2024-06-30"));
        }
        return facts;
    }

    /** Facts under which person {@code code} meets the conditions listed in {@code met} ("P1", "P2"). */
    private static List<Object> personFacts(String code, String met) {
        List<Object> facts = new ArrayList<>(List.of(Facts.person(code)));
        if (met.contains("P1")) {
            facts.add(initiative(code + "-SK", code, Y, "2024-10-01"));
        }
        if (met.contains("P2")) {
            facts.add(item(Y - 1, code + ".1", "1", "2", "VP", null));
            facts.add(item(Y, code + ".1", "2", "2", "VP", code));
        }
        return facts;
    }

    private static Verdict only(List<Object> facts) {
        Map<SubjectRef, Verdict> verdicts = RuleHarness.annual(Y, R, facts);
        assertThat(verdicts).hasSize(1);
        return verdicts.values().iterator().next();
    }

    private static void assertDecidedBy(Verdict v, Outcome outcome, String ruleId) {
        assertThat(v.outcome()).isEqualTo(outcome);
        assertThat(v.award()).isEqualTo(AwardType.GIAY_KHEN_CCHC);
        assertThat(firedRuleIds(v).stream().filter(id -> id.startsWith("D."))).containsExactly(ruleId);
    }

    @Test
    void unitMeetingU1U2AndU3IsEligible() {
        Verdict v = only(unitFacts("VP", "none"));
        assertThat(v.conditions()).extracting(Explanation::met).containsExactly(true, true, true);
        assertDecidedBy(v, Outcome.ELIGIBLE, "D.UNIT_ELIGIBLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"U1", "U2", "U3"})
    void unitMissingAnyOneConditionIsNotEligible(String missing) {
        Verdict v = only(unitFacts("VP", missing));
        assertThat(v.conditions()).filteredOn(c -> !Boolean.TRUE.equals(c.met())).extracting(Explanation::code).containsExactly(missing);
        assertDecidedBy(v, Outcome.NOT_ELIGIBLE, "D.UNIT_NOT_ELIGIBLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1", "P2", "P1+P2"})
    void personMeetingP1OrP2IsEligible(String met) {
        assertDecidedBy(only(personFacts("NV1", met)), Outcome.ELIGIBLE, "D.PERSON_ELIGIBLE");
    }

    @Test
    void personMeetingNeitherP1NorP2IsNotEligible() {
        Verdict v = only(personFacts("NV1", ""));
        assertThat(v.conditions()).extracting(Explanation::met).containsExactly(false, false);
        assertDecidedBy(v, Outcome.NOT_ELIGIBLE, "D.PERSON_NOT_ELIGIBLE");
    }

    @Test
    void exclusionWinsOverAnEligibleUnit() {
        List<Object> facts = unitFacts("VP", "none");
        facts.add(discipline((Unit) facts.get(0), SANCTION, "2025-01-01", null));
        Verdict v = only(facts);
        assertThat(v.conditions()).extracting(Explanation::met).containsExactly(true, true, true);
        assertDecidedBy(v, Outcome.EXCLUDED, "D.EXCLUDED");
    }

    @Test
    void reviewDefersAnEligibleUnitKeepingItsConditions() {
        List<Object> facts = unitFacts("VP", "none");
        facts.add(discipline((Unit) facts.get(0), REVIEW, "2025-01-01", null));
        Verdict v = only(facts);
        assertThat(v.conditions()).extracting(Explanation::met).containsExactly(true, true, true);
        assertThat(v.deferrals()).extracting(Explanation::code).containsExactly("REVIEW");
        assertDecidedBy(v, Outcome.DEFERRED, "D.DEFERRED");
    }

    @Test
    void investigationDefersAPersonWhoFailsTheConditionsToo() {
        List<Object> facts = personFacts("NV1", "");
        facts.add(discipline((Person) facts.get(0), INVESTIGATION, "2024-12-01", null));
        assertDecidedBy(only(facts), Outcome.DEFERRED, "D.DEFERRED");
    }

    @Test
    void exclusionWinsOverADeferral() {
        List<Object> facts = personFacts("NV1", "P1");
        Person nv1 = (Person) facts.get(0);
        facts.add(discipline(nv1, REVIEW, "2024-12-01", null));
        facts.add(discipline(nv1, SANCTION, "2024-12-01", "2025-06-30"));
        assertDecidedBy(only(facts), Outcome.EXCLUDED, "D.EXCLUDED");
    }

    @Test
    void aNewUnitMeetingWhatCanBeJudgedIsUndetermined() {
        // No items of 2023: U2 cannot be judged; U1 and U3 are met.
        List<Object> facts = unitFacts("VP", "none");
        facts.remove(1);
        Verdict v = only(facts);
        assertThat(v.conditions()).extracting(Explanation::code, Explanation::met)
                .containsExactly(tuple("U1", true), tuple("U2", null), tuple("U3", true));
        assertDecidedBy(v, Outcome.UNDETERMINED, "D.UNIT_UNDETERMINED");
    }

    @Test
    void aJudgedFailureDecidesBeforeAConditionThatCannotBeJudged() {
        // No items of 2023 (U2 undetermined), and a late dossier with no task (U3 failed).
        List<Object> facts = unitFacts("VP", "U3");
        facts.remove(1);
        assertDecidedBy(only(facts), Outcome.NOT_ELIGIBLE, "D.UNIT_NOT_ELIGIBLE");
    }

    @Test
    void aPersonWithNoInitiativeAndAnItemNewThisYearIsUndetermined() {
        Person nv1 = Facts.person("NV1");
        Verdict v = only(new ArrayList<>(List.of(nv1, item(Y, "NV1.1", "2", "2", "VP", "NV1"))));
        assertThat(v.conditions()).extracting(Explanation::code, Explanation::met)
                .containsExactly(tuple("P1", false), tuple("P2", null));
        assertDecidedBy(v, Outcome.UNDETERMINED, "D.PERSON_UNDETERMINED");
    }

    @Test
    void aMetConditionDecidesAPersonWhateverCannotBeJudged() {
        Person nv1 = Facts.person("NV1");
        Verdict v = only(new ArrayList<>(List.of(nv1, item(Y, "NV1.1", "2", "2", "VP", "NV1"),
                initiative("NV1-SK", "NV1", Y, "2024-10-01"))));
        assertDecidedBy(v, Outcome.ELIGIBLE, "D.PERSON_ELIGIBLE");
    }

    @Test
    void exclusionWinsOverAnEligiblePerson() {
        List<Object> facts = personFacts("NV1", "P1+P2");
        facts.add(award((Person) facts.get(0), Y, AwardType.GIAY_KHEN_CCHC));
        assertDecidedBy(only(facts), Outcome.EXCLUDED, "D.EXCLUDED");
    }

    @Test
    void everySubjectOfAMixedGroupGetsExactlyOneDecision() {
        // One session, subjects in every state: each decision rule must fire once per subject, no more.
        List<Object> facts = new ArrayList<>();
        for (String missing : List.of("none", "U1", "U2", "U3")) {
            facts.addAll(unitFacts("U-" + missing, missing));
        }
        for (String met : List.of("", "P1", "P2", "P1+P2")) {
            facts.addAll(personFacts("P-" + met, met));
        }
        Unit excludedUnit = Facts.unit("U-X");
        Person excludedPerson = Facts.person("P-X");
        facts.addAll(List.of(excludedUnit, excludedPerson,
                discipline(excludedUnit, SANCTION, "2024-01-01", null), discipline(excludedUnit, REVIEW, "2024-01-01", null),
                discipline(excludedPerson, SANCTION, "2024-01-01", null), award(excludedPerson, Y, AwardType.GIAY_KHEN_CCHC)));

        Map<SubjectRef, Verdict> verdicts = RuleHarness.annual(Y, R, facts);

        assertThat(verdicts).hasSize(10);
        verdicts.values().forEach(v -> {
            List<Firing> decisions = v.trace().stream().filter(f -> f.ruleId().startsWith("D.")).toList();
            assertThat(decisions).as(v.subject().ref().toString()).singleElement()
                    .satisfies(f -> assertThat(f.concluded()).singleElement().isInstanceOf(Decision.class));
        });
        assertThat(verdicts.values()).filteredOn(v -> v.outcome() == Outcome.ELIGIBLE).extracting(v -> v.subject().getCode())
                .containsExactlyInAnyOrder("U-none", "P-P1", "P-P2", "P-P1+P2");
        assertThat(verdicts.values()).filteredOn(v -> v.outcome() == Outcome.EXCLUDED).extracting(v -> v.subject().getCode())
                .containsExactlyInAnyOrder("U-X", "P-X");
    }
}
