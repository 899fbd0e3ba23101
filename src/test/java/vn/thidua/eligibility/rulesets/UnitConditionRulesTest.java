package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rulesets.Facts.dossier;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.Facts.task;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/** U1, U2 and U3 for a unit (domain.md, "Annual Giấy khen — a unit"), each with its boundaries. */
class UnitConditionRulesTest {
    private static final int Y = 2024;
    private static final LocalDate R = LocalDate.of(2025, 1, 15);
    private static final Unit VP = Facts.unit("VP");
    private static final Unit KT = Facts.unit("KT");

    /** An item of the unit VP with no officer. */
    private static Criterion vp(int year, String code, String score, String max) {
        return item(year, code, score, max, "VP", null);
    }

    /** {@code full} items at their max of 2 and {@code partial} items at 1.5/2, all of VP. */
    private static List<Criterion> vpItems(int year, int full, int partial) {
        List<Criterion> items = new ArrayList<>();
        for (int i = 1; i <= full + partial; i++) {
            items.add(vp(year, "1." + i, i <= full ? "2" : "1.5", "2"));
        }
        return items;
    }

    private static Verdict judge(Unit unit, Object... facts) {
        return judge(unit, R, facts);
    }

    private static Verdict judge(Unit unit, LocalDate reference, Object... facts) {
        return RuleHarness.annual(unit, Y, reference, List.of(VP, KT, List.of(facts)));
    }

    /** @param met null: the condition could not be judged */
    private static void assertCondition(Verdict v, String code, Boolean met, String ruleId) {
        Explanation e = condition(v, code);
        assertThat(e.met()).as(code + " met").isEqualTo(met);
        assertThat(e.ruleId()).as(code + " rule").isEqualTo(ruleId);
        assertThat(firedRuleIds(v)).contains(ruleId);
    }

