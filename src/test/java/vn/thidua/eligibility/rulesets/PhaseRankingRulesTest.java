package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.model.Outcome.NOT_ELIGIBLE;
import static vn.thidua.eligibility.model.Outcome.PROPOSED;
import static vn.thidua.eligibility.model.Outcome.RESERVE;
import static vn.thidua.eligibility.model.Outcome.TIED_AT_QUOTA;
import static vn.thidua.eligibility.model.RatingLevel.HTXSNV;
import static vn.thidua.eligibility.rulesets.Facts.award;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.rating;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/**
 * The ranking of the qualified people against the province's quota (phase-ranking.drl): years with
 * the Giấy khen, then initiatives, then HTXSNV years; women first at equal merit; a tie shares a
 * rank; the first {@code quota} places PROPOSED, a tie across the line TIED_AT_QUOTA, the rest RESERVE.
 */
class PhaseRankingRulesTest {
    private static final LocalDate R = LocalDate.of(2025, 12, 15);

    /**
     * The facts of a person with the given merit in 2021..2025: the Giấy khen in {@code awards}
     * years, {@code initiatives} recognised initiatives, HTXSNV in {@code excellent} years (from 2021
     * on, so two or more are consecutive). Everyone here has 2+ awards and qualifies by route (a).
     */
    static List<Object> person(Person p, int awards, int initiatives, int excellent) {
        List<Object> facts = new ArrayList<>(List.of(p));
        for (int i = 0; i < awards; i++) {
            facts.add(award(p, 2021 + i, AwardType.GIAY_KHEN_CCHC));
        }
        for (int i = 0; i < initiatives; i++) {
            facts.add(initiative(p.getCode() + "-SK" + i, p.getCode(), 2021 + i % 5, "2025-06-01"));
        }
        for (int i = 0; i < excellent; i++) {
            facts.add(rating(p, 2021 + i, HTXSNV));
        }
        return facts;
    }

    private static PhaseRun rank(int quota, List<?>... people) {
        return RuleHarness.phase(2021, 2025, R, quota, List.of(people));
    }

    private static Person woman(String code) {
        return Facts.woman(code);
    }

    private static Person man(String code) {
        return Facts.man(code);
    }

