package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Person;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.model.DisciplineKind.SANCTION;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/**
 * From 2024-01-01 (parameter achievement.afterSanctionEnd.applies) a person's achievements count
 * only after the end of the latest sanction served before R (Nghị định 98/2023, Điều 4 k.4).
 */
class SanctionEndRulesTest {
    private static final Person NV1 = Facts.person("NV1");

    private static Verdict judge(int year, String reference, Object... facts) {
        return RuleHarness.annual(NV1, year, day(reference), List.of(NV1, List.of(facts)));
    }

    private static Object sanctionEnding(String to) {
        return discipline(NV1, SANCTION, "2023-01-01", to);
    }

    /** An item officered by NV1 that improved on the year before: P2 would be met without a sanction. */
    private static List<Object> improvedItem(int year) {
        return List.of(item(year - 1, "1.1", "1", "2", "VP", null), item(year, "1.1", "2", "2", "VP", "NV1"));
    }

    private static Explanation p1AfterSanction(Verdict v) {
        assertThat(firedRuleIds(v)).contains("X.SANCTION_END", "P1.INITIATIVE_AFTER_SANCTION").doesNotContain("P1.INITIATIVE");
        Explanation p1 = condition(v, "P1");
        assertThat(p1.ruleId()).isEqualTo("P1.INITIATIVE_AFTER_SANCTION");
        return p1;
    }

    private static Explanation p2AfterSanction(Verdict v) {
        assertThat(firedRuleIds(v)).contains("X.SANCTION_END", "P2.INDEX_CONTRIBUTION_AFTER_SANCTION").doesNotContain("P2.INDEX_CONTRIBUTION");
        Explanation p2 = condition(v, "P2");
        assertThat(p2.ruleId()).isEqualTo("P2.INDEX_CONTRIBUTION_AFTER_SANCTION");
        return p2;
    }

    @Test
    void initiativeRecognisedOnTheSanctionEndDateDoesNotCount() {
        Verdict v = judge(2024, "2025-01-15", sanctionEnding("2024-05-31"), initiative("SK1", "NV1", 2024, "2024-05-31"));
        Explanation p1 = p1AfterSanction(v);
        assertThat(p1.met()).isFalse();
        assertThat(p1.textEn()).isEqualTo("Sanction ended on 2024-05-31; 2024 began after it: no; initiatives of 2024 recognised "
                + "after it and by 2025-01-15, counted: 0 (none); not counted (2024 or the recognition not after the sanction's end): SK1");
        // The sanction is over on R: it holds achievements back, it does not exclude.
        assertThat(v.exclusions()).isEmpty();
    }

