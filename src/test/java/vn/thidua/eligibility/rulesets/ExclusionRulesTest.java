package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.eligibility.model.DisciplineKind.INVESTIGATION;
import static vn.thidua.eligibility.model.DisciplineKind.REVIEW;
import static vn.thidua.eligibility.model.DisciplineKind.SANCTION;
import static vn.thidua.eligibility.rulesets.Facts.award;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.Facts.discipline;
import static vn.thidua.eligibility.rulesets.Facts.dissolvedUnit;
import static vn.thidua.eligibility.rulesets.Facts.initiative;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.RuleHarness.exclusion;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/** The exclusions of domain.md, checked on R, for units and people alike. */
class ExclusionRulesTest {
    private static final int Y = 2024;
    private static final String R = "2025-01-15";

    private static Subject subject(SubjectType type) {
        return type == SubjectType.UNIT ? Facts.unit("VP") : Facts.person("NV1");
    }

    private static Verdict judge(Subject s, String reference, Object... facts) {
        return RuleHarness.annual(s, Y, day(reference), List.of(s, List.of(facts)));
    }

    /** Excluded by exactly the given rule, and the decision says so. */
    private static Explanation assertExcludedBy(Verdict v, String code, String ruleId) {
        Explanation x = exclusion(v, code);
        assertThat(x.ruleId()).isEqualTo(ruleId);
        assertThat(x.met()).isNull();
        assertThat(x.legalBasis()).isNotBlank();
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(firedRuleIds(v)).contains(ruleId, "D.EXCLUDED");
        return x;
    }