    @Test
    void yearsWithTheGiayKhenComeFirst() {
        PhaseRun run = rank(5, person(man("A"), 3, 0, 0), person(woman("B"), 2, 5, 5));
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("B")).isEqualTo(2);
    }

    @Test
    void atEqualYearsInitiativesDecide() {
        PhaseRun run = rank(5, person(man("A"), 2, 2, 0), person(woman("B"), 2, 1, 5));
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("B")).isEqualTo(2);
    }

    @Test
    void atEqualYearsAndInitiativesExcellentYearsDecide() {
        PhaseRun run = rank(5, person(man("A"), 2, 1, 2), person(woman("B"), 2, 1, 1));
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("B")).isEqualTo(2);
    }

    @Test
    void atEqualMeritAWomanRanksBeforeAManSoTheyAreNotTied() {
        PhaseRun run = rank(1, person(man("A"), 2, 1, 1), person(woman("B"), 2, 1, 1));
        assertThat(run.rank("B")).isEqualTo(1);
        assertThat(run.rank("A")).isEqualTo(2);
        assertThat(run.outcome("B")).isEqualTo(PROPOSED);
        assertThat(run.outcome("A")).isEqualTo(RESERVE);
        Explanation b = run.ranked("B").ranking();
        assertThat(b.ruleId()).isEqualTo("R.RANK");
        assertThat(b.legalBasis()).contains("Nghị định 98/2023/NĐ-CP, Điều 4");
        assertThat(b.textEn()).isEqualTo("Ranked 1 of 2 qualified (quota 1): 2 years holding the CCHC Giấy khen, "
                + "1 recognised initiatives, 1 HTXSNV years, woman; tied with: none");
        assertThat(run.ranked("A").ranking().textVi()).isEqualTo("Xếp thứ 2/2 người đủ điều kiện (chỉ tiêu 1): "
                + "2 năm được tặng Giấy khen CCHC, 1 sáng kiến được công nhận, 1 năm HTXSNV, nam; đồng hạng với: không có");
    }

    @Test
    void genderDecidesOnlyAtEqualMerit() {
        PhaseRun run = rank(1, person(man("A"), 2, 1, 2), person(woman("B"), 2, 1, 1));
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("B")).isEqualTo(2);
    }

    @Test
    void twoWomenOfEqualMeritShareARankAndTheNextPlaceIsSkipped() {
        PhaseRun run = rank(5, person(woman("A"), 3, 0, 0), person(woman("B"), 3, 0, 0), person(woman("C"), 2, 0, 0));
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("B")).isEqualTo(1);
        assertThat(run.rank("C")).isEqualTo(3);
        assertThat(run.ranked("A").ranking().values()).containsEntry("tiedWith", List.of("B"));
    }

    @Test
    void aTieWithinTheQuotaIsProposedWhole() {
        PhaseRun run = rank(3, person(man("A"), 3, 0, 0), person(man("B"), 3, 0, 0), person(man("C"), 2, 0, 0),
                person(man("D"), 2, 0, 0), person(woman("E"), 2, 0, 0));
        // E is ahead of the men of her merit: A, B rank 1; E 3; C, D 4.
        assertThat(List.of(run.rank("A"), run.rank("B"), run.rank("E"), run.rank("C"), run.rank("D")))
                .containsExactly(1, 1, 3, 4, 4);
        assertThat(run.outcome("A")).isEqualTo(PROPOSED);
        assertThat(run.outcome("B")).isEqualTo(PROPOSED);
        assertThat(run.outcome("E")).isEqualTo(PROPOSED);
        assertThat(run.outcome("C")).isEqualTo(RESERVE);
        assertThat(run.outcome("D")).isEqualTo(RESERVE);
        assertThat(firedRuleIds(run.ranked("A"))).containsExactly("R.RANK", "R.PROPOSED");
        assertThat(firedRuleIds(run.ranked("C"))).containsExactly("R.RANK", "R.RESERVE");
    }

    @Test
    void aTieAcrossTheQuotaLineIsLeftToTheCouncil() {
        PhaseRun run = rank(2, person(man("A"), 3, 0, 0), person(man("B"), 2, 0, 0), person(man("C"), 2, 0, 0),
                person(man("D"), 2, 0, 0), person(man("E"), 1, 2, 2));
        assertThat(run.outcome("A")).isEqualTo(PROPOSED);
        assertThat(List.of(run.rank("B"), run.rank("C"), run.rank("D"))).containsOnly(2);
        assertThat(run.outcome("B")).isEqualTo(TIED_AT_QUOTA);
        assertThat(run.outcome("C")).isEqualTo(TIED_AT_QUOTA);
        assertThat(run.outcome("D")).isEqualTo(TIED_AT_QUOTA);
        assertThat(run.rank("E")).isEqualTo(5);
        assertThat(run.outcome("E")).isEqualTo(RESERVE);
        Verdict b = run.ranked("B");
        assertThat(firedRuleIds(b)).containsExactly("R.RANK", "R.TIED_AT_QUOTA");
        assertThat(b.trace().get(1).descriptionEn()).contains("the Emulation and Reward Council decides");
    }

    @Test
    void aQuotaLargerThanTheQualifiedCountProposesEveryone() {
        PhaseRun run = rank(10, person(man("A"), 3, 0, 0), person(woman("B"), 2, 0, 0), person(man("C"), 1, 0, 0));
        assertThat(run.outcome("A")).isEqualTo(PROPOSED);
        assertThat(run.outcome("B")).isEqualTo(PROPOSED);
        assertThat(run.outcome("C")).isEqualTo(NOT_ELIGIBLE);
        assertThat(run.ranked()).hasSize(2);
        assertThat(run.ranked("B").ranking().values()).containsEntry("qualified", 2);
    }

    @Test
    void quotaZeroProposesNobodyAndLeavesEveryQualifiedPersonInReserve() {
        // No place is within a quota of 0, so no tie can straddle it either.
        PhaseRun run = rank(0, person(woman("A"), 3, 0, 0), person(woman("B"), 3, 0, 0), person(man("C"), 2, 0, 0));
        assertThat(run.outcome("A")).isEqualTo(RESERVE);
        assertThat(run.outcome("B")).isEqualTo(RESERVE);
        assertThat(run.outcome("C")).isEqualTo(RESERVE);
        assertThat(run.rank("A")).isEqualTo(1);
        assertThat(run.rank("C")).isEqualTo(3);
    }

    @Test
    void onlyTheQualifiedAreRankedAndTheirRawFactsStayOut() {
        PhaseRun run = rank(1, person(man("A"), 2, 0, 0), person(man("B"), 1, 1, 1));
        assertThat(run.ranked()).containsOnlyKeys(RuleHarness.person("A"));
        // The ranking session saw merits, never an award, rating or initiative.
        assertThat(run.ranked("A").trace()).allSatisfy(f -> assertThat(f.facts())
                .noneMatch(o -> o instanceof vn.thidua.eligibility.model.Award || o instanceof vn.thidua.eligibility.model.Initiative));
    }
}
