package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Improvement;
import vn.thidua.eligibility.model.Person;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/** P1 and P2 for a person (domain.md, "Annual Giấy khen — a person"), with no sanction in the way. */
class PersonConditionRulesTest {
    private static final int Y = 2024;
    private static final LocalDate R = LocalDate.of(2025, 1, 15);
    private static final Person NV1 = Facts.person("NV1");
    private static final Person NV2 = Facts.person("NV2");

    private static Verdict judge(Object... facts) {
        return RuleHarness.annual(NV1, Y, R, List.of(NV1, NV2, List.of(facts)));
    }

    /** @param met null: the condition could not be judged */
    private static Explanation assertCondition(Verdict v, String code, Boolean met, String ruleId) {
        Explanation e = condition(v, code);
        assertThat(e.met()).as(code + " met").isEqualTo(met);
        assertThat(e.ruleId()).as(code + " rule").isEqualTo(ruleId);
        assertThat(firedRuleIds(v)).contains(ruleId);
        return e;
    }

    // ---- P1: a recognised initiative of the year ----
    /** P1 as decided with no sanction in the way. */
    private static Explanation p1(Object... facts) {
        Verdict v = judge(facts);
        assertThat(firedRuleIds(v)).doesNotContain("P1.INITIATIVE_AFTER_SANCTION", "X.SANCTION_END");
        return condition(v, "P1");
    }

    @Test
    void initiativeOfTheYearRecognisedOnTheReferenceDateMeetsP1() {
        Verdict v = judge(initiative("SK1", "NV1", Y, "2025-01-15"));
        Explanation p1 = assertCondition(v, "P1", true, "P1.INITIATIVE");
        assertThat(p1.textEn()).isEqualTo("Initiatives of 2024 recognised by 2025-01-15: 1 (SK1); initiatives recorded for 2024: 1");
        assertThat(p1.textVi()).isEqualTo("Sáng kiến năm 2024 được công nhận đến ngày 15/01/2025: 1 (SK1); số sáng kiến ghi nhận năm 2024: 1");
    }

    @Test
    void initiativeRecognisedTheDayAfterTheReferenceDateDoesNotCount() {
        Explanation p1 = p1(initiative("SK1", "NV1", Y, "2025-01-16"));
        assertThat(p1.met()).isFalse();
        assertThat(p1.ruleId()).isEqualTo("P1.INITIATIVE");
        assertThat(p1.textEn()).isEqualTo("Initiatives of 2024 recognised by 2025-01-15: 0 (none); initiatives recorded for 2024: 1");
    }

    @Test
    void initiativeNeverRecognisedDoesNotCount() {
        assertThat(p1(initiative("SK1", "NV1", Y, null)).met()).isFalse();
    }

    @Test
    void initiativeCreditedToAnotherYearDoesNotCount() {
        // Recognised during 2024, but credited to 2023 (or 2025): not an achievement of 2024.
        Explanation p1 = p1(initiative("SK1", "NV1", Y - 1, "2024-03-01"), initiative("SK2", "NV1", Y + 1, "2025-01-10"));
        assertThat(p1.met()).isFalse();
        assertThat(p1.values()).containsEntry("all", 0L);
    }

    @Test
    void someoneElsesInitiativeDoesNotCount() {
        assertThat(p1(initiative("SK1", "NV2", Y, "2024-06-01")).met()).isFalse();
    }

    // ---- P2: officer of an item that improved on the year before ----
    private static Criterion officerItem(int year, String code, String score, String max, String officer) {
        return item(year, code, score, max, "VP", officer);
    }

