package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Person;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.model.DisciplineKind.INVESTIGATION;
import static vn.thidua.eligibility.model.DisciplineKind.REVIEW;
import static vn.thidua.eligibility.model.DisciplineKind.SANCTION;
import static vn.thidua.eligibility.model.RatingLevel.HTTNV;
import static vn.thidua.eligibility.model.RatingLevel.HTXSNV;
import static vn.thidua.eligibility.rulesets.Facts.award;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.rating;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.deferral;
import static vn.thidua.eligibility.rulesets.RuleHarness.exclusion;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/**
 * Who qualifies for the phase Bằng khen (domain.md, "Phase Bằng khen"): route (a) annual Giấy khen
 * in at least phase.minAnnualAwards years of A..B, route (d) two consecutive HTXSNV years with two
 * recognised initiatives credited to them; exclusions on R; from 2024 nothing before a served
 * sanction's end counts.
 */
class PhaseQualificationRulesTest {
    private static final Person NV1 = Facts.woman("NV1");
    private static final String R = "2025-12-15";

    private static PhaseRun phase(String reference, Object... facts) {
        List<Object> all = new ArrayList<>(List.of(NV1));
        all.addAll(List.of(facts));
        return RuleHarness.phase(2021, 2025, day(reference), 3, all);
    }

    private static Verdict judged(Object... facts) {
        return phase(R, facts).judged("NV1");
    }

    private static Object giayKhen(int year) {
        return award(NV1, year, AwardType.GIAY_KHEN_CCHC);
    }

    private static Object excellent(int year) {
        return rating(NV1, year, HTXSNV);
    }

    private static Initiative sk(String code, int year, String recognizedOn) {
        return initiative(code, "NV1", year, recognizedOn);
    }

    @Test
    void twoYearsWithTheGiayKhenQualifyByRouteA() {
        PhaseRun run = phase(R, giayKhen(2022), giayKhen(2024));
        Verdict v = run.judged("NV1");
        Explanation a = condition(v, "PH_A");
        assertThat(a.met()).isTrue();
        assertThat(a.ruleId()).isEqualTo("PH_A.ANNUAL_AWARDS");
        assertThat(a.legalBasis()).contains("Điều 74 khoản 1").contains("Kế hoạch 52/KH-UBND, phần III mục 4");
        assertThat(a.textEn()).isEqualTo("Years of 2021–2025 holding the CCHC Giấy khen (counted): 2 (2022, 2024) ≥ 2; on record: 2022, 2024");
        assertThat(a.textVi()).isEqualTo("Số năm 2021–2025 được tặng Giấy khen CCHC (được tính): 2 (2022, 2024) ≥ 2; đã ghi nhận: 2022, 2024");
        assertThat(condition(v, "PH_D").met()).isFalse();
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(v.award()).isEqualTo(AwardType.BANG_KHEN_CCHC);
        assertThat(firedRuleIds(v)).contains("PH.MERIT", "PH_A.ANNUAL_AWARDS", "PH_D.EXCELLENT_WITH_INITIATIVES", "D.PHASE_QUALIFIED");
        assertThat(run.outcome("NV1")).isEqualTo(Outcome.PROPOSED);
    }

    @Test
    void oneYearWithTheGiayKhenIsNotEnough() {
        // A Bằng khen of an earlier phase is not a year with the Giấy khen (nor does it overlap 2021–2025).
        PhaseRun run = phase(R, giayKhen(2023), award(NV1, 2020, AwardType.BANG_KHEN_CCHC));
        Verdict v = run.judged("NV1");
        assertThat(condition(v, "PH_A").met()).isFalse();
        assertThat(condition(v, "PH_A").textEn()).startsWith("Years of 2021–2025 holding the CCHC Giấy khen (counted): 1 (2023) < 2");
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(firedRuleIds(v)).contains("D.PHASE_NOT_QUALIFIED");
        assertThat(run.ranked()).isEmpty();
    }

    @Test
    void giayKhenOutsideThePhaseYearsDoesNotCount() {
        Verdict v = judged(giayKhen(2020), giayKhen(2025), giayKhen(2026));
        assertThat(v.merit().getAwardYears()).containsExactly(2025);
        assertThat(condition(v, "PH_A").met()).isFalse();
    }