    private static void assertNotExcluded(Verdict v) {
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.outcome()).isNotEqualTo(Outcome.EXCLUDED);
        assertThat(firedRuleIds(v)).noneMatch(id -> id.startsWith("X.") && !id.equals("X.SANCTION_END"))
                .doesNotContain("D.EXCLUDED");
    }

    /** Every subject kind with every kind of discipline that excludes on R ≥ 2024-01-01. */
    static Stream<Arguments> subjectsAndDisciplines() {
        return Stream.of(SubjectType.values())
                .flatMap(t -> Stream.of(DisciplineKind.values()).map(k -> Arguments.of(t, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineInForceOnTheReferenceDateExcludes(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        Explanation x = assertExcludedBy(judge(s, R, discipline(s, kind, "2024-06-01", "2025-06-30")), kind.name(), "X." + kind);
        assertThat(x.values()).containsEntry("from", day("2024-06-01")).containsEntry("to", day("2025-06-30"))
                .containsEntry("ref", day(R));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void openEndedDisciplineExcludes(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertExcludedBy(judge(s, R, discipline(s, kind, "2024-06-01", null)), kind.name(), "X." + kind);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineEndingOnTheReferenceDateStillExcludes(SubjectType type, DisciplineKind kind) {
        // Its last day is R itself: it is still being served when the Council sits.
        Subject s = subject(type);
        assertExcludedBy(judge(s, R, discipline(s, kind, "2024-06-01", R)), kind.name(), "X." + kind);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineStartingOnTheReferenceDateExcludes(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertExcludedBy(judge(s, R, discipline(s, kind, R, "2025-06-30")), kind.name(), "X." + kind);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineEndingTheDayBeforeTheReferenceDateDoesNotExclude(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertNotExcluded(judge(s, R, discipline(s, kind, "2024-06-01", "2025-01-14")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineStartingAfterTheReferenceDateDoesNotExclude(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertNotExcluded(judge(s, R, discipline(s, kind, "2025-01-16", null)));
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void disciplineOfAnotherSubjectDoesNotExclude(SubjectType type) {
        // Same code, other kind of subject; and another subject of the same kind.
        Subject s = subject(type);
        Subject twin = type == SubjectType.UNIT ? Facts.person("VP") : Facts.unit("NV1");
        Subject other = type == SubjectType.UNIT ? Facts.unit("KT") : Facts.person("NV2");
        assertNotExcluded(judge(s, R, discipline(twin, SANCTION, "2024-01-01", null), discipline(other, REVIEW, "2024-01-01", null)));
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void investigationDoesNotExcludeOnTheLastDayBefore2024(SubjectType type) {
        Subject s = subject(type);
        Verdict v = RuleHarness.annual(s, 2023, day("2023-12-31"), List.of(s, discipline(s, INVESTIGATION, "2023-06-01", null)));
        assertNotExcluded(v);
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void investigationExcludesFrom20240101(SubjectType type) {
        Subject s = subject(type);
        Verdict v = RuleHarness.annual(s, 2023, day("2024-01-01"), List.of(s, discipline(s, INVESTIGATION, "2023-06-01", null)));
        Explanation x = assertExcludedBy(v, "INVESTIGATION", "X.INVESTIGATION");
        assertThat(x.values()).containsEntry("since", day("2024-01-01"));
        assertThat(x.textEn()).isEqualTo("Under investigation, inspection or complaint verification from 2023-06-01 to (not set) "
                + "(reference date 2024-01-01; applies from 2024-01-01)");
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void sanctionAndReviewExcludedAlreadyBefore2024(SubjectType type) {
        Subject s = subject(type);
        Verdict v = RuleHarness.annual(s, 2023, day("2023-12-31"), List.of(s,
                discipline(s, SANCTION, "2023-06-01", null), discipline(s, REVIEW, "2023-12-01", "2023-12-31")));
        assertExcludedBy(v, "SANCTION", "X.SANCTION");
        assertExcludedBy(v, "REVIEW", "X.REVIEW");
    }

    @Test
    void sanctionExclusionIsExplainedInBothLanguages() {
        Subject s = subject(SubjectType.PERSON);
        Explanation x = exclusion(judge(s, R, discipline(s, SANCTION, "2024-06-01", R)), "SANCTION");
        assertThat(x.textEn()).isEqualTo("Serving a disciplinary sanction from 2024-06-01 to 2025-01-15 (reference date 2025-01-15)");
        assertThat(x.textVi()).isEqualTo("Đang thi hành kỷ luật từ 01/06/2024 đến 15/01/2025 (ngày xét 15/01/2025)");
    }

    @Test
    void unitDissolvedOnTheReferenceDateIsExcluded() {
        Unit vp = dissolvedUnit("VP", "2025-07-01");
        Explanation x = assertExcludedBy(judge(vp, "2025-07-01"), "DISSOLVED", "X.DISSOLVED");
        assertThat(x.textEn()).isEqualTo("The unit was dissolved on 2025-07-01, on or before the reference date 2025-07-01");
    }

    @Test
    void unitDissolvedTheDayAfterTheReferenceDateIsNotExcluded() {
        assertNotExcluded(judge(dissolvedUnit("VP", "2025-07-02"), "2025-07-01"));
    }

    @Test
    void unitDissolvedBeforeJuly2025IsNotExcludedWhileTheRuleIsNotYetInForce() {
        // R = 2025-06-30: Nghị định 152/2025 does not apply yet.
        assertNotExcluded(judge(dissolvedUnit("VP", "2025-06-01"), "2025-06-30"));
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void holdingTheGiayKhenForTheYearAlreadyExcludes(SubjectType type) {
        Subject s = subject(type);
        Explanation x = assertExcludedBy(judge(s, R, award(s, Y, AwardType.GIAY_KHEN_CCHC)), "ALREADY_AWARDED", "X.ALREADY_AWARDED");
        assertThat(x.textEn()).isEqualTo("Already awarded the Director's CCHC Giấy khen for 2024 by decision QĐ-2024 of 2025-02-01");
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void anAwardForAnotherYearOrOfAnotherKindDoesNotExclude(SubjectType type) {
        Subject s = subject(type);
        assertNotExcluded(judge(s, R, award(s, Y - 1, AwardType.GIAY_KHEN_CCHC), award(s, Y, AwardType.BANG_KHEN_CCHC)));
    }

    @Test
    void excludedUnitStillListsEveryConditionMetOrMissed() {
        Unit vp = Facts.unit("VP");
        Verdict v = judge(vp, R, discipline(vp, SANCTION, "2024-01-01", null),
                item(Y - 1, "1.1", "1", "2", "VP", null), item(Y, "1.1", "2", "2", "VP", null));
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(v.conditions()).extracting(Explanation::code, Explanation::met, Explanation::ruleId).containsExactly(
                tuple("U1", true, "U1.FULL_SCORE_SHARE"),
                tuple("U2", true, "U2.BETTER_THAN_LAST_YEAR"),
                tuple("U3", true, "U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER"));
    }

    @Test
    void excludedPersonStillListsEveryConditionMetOrMissed() {
        Subject nv1 = Facts.person("NV1");
        Verdict v = judge(nv1, R, discipline(nv1, REVIEW, "2024-12-01", null), initiative("SK1", "NV1", Y, "2024-06-01"));
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(v.conditions()).extracting(Explanation::code, Explanation::met, Explanation::ruleId).containsExactly(
                tuple("P1", true, "P1.INITIATIVE"),
                tuple("P2", false, "P2.INDEX_CONTRIBUTION"));
    }

    @Test
    void everyExclusionFoundIsListed() {
        Unit vp = dissolvedUnit("VP", "2025-07-01");
        Verdict v = judge(vp, "2025-08-01", discipline(vp, SANCTION, "2025-01-01", null), discipline(vp, REVIEW, "2025-01-01", null),
                discipline(vp, INVESTIGATION, "2025-01-01", null), award(vp, Y, AwardType.GIAY_KHEN_CCHC));
        assertThat(v.exclusions()).extracting(Explanation::code)
                .containsExactly("ALREADY_AWARDED", "DISSOLVED", "INVESTIGATION", "REVIEW", "SANCTION");
        assertThat(v.trace().stream().filter(f -> "D.EXCLUDED".equals(f.ruleId()))).hasSize(1);
    }
}