    @Test
    void initiativeRecognisedTheDayAfterTheSanctionEndCounts() {
        // Of a year that began after the end, recognised the day after it.
        Verdict v = judge(2025, "2026-01-15", sanctionEnding("2024-12-31"), initiative("SK1", "NV1", 2025, "2025-01-01"));
        assertThat(p1AfterSanction(v).met()).isTrue();
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void initiativeOfAYearThatBeganBeforeTheSanctionEndDoesNotCountWhenRecognisedAfterIt() {
        // Issue 9: sanctioned until 13/01/2025, the 2024 initiative recognised on 14/01/2025 earns no 2024 Giấy khen.
        Verdict v = judge(2024, "2025-01-15", sanctionEnding("2025-01-13"), initiative("SK1", "NV1", 2024, "2025-01-14"));
        Explanation p1 = p1AfterSanction(v);
        assertThat(p1.met()).isFalse();
        assertThat(p1.values()).containsEntry("yearCounts", false);
        assertThat(p1.textEn()).isEqualTo("Sanction ended on 2025-01-13; 2024 began after it: no; initiatives of 2024 recognised "
                + "after it and by 2025-01-15, counted: 0 (none); not counted (2024 or the recognition not after the sanction's end): SK1");
        assertThat(p1.textVi()).startsWith("Kỷ luật kết thúc ngày 13/01/2025; năm 2024 bắt đầu sau ngày đó: không;");
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void contributionOfAYearThatBeganOnTheSanctionEndDoesNotCount() {
        Explanation p2 = p2AfterSanction(judge(2024, "2025-01-15", sanctionEnding("2024-01-01"), improvedItem(2024)));
        assertThat(p2.met()).isFalse();
        assertThat(p2.values()).containsEntry("yearCounts", false);
        assertThat(p2.textEn()).isEqualTo("Responsible for 1 items of 2024; improved on 2023: 1.1 (1/2 → 2/2); "
                + "no score of 2023 to compare with (facts missing): none; sanction ended on 2024-01-01, 2024 began after it: no");
    }

    @Test
    void contributionOfAYearThatBeganBeforeTheSanctionEndDoesNotCount() {
        // Sanction ended mid-2024, after the year began; R is in 2025 so the sanction is over.
        assertThat(p2AfterSanction(judge(2024, "2025-01-15", sanctionEnding("2024-06-30"), improvedItem(2024))).met()).isFalse();
    }

    @Test
    void contributionOfAYearThatBeganTheDayAfterTheSanctionEndCounts() {
        Explanation p2 = p2AfterSanction(judge(2024, "2025-01-15", sanctionEnding("2023-12-31"), improvedItem(2024)));
        assertThat(p2.met()).isTrue();
        assertThat(p2.values()).containsEntry("yearCounts", true);
    }

    @Test
    void beforeTheSwitchOn20240101AnEndedSanctionHoldsNothingBack() {
        Verdict v = judge(2023, "2023-12-31", sanctionEnding("2023-06-30"),
                initiative("SK1", "NV1", 2023, "2023-03-01"), improvedItem(2023));
        assertThat(firedRuleIds(v)).doesNotContain("X.SANCTION_END", "P1.INITIATIVE_AFTER_SANCTION", "P2.INDEX_CONTRIBUTION_AFTER_SANCTION");
        assertThat(condition(v, "P1").ruleId()).isEqualTo("P1.INITIATIVE");
        assertThat(condition(v, "P1").met()).isTrue();
        assertThat(condition(v, "P2").ruleId()).isEqualTo("P2.INDEX_CONTRIBUTION");
        assertThat(condition(v, "P2").met()).isTrue();
    }

    @Test
    void fromTheSwitchOn20240101TheSameFactsCountOnlyAfterTheSanctionEnd() {
        Verdict v = judge(2023, "2024-01-01", sanctionEnding("2023-06-30"),
                initiative("SK1", "NV1", 2023, "2023-03-01"), improvedItem(2023));
        assertThat(p1AfterSanction(v).met()).isFalse();
        assertThat(p2AfterSanction(v).met()).isFalse();
    }

    @Test
    void theLatestOfSeveralEndedSanctionsIsUsed() {
        // Recognised after the first end but on the day the second ended: does not count.
        Verdict v = judge(2024, "2025-01-15",
                discipline(NV1, SANCTION, "2023-01-01", "2024-03-31"),
                discipline(NV1, SANCTION, "2024-06-01", "2024-08-31"),
                discipline(NV1, SANCTION, "2022-01-01", "2022-12-31"),
                initiative("SK1", "NV1", 2024, "2024-08-31"));
        Explanation p1 = p1AfterSanction(v);
        assertThat(p1.met()).isFalse();
        assertThat(p1.values()).containsEntry("end", day("2024-08-31"));
        assertThat(v.trace().stream().filter(f -> "X.SANCTION_END".equals(f.ruleId()))).hasSize(1);
    }

    @Test
    void aSanctionEndingOnTheReferenceDateExcludesRatherThanHoldingBack() {
        // It is still being served on R, so it is not an ended sanction.
        Verdict v = judge(2024, "2025-01-15", sanctionEnding("2025-01-15"), initiative("SK1", "NV1", 2024, "2024-06-01"));
        assertThat(firedRuleIds(v)).contains("X.SANCTION").doesNotContain("X.SANCTION_END");
        assertThat(condition(v, "P1").ruleId()).isEqualTo("P1.INITIATIVE");
        assertThat(condition(v, "P1").met()).isTrue();
    }
}