    // ---- U1: share of items at full score ----
    @Test
    void exactlyEightyPercentAtFullScoreMeetsU1() {
        Verdict v = judge(VP, vpItems(Y, 8, 2));
        assertCondition(v, "U1", true, "U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").textEn()).isEqualTo("8/10 items of 2024 at full score = 80% ≥ 80%");
        assertThat(condition(v, "U1").textVi()).isEqualTo("8/10 tiêu chí năm 2024 đạt tròn điểm chuẩn = 80% ≥ 80%");
    }

    @Test
    void sevenOfNineAtFullScoreIsUnderEightyPercentAndMissesU1() {
        Verdict v = judge(VP, vpItems(Y, 7, 2));
        assertCondition(v, "U1", false, "U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").textEn()).isEqualTo("7/9 items of 2024 at full score = 77.78% < 80%");
    }

    @Test
    void justUnderEightyPercentWithManyItemsMissesU1() {
        // 399/500 = 79.8%: one item short of the threshold among many.
        Verdict v = judge(VP, vpItems(Y, 399, 101));
        assertCondition(v, "U1", false, "U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").textEn()).isEqualTo("399/500 items of 2024 at full score = 79.8% < 80%");
    }

    @Test
    void noItemsInTheYearLeavesU1UndeterminedThroughTheNoItemsRule() {
        Verdict v = judge(VP, vpItems(Y - 1, 5, 0));
        assertCondition(v, "U1", null, "U1.NO_ITEMS");
        assertThat(firedRuleIds(v)).doesNotContain("U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").textEn()).isEqualTo("Cannot be judged: no scored items of 2024 for unit VP");
        assertThat(condition(v, "U1").textVi()).isEqualTo("Chưa đánh giá được: không có tiêu chí nào được chấm điểm năm 2024 của đơn vị VP");
    }

    @Test
    void onlyItemsOfTheEvaluatedYearAndOfThisUnitCount() {
        // VP: 3/4 in 2024. Full items of VP in 2023 and 2025 and of KT in 2024 must not lift it to 80%.
        List<Criterion> others = Stream.of(
                vpItems(Y - 1, 10, 0), vpItems(Y + 1, 10, 0),
                vpItems(Y, 10, 0).stream().map(c -> item(Y, c.getCode(), "2", "2", "KT", null)).toList())
                .flatMap(List::stream).toList();
        Verdict v = judge(VP, vpItems(Y, 3, 1), others);
        assertCondition(v, "U1", false, "U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").values()).containsEntry("full", 3L).containsEntry("total", 4L);
    }

    @Test
    void scoreOfNineNinetyNineOutOfTenIsNotAFullScore() {
        Verdict v = judge(VP, List.of(vp(Y, "1.1", "10", "10"), vp(Y, "1.2", "9.99", "10")));
        assertCondition(v, "U1", false, "U1.FULL_SCORE_SHARE");
        assertThat(condition(v, "U1").textEn()).startsWith("1/2 items");
    }

    @Test
    void scoreEqualToTheMaxWrittenWithAnotherScaleIsAFullScore() {
        // 10.00 and 10 are the same number: compared by value, not by BigDecimal.equals.
        Verdict v = judge(VP, List.of(vp(Y, "1.1", "10.00", "10")));
        assertCondition(v, "U1", true, "U1.FULL_SCORE_SHARE");
    }

    // ---- U2: attainment better than the year before ----
    @Test
    void higherAttainmentThanLastYearMeetsU2() {
        Verdict v = judge(VP, vp(Y - 1, "1.1", "1", "2"), vp(Y, "1.1", "2", "2"));
        assertCondition(v, "U2", true, "U2.BETTER_THAN_LAST_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("2024: 2/2 points = 100% > 2023: 1/2 points = 50%");
        assertThat(condition(v, "U2").textVi()).isEqualTo("Năm 2024: 2/2 điểm = 100% > năm 2023: 1/2 điểm = 50%");
    }

    @Test
    void equalAttainmentMissesU2() {
        // Different sums, same ratio: 2/4 = 1/2 is not better.
        Verdict v = judge(VP, vp(Y - 1, "1.1", "1", "2"), vp(Y, "1.1", "1", "2"), vp(Y, "1.2", "1", "2"));
        assertCondition(v, "U2", false, "U2.BETTER_THAN_LAST_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("2024: 2/4 points = 50% ≤ 2023: 1/2 points = 50%");
    }

    @Test
    void lowerAttainmentMissesU2() {
        Verdict v = judge(VP, vp(Y - 1, "1.1", "2", "2"), vp(Y, "1.1", "1.5", "2"));
        assertCondition(v, "U2", false, "U2.BETTER_THAN_LAST_YEAR");
    }

    @Test
    void noItemsThisYearLeavesU2Undetermined() {
        Verdict v = judge(VP, vp(Y - 1, "1.1", "1", "2"));
        assertCondition(v, "U2", null, "U2.NO_ITEMS_THIS_YEAR");
        assertThat(firedRuleIds(v)).doesNotContain("U2.BETTER_THAN_LAST_YEAR", "U2.NO_ITEMS_LAST_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("Cannot be judged: no scored items for unit VP in 2024");
    }

    @Test
    void noItemsInEitherYearNamesBothMissingYears() {
        Verdict v = judge(VP);
        assertCondition(v, "U2", null, "U2.NO_ITEMS_THIS_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("Cannot be judged: no scored items for unit VP in 2023, 2024");
    }

    @Test
    void noItemsLastYearLeavesU2Undetermined() {
        // Items two years back are no basis either: the comparison is with Y−1 only.
        Verdict v = judge(VP, vp(Y - 2, "1.1", "0", "2"), vp(Y, "1.1", "2", "2"));
        assertCondition(v, "U2", null, "U2.NO_ITEMS_LAST_YEAR");
        assertThat(firedRuleIds(v)).doesNotContain("U2.BETTER_THAN_LAST_YEAR", "U2.NO_ITEMS_THIS_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("Cannot be judged: no scored items for unit VP in 2023");
        assertThat(condition(v, "U2").textVi()).isEqualTo("Chưa đánh giá được: không có tiêu chí nào được chấm điểm của đơn vị VP năm 2023");
    }

    @Test
    void attainmentJustAboveTwoThirdsIsHigherAlthoughBothRoundTo6667() {
        Verdict v = judge(VP, vp(Y - 1, "1.1", "2", "3"), vp(Y, "1.1", "0.6667", "1"));
        assertCondition(v, "U2", true, "U2.BETTER_THAN_LAST_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("2024: 0.6667/1 points = 66.67% > 2023: 2/3 points = 66.67%");
    }

    @Test
    void twoThirdsIsLowerThan6667AlthoughBothRoundTo6667() {
        Verdict v = judge(VP, vp(Y - 1, "1.1", "0.6667", "1"), vp(Y, "1.1", "2", "3"));
        assertCondition(v, "U2", false, "U2.BETTER_THAN_LAST_YEAR");
    }

    @Test
    void onlyThisUnitsItemsMakeItsAttainment() {
        // KT's perfect 2024 items would lift VP above last year if they were counted.
        Verdict v = judge(VP, vp(Y - 1, "1.1", "2", "2"), vp(Y, "1.1", "1", "2"), item(Y, "1.2", "10", "10", "KT", null));
        assertCondition(v, "U2", false, "U2.BETTER_THAN_LAST_YEAR");
        assertThat(condition(v, "U2").textEn()).isEqualTo("2024: 1/2 points = 50% ≤ 2023: 2/2 points = 100%");
    }

    // ---- U3: provincial tasks on schedule, or no late TTHC dossier ----
    /** A dossier of VP due in Y and completed late: rules out the dossier branch. */
    private static final Object LATE_DOSSIER = dossier("HS-TRE", "VP", "2024-03-01", "2024-03-05");

    private static void assertU3(Verdict v, boolean met) {
        assertCondition(v, "U3", met, "U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER");
    }

    @Test
    void allTasksOnTimeMeetsU3EvenWithALateDossier() {
        Verdict v = judge(VP, task("T1", "VP", "2024-06-30", "2024-06-01"), task("T2", "VP", "2024-09-30", "2024-09-29"), LATE_DOSSIER);
        assertU3(v, true);
        assertThat(condition(v, "U3").values()).containsEntry("onSchedule", true).containsEntry("noLateDossier", false);
        assertThat(condition(v, "U3").textEn()).isEqualTo("Provincial tasks due in 2024: 2, late: 0 (none) → on schedule: yes; "
                + "TTHC dossiers due in 2024: 1, late: 1 (HS-TRE) → no late dossier: no");
    }

    @Test
    void taskCompletedOnItsDueDateIsOnTime() {
        assertU3(judge(VP, task("T1", "VP", "2024-06-30", "2024-06-30"), LATE_DOSSIER), true);
    }

    @Test
    void taskCompletedOneDayAfterItsDueDateIsLate() {
        Verdict v = judge(VP, task("T1", "VP", "2024-06-30", "2024-07-01"), LATE_DOSSIER);
        assertU3(v, false);
        assertThat(condition(v, "U3").textEn()).contains("late: 1 (T1) → on schedule: no");
    }

    @Test
    void unfinishedTaskDueBeforeTheReferenceDateIsLate() {
        assertU3(judge(VP, task("T1", "VP", "2024-12-31", null), LATE_DOSSIER), false);
    }

    @Test
    void unfinishedTaskDueOnTheReferenceDateIsNotLate() {
        assertU3(judge(VP, LocalDate.of(2024, 12, 31), task("T1", "VP", "2024-12-31", null), LATE_DOSSIER), true);
    }

    @Test
    void unfinishedTaskDueAfterTheReferenceDateIsNotLate() {
        assertU3(judge(VP, LocalDate.of(2024, 12, 20), task("T1", "VP", "2024-12-31", null), LATE_DOSSIER), true);
    }

    @Test
    void noTasksAndNoDossiersMeetsU3ThroughTheDossierBranch() {
        // "At least one" is required of tasks only; with no dossier due in Y none is late.
        Verdict v = judge(VP);
        assertU3(v, true);
        assertThat(condition(v, "U3").values()).containsEntry("onSchedule", false).containsEntry("noLateDossier", true);
    }

    @Test
    void noTasksAndOnlyTimelyDossiersMeetsU3() {
        assertU3(judge(VP, dossier("HS1", "VP", "2024-03-01", "2024-03-01"), dossier("HS2", "VP", "2024-12-31", "2024-12-30")), true);
    }

    @Test
    void lateTaskButNoLateDossierMeetsU3() {
        Verdict v = judge(VP, task("T1", "VP", "2024-06-30", "2024-07-15"), dossier("HS1", "VP", "2024-03-01", "2024-02-28"));
        assertU3(v, true);
        assertThat(condition(v, "U3").values()).containsEntry("onSchedule", false).containsEntry("noLateDossier", true);
    }

    @Test
    void lateDossierAndNoTasksMissesU3() {
        assertU3(judge(VP, LATE_DOSSIER), false);
    }

    @Test
    void unfinishedDossierDueBeforeTheReferenceDateIsLate() {
        assertU3(judge(VP, dossier("HS1", "VP", "2024-12-31", null)), false);
    }

    @Test
    void tasksAndDossiersDueInOtherYearsOrOfOtherUnitsAreIgnored() {
        Verdict v = judge(VP,
                task("T1", "VP", "2024-06-30", "2024-06-30"),
                task("T0", "VP", "2023-06-30", "2023-08-01"),      // late, but due in 2023
                task("T9", "KT", "2024-06-30", "2024-08-01"),      // late, but KT's
                dossier("HS0", "VP", "2023-12-31", "2024-01-02"),  // late, but due in 2023
                dossier("HS2", "VP", "2025-01-10", null),          // late on R, but due in 2025
                dossier("HS9", "KT", "2024-03-01", null));         // late, but KT's
        assertU3(v, true);
        assertThat(condition(v, "U3").values()).containsEntry("tasks", 1).containsEntry("lateTasks", 0)
                .containsEntry("dossiers", 0).containsEntry("lateDossiers", 0);
    }
}