    @Test
    void twoConsecutiveExcellentYearsWithTwoInitiativesQualifyByRouteD() {
        Verdict v = judged(excellent(2022), excellent(2023), sk("SK1", 2022, "2022-11-01"), sk("SK2", 2023, "2024-02-01"));
        Explanation d = condition(v, "PH_D");
        assertThat(d.met()).isTrue();
        // the numbers are phase.consecutiveExcellentYears and phase.minInitiatives in force on R
        assertThat(d.textEn()).isEqualTo("Years of 2021–2025 rated HTXSNV (counted): 2022, 2023; runs of 2 consecutive "
                + "years (recognised initiatives): 2022–2023 (SK1, SK2); one with at least 2 initiatives: yes");
        assertThat(condition(v, "PH_A").met()).isFalse();
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void excellentYearsThatAreNotConsecutiveDoNotQualify() {
        Verdict v = judged(excellent(2021), excellent(2023), excellent(2025), rating(NV1, 2022, HTTNV),
                sk("SK1", 2021, "2021-11-01"), sk("SK2", 2023, "2023-11-01"), sk("SK3", 2025, "2025-11-01"));
        Explanation d = condition(v, "PH_D");
        assertThat(d.met()).isFalse();
        assertThat(d.values().get("pairs")).asList().isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void consecutiveExcellentYearsWithOneInitiativeDoNotQualify() {
        Verdict v = judged(excellent(2023), excellent(2024), sk("SK1", 2024, "2024-11-01"),
                sk("SK2", 2022, "2022-11-01")); // credited to another year than the pair's
        Explanation d = condition(v, "PH_D");
        assertThat(d.met()).isFalse();
        assertThat(d.textEn()).contains("2023–2024 (SK1)");
        assertThat(v.merit().getInitiativeCount()).isEqualTo(2);
    }

    @Test
    void anyQualifyingPairOfSeveralIsEnough() {
        Verdict v = judged(excellent(2021), excellent(2022), excellent(2023),
                sk("SK1", 2023, "2023-11-01"), sk("SK2", 2023, "2023-12-01"));
        Explanation d = condition(v, "PH_D");
        assertThat(d.met()).isTrue();
        assertThat(d.textEn()).contains("2021–2022 (), 2022–2023 (SK1, SK2)");
    }

    @Test
    void initiativesRecognisedAfterTheReferenceDateOrNotAtAllDoNotCount() {
        Verdict v = judged(excellent(2024), excellent(2025), sk("SK1", 2025, "2025-12-15"),
                sk("SK2", 2025, "2025-12-16"), sk("SK3", 2024, null));
        assertThat(v.merit().getInitiatives()).extracting(Initiative::getCode).containsExactly("SK1");
        assertThat(condition(v, "PH_D").met()).isFalse();
    }

    @Test
    void meritCountsAwardYearsInitiativesAndExcellentYearsOfThePhase() {
        Merit m = judged(giayKhen(2021), giayKhen(2023), excellent(2023), excellent(2020),
                sk("SK1", 2021, "2022-01-10"), sk("SK2", 2025, "2025-10-10"), sk("SK0", 2020, "2020-10-10")).merit();
        assertThat(m.getAwardYears()).containsExactly(2021, 2023);
        assertThat(m.getInitiatives()).extracting(Initiative::getCode).containsExactly("SK1", "SK2");
        assertThat(m.getHtxsnvYears()).containsExactly(2023);
        assertThat(m.getAwards()).isEqualTo(2);
        assertThat(m.getInitiativeCount()).isEqualTo(2);
        assertThat(m.getHtxsnvCount()).isEqualTo(1);
    }

    // --- the end of a served sanction (from 2024-01-01) ---

    private static final Object SANCTION_ENDED_MID_2022 = discipline(NV1, SANCTION, "2021-07-01", "2022-06-30");

    @Test
    void fromThe2024RegimeAwardsAndRatingsOfAYearThatBeganBeforeTheSanctionEndDoNotCount() {
        Verdict v = judged(SANCTION_ENDED_MID_2022, giayKhen(2022), giayKhen(2023), excellent(2022), excellent(2023));
        assertThat(firedRuleIds(v)).contains("X.SANCTION_END");
        assertThat(v.merit().getAwardYears()).containsExactly(2023);
        assertThat(v.merit().getHtxsnvYears()).containsExactly(2023);
        Explanation a = condition(v, "PH_A");
        assertThat(a.met()).isFalse();
        assertThat(a.textEn()).isEqualTo("Years of 2021–2025 holding the CCHC Giấy khen (counted): 1 (2023) < 2; on record: 2022, 2023");
        // The sanction is over on R: it holds achievements back, it does not exclude.
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void fromThe2024RegimeOnlyInitiativesRecognisedAfterTheSanctionEndCount() {
        Verdict v = judged(SANCTION_ENDED_MID_2022, excellent(2023), excellent(2024),
                sk("SK1", 2023, "2022-06-30"), // credited to 2023 but recognised on the end day
                sk("SK2", 2023, "2022-07-01"), sk("SK3", 2024, "2024-05-01"));
        assertThat(v.merit().getInitiatives()).extracting(Initiative::getCode).containsExactly("SK2", "SK3");
        assertThat(condition(v, "PH_D").met()).isTrue();
    }

    @Test
    void fromThe2024RegimeAnInitiativeOfAYearThatBeganBeforeTheSanctionEndDoesNotCountWhenRecognisedAfterIt() {
        // SK1 is credited to 2022, which began before the end (2022-06-30): counted as the annual P1 counts it.
        Verdict v = judged(SANCTION_ENDED_MID_2022, sk("SK1", 2022, "2022-09-01"), sk("SK2", 2023, "2023-03-01"));
        assertThat(v.merit().getInitiatives()).extracting(Initiative::getCode).containsExactly("SK2");
    }

    @Test
    void aYearThatBeganTheDayAfterTheSanctionEndCounts() {
        Verdict v = judged(discipline(NV1, SANCTION, "2021-01-01", "2021-12-31"), giayKhen(2021), giayKhen(2022), giayKhen(2023));
        assertThat(v.merit().getAwardYears()).containsExactly(2022, 2023);
        assertThat(condition(v, "PH_A").met()).isTrue();
    }

    @Test
    void beforeThe2024RegimeAnEndedSanctionHoldsNothingBack() {
        PhaseRun run = RuleHarness.phase(2021, 2023, day("2023-12-31"), 3, List.of(NV1, SANCTION_ENDED_MID_2022,
                giayKhen(2022), giayKhen(2023), sk("SK1", 2022, "2022-03-01")));
        Verdict v = run.judged("NV1");
        assertThat(firedRuleIds(v)).doesNotContain("X.SANCTION_END");
        assertThat(v.merit().getAwardYears()).containsExactly(2022, 2023);
        assertThat(v.merit().getInitiativeCount()).isEqualTo(1);
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    // --- exclusions on R ---

    @Test
    void aSanctionServedOnTheReferenceDateExcludesButTheConditionsAreStillMeasured() {
        PhaseRun run = phase(R, discipline(NV1, SANCTION, "2025-06-01", R), giayKhen(2022), giayKhen(2023));
        Verdict v = run.judged("NV1");
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(exclusion(v, "SANCTION").ruleId()).isEqualTo("X.SANCTION");
        assertThat(condition(v, "PH_A").met()).isTrue();
        assertThat(firedRuleIds(v)).contains("D.EXCLUDED").doesNotContain("D.PHASE_QUALIFIED");
        assertThat(run.ranked()).isEmpty();
    }

    @Test
    void aDisciplinaryReviewOnTheReferenceDateDefersAndIsNotRanked() {
        PhaseRun run = phase(R, discipline(NV1, REVIEW, "2025-12-01", null), giayKhen(2022), giayKhen(2023));
        Verdict v = run.judged("NV1");
        assertThat(v.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(deferral(v, "REVIEW").ruleId()).isEqualTo("X.REVIEW");
        assertThat(condition(v, "PH_A").met()).isTrue();
        assertThat(firedRuleIds(v)).contains("D.DEFERRED").doesNotContain("D.PHASE_QUALIFIED", "D.EXCLUDED");
        assertThat(run.ranked()).isEmpty();
    }

    @Test
    void anInvestigationOnTheReferenceDateDefers() {
        Verdict v = judged(discipline(NV1, INVESTIGATION, "2025-11-01", "2026-01-31"), giayKhen(2022), giayKhen(2023));
        assertThat(v.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(deferral(v, "INVESTIGATION").ruleId()).isEqualTo("X.INVESTIGATION");
    }

    @Test
    void aBangKhenForAnOverlappingPhaseExcludes() {
        PhaseRun run = phase(R, giayKhen(2022), giayKhen(2023), new vn.thidua.eligibility.model.Award(2022,
                NV1.getSubjectType(), "NV1", AwardType.BANG_KHEN_CCHC, "QĐ-BK", day("2023-03-01"), 2018, 2022));
        Verdict v = run.judged("NV1");
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        Explanation x = exclusion(v, "ALREADY_AWARDED");
        assertThat(x.ruleId()).isEqualTo("X.ALREADY_AWARDED_PHASE");
        assertThat(x.textEn()).isEqualTo("Already awarded the provincial-level People's Committee's CCHC Bằng khen for the phase "
                + "2018–2022 by decision QĐ-BK of 2023-03-01, overlapping 2021–2025");
        assertThat(condition(v, "PH_A").met()).isTrue();
        assertThat(run.ranked()).isEmpty();
    }

    @Test
    void aBangKhenForAnEarlierPhaseDoesNotExclude() {
        Verdict v = judged(giayKhen(2022), giayKhen(2023), new vn.thidua.eligibility.model.Award(2020,
                NV1.getSubjectType(), "NV1", AwardType.BANG_KHEN_CCHC, "QĐ-BK", day("2021-03-01"), 2016, 2020));
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aBangKhenOnRecordWithoutItsPhaseCoversTheYearItIsRecordedUnder() {
        // exclusion.phaseAwardWithoutPhase.coversItsYear: 2024 is within 2021–2025.
        Verdict v = judged(giayKhen(2022), giayKhen(2023), award(NV1, 2024, AwardType.BANG_KHEN_CCHC));
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(exclusion(v, "ALREADY_AWARDED").values()).containsEntry("awardFrom", 2024).containsEntry("awardTo", 2024);
    }

    @Test
    void disciplineThatEndedBeforeTheReferenceDateDoesNotExclude() {
        Verdict v = judged(discipline(NV1, REVIEW, "2025-01-01", "2025-12-14"), giayKhen(2022), giayKhen(2023));
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void holdingTheGiayKhenOfTheLastYearDoesNotExcludeFromThePhase() {
        // "Already awarded" is about the annual Giấy khen of an annual run's year, not the phase.
        Verdict v = judged(giayKhen(2024), giayKhen(2025));
        assertThat(v.exclusions()).isEmpty();
        assertThat(firedRuleIds(v)).doesNotContain("X.ALREADY_AWARDED");
    }
}