    @Test
    void officerOfAnItemScoringHigherThanLastYearMeetsP2() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "1", "2", null), officerItem(Y, "1.1", "2", "2", "NV1"));
        Explanation p2 = assertCondition(v, "P2", true, "P2.INDEX_CONTRIBUTION");
        assertThat(firedRuleIds(v)).contains("P2.ITEM_IMPROVED");
        assertThat(p2.textEn()).isEqualTo("Responsible for 1 items of 2024; improved on 2023: 1.1 (1/2 → 2/2); "
                + "no score of 2023 to compare with (facts missing): none");
        assertThat(p2.textVi()).isEqualTo("Phụ trách 1 tiêu chí năm 2024; tăng điểm so với năm 2023: 1.1 (1/2 → 2/2); "
                + "không có điểm năm 2023 để so sánh (thiếu dữ liệu): không có");
        // The trace shows which item pair made the improvement.
        Firing improved = v.trace().stream().filter(f -> "P2.ITEM_IMPROVED".equals(f.ruleId())).findFirst().orElseThrow();
        assertThat(improved.concluded()).singleElement().isInstanceOf(Improvement.class);
    }

    @Test
    void equalScoreToLastYearMissesP2() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "2", "2", null), officerItem(Y, "1.1", "2", "2", "NV1"));
        Explanation p2 = assertCondition(v, "P2", false, "P2.INDEX_CONTRIBUTION");
        assertThat(firedRuleIds(v)).doesNotContain("P2.ITEM_IMPROVED");
        assertThat(p2.textEn()).isEqualTo("Responsible for 1 items of 2024; improved on 2023: none; "
                + "no score of 2023 to compare with (facts missing): none");
    }

    @Test
    void itemCodeAbsentLastYearLeavesP2UndeterminedNamingTheItem() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "0", "2", null), officerItem(Y, "1.2", "2", "2", "NV1"));
        Explanation p2 = assertCondition(v, "P2", null, "P2.INDEX_CONTRIBUTION");
        assertThat(firedRuleIds(v)).doesNotContain("P2.ITEM_IMPROVED");
        assertThat(p2.textEn()).isEqualTo("Responsible for 1 items of 2024; improved on 2023: none; "
                + "no score of 2023 to compare with (facts missing): 1.2");
        // P1 is judged (no initiative) and not met; P2 cannot be judged: neither decides against the person.
        assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(firedRuleIds(v)).contains("D.PERSON_UNDETERMINED");
    }

    @Test
    void anImprovedItemDecidesP2DespiteAnItemWithoutLastYearsScore() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "1", "2", null), officerItem(Y, "1.1", "2", "2", "NV1"),
                officerItem(Y, "1.2", "2", "2", "NV1"));
        assertCondition(v, "P2", true, "P2.INDEX_CONTRIBUTION");
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void anItemWithoutLastYearsScoreBesideOneThatDidNotImproveLeavesP2Undetermined() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "2", "2", null), officerItem(Y, "1.1", "2", "2", "NV1"),
                officerItem(Y, "1.2", "1", "2", "NV1"));
        assertCondition(v, "P2", null, "P2.INDEX_CONTRIBUTION");
    }

    @Test
    void itemOfAnotherUnitOfficeredByThePersonCounts() {
        // NV1 works in VP, but officers KT's item: the contribution is the person's.
        Verdict v = judge(item(Y - 1, "2.1", "1", "2", "KT", null), item(Y, "2.1", "2", "2", "KT", "NV1"));
        assertCondition(v, "P2", true, "P2.INDEX_CONTRIBUTION");
    }

    @Test
    void improvementOfAnItemOfficeredBySomeoneElseDoesNotCount() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "1", "2", null), officerItem(Y, "1.1", "2", "2", "NV2"));
        Explanation p2 = assertCondition(v, "P2", false, "P2.INDEX_CONTRIBUTION");
        assertThat(p2.values()).containsEntry("items", 0L);
    }

    @Test
    void lowerRawScoreOnALowerMaxIsStillHigherAsARatio() {
        // 1.5/2 = 75% beats 2/3 = 66.67% although 1.5 < 2.
        Verdict v = judge(officerItem(Y - 1, "1.1", "2", "3", null), officerItem(Y, "1.1", "1.5", "2", "NV1"));
        assertCondition(v, "P2", true, "P2.INDEX_CONTRIBUTION");
    }

    @Test
    void higherRawScoreOnAHigherMaxIsNotHigherWhenTheRatiosAreEqual() {
        // 2/4 against 1/2: the same 50%.
        Verdict v = judge(officerItem(Y - 1, "1.1", "1", "2", null), officerItem(Y, "1.1", "2", "4", "NV1"));
        assertCondition(v, "P2", false, "P2.INDEX_CONTRIBUTION");
    }

    @Test
    void ratiosAreComparedExactlyNotRounded() {
        // 0.6667/1 > 2/3 > 0.6666/1, all "66.67%" when rounded.
        Verdict higher = judge(officerItem(Y - 1, "1.1", "2", "3", null), officerItem(Y, "1.1", "0.6667", "1", "NV1"));
        Verdict lower = judge(officerItem(Y - 1, "1.1", "2", "3", null), officerItem(Y, "1.1", "0.6666", "1", "NV1"));
        assertCondition(higher, "P2", true, "P2.INDEX_CONTRIBUTION");
        assertCondition(lower, "P2", false, "P2.INDEX_CONTRIBUTION");
    }

    @Test
    void oneImprovedItemAmongSeveralIsEnough() {
        Verdict v = judge(officerItem(Y - 1, "1.1", "2", "2", null), officerItem(Y, "1.1", "1", "2", "NV1"),
                officerItem(Y - 1, "1.2", "1", "2", null), officerItem(Y, "1.2", "1.5", "2", "NV1"));
        Explanation p2 = assertCondition(v, "P2", true, "P2.INDEX_CONTRIBUTION");
        assertThat(p2.textEn()).isEqualTo("Responsible for 2 items of 2024; improved on 2023: 1.2 (1/2 → 1.5/2); "
                + "no score of 2023 to compare with (facts missing): none");
    }
}
