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
import static vn.thidua.eligibility.rulesets.RuleHarness.deferral;
import static vn.thidua.eligibility.rulesets.RuleHarness.exclusion;
import static vn.thidua.eligibility.rulesets.RuleHarness.firedRuleIds;

/**
 * The exclusions and deferrals of domain.md, checked on R, for units and people alike: a sanction
 * served excludes; a disciplinary review or an investigation defers (chưa khen thưởng).
 */
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

    /** Deferred by exactly the given rule, not excluded, and the decision says what would end it. */
    private static Explanation assertDeferredBy(Verdict v, String code, String ruleId) {
        Explanation x = deferral(v, code);
        assertThat(x.ruleId()).isEqualTo(ruleId);
        assertThat(x.met()).isNull();
        assertThat(x.legalBasis()).isNotBlank();
        assertThat(x.textEn()).contains("Deferred until").contains("a later run, with a later reference date, decides");
        assertThat(x.textVi()).contains("Hoãn cho đến khi");
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(firedRuleIds(v)).contains(ruleId, "D.DEFERRED").doesNotContain("D.EXCLUDED");
        return x;
    }

    /** A sanction excludes; a review or an investigation defers. */
    private static Explanation assertHeldBackBy(Verdict v, DisciplineKind kind) {
        return kind == SANCTION ? assertExcludedBy(v, kind.name(), "X." + kind) : assertDeferredBy(v, kind.name(), "X." + kind);
    }

    private static void assertNotExcluded(Verdict v) {
        assertThat(v.exclusions()).isEmpty();
        assertThat(v.deferrals()).isEmpty();
        assertThat(v.outcome()).isNotIn(Outcome.EXCLUDED, Outcome.DEFERRED);
        assertThat(firedRuleIds(v)).noneMatch(id -> id.startsWith("X.") && !id.equals("X.SANCTION_END"))
                .doesNotContain("D.EXCLUDED", "D.DEFERRED");
    }

    /** Every subject kind with every kind of discipline, each of which excludes or defers on R. */
    static Stream<Arguments> subjectsAndDisciplines() {
        return Stream.of(SubjectType.values())
                .flatMap(t -> Stream.of(DisciplineKind.values()).map(k -> Arguments.of(t, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineInForceOnTheReferenceDateExcludesOrDefers(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        Explanation x = assertHeldBackBy(judge(s, R, discipline(s, kind, "2024-06-01", "2025-06-30")), kind);
        assertThat(x.values()).containsEntry("from", day("2024-06-01")).containsEntry("to", day("2025-06-30"))
                .containsEntry("ref", day(R));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void openEndedDisciplineExcludesOrDefers(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertHeldBackBy(judge(s, R, discipline(s, kind, "2024-06-01", null)), kind);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineEndingOnTheReferenceDateStillExcludesOrDefers(SubjectType type, DisciplineKind kind) {
        // Its last day is R itself: it is still being served when the Council sits.
        Subject s = subject(type);
        assertHeldBackBy(judge(s, R, discipline(s, kind, "2024-06-01", R)), kind);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subjectsAndDisciplines")
    void disciplineStartingOnTheReferenceDateExcludesOrDefers(SubjectType type, DisciplineKind kind) {
        Subject s = subject(type);
        assertHeldBackBy(judge(s, R, discipline(s, kind, R, "2025-06-30")), kind);
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
    void investigationDefersBefore2024Too(SubjectType type) {
        // Thông tư 08/2017/TT-BNV already said it: the whole movement, not from 2024 only.
        Subject s = subject(type);
        Verdict v = RuleHarness.annual(s, 2021, day("2021-01-15"), List.of(s, discipline(s, INVESTIGATION, "2021-01-01", null)));
        Explanation x = assertDeferredBy(v, "INVESTIGATION", "X.INVESTIGATION");
        assertThat(x.values()).containsEntry("since", day("2021-01-01"));
        assertThat(x.textEn()).isEqualTo("Under investigation, inspection or complaint verification from 2021-01-01 to (not set) "
                + "(reference date 2021-01-15; applies from 2021-01-01): not awarded yet. Deferred until the investigation "
                + "open since 2021-01-01 is closed; a later run, with a later reference date, decides");
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void sanctionExcludesAndReviewDefersAlreadyBefore2024(SubjectType type) {
        Subject s = subject(type);
        Verdict v = RuleHarness.annual(s, 2023, day("2023-12-31"), List.of(s,
                discipline(s, SANCTION, "2023-06-01", null), discipline(s, REVIEW, "2023-12-01", "2023-12-31")));
        // Both are found; the sanction decides (EXCLUDED over DEFERRED).
        assertExcludedBy(v, "SANCTION", "X.SANCTION");
        assertThat(deferral(v, "REVIEW").ruleId()).isEqualTo("X.REVIEW");
        assertThat(firedRuleIds(v)).doesNotContain("D.DEFERRED");
    }

    @Test
    void reviewIsDeferredWithWhatWouldEndIt() {
        Subject s = subject(SubjectType.PERSON);
        Explanation x = assertDeferredBy(judge(s, R, discipline(s, REVIEW, "2024-12-20", null)), "REVIEW", "X.REVIEW");
        assertThat(x.textEn()).isEqualTo("Under consideration for disciplinary action from 2024-12-20 to (not set) (reference date "
                + "2025-01-15): not awarded yet. Deferred until the disciplinary review open since 2024-12-20 is closed; "
                + "a later run, with a later reference date, decides");
        assertThat(x.textVi()).isEqualTo("Đang xem xét kỷ luật từ 20/12/2024 đến (không xác định) (ngày xét 15/01/2025): "
                + "chưa khen thưởng. Hoãn cho đến khi việc xem xét kỷ luật mở từ 20/12/2024 kết thúc; một lần xét sau, "
                + "với ngày xét muộn hơn, sẽ quyết định");
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
    void deferredPersonStillListsEveryConditionMetOrMissed() {
        Subject nv1 = Facts.person("NV1");
        Verdict v = judge(nv1, R, discipline(nv1, REVIEW, "2024-12-01", null), initiative("SK1", "NV1", Y, "2024-06-01"));
        assertThat(v.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(v.conditions()).extracting(Explanation::code, Explanation::met, Explanation::ruleId).containsExactly(
                tuple("P1", true, "P1.INITIATIVE"),
                tuple("P2", false, "P2.INDEX_CONTRIBUTION"));
    }

    @Test
    void everyExclusionFoundIsListed() {
        Unit vp = dissolvedUnit("VP", "2025-07-01");
        Verdict v = judge(vp, "2025-08-01", discipline(vp, SANCTION, "2025-01-01", null), discipline(vp, REVIEW, "2025-01-01", null),
                discipline(vp, INVESTIGATION, "2025-01-01", null), award(vp, Y, AwardType.GIAY_KHEN_CCHC));
        assertThat(v.exclusions()).extracting(Explanation::code).containsExactly("ALREADY_AWARDED", "DISSOLVED", "SANCTION");
        assertThat(v.deferrals()).extracting(Explanation::code).containsExactly("INVESTIGATION", "REVIEW");
        assertThat(v.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(v.trace().stream().filter(f -> "D.EXCLUDED".equals(f.ruleId()))).hasSize(1);
        assertThat(firedRuleIds(v)).doesNotContain("D.DEFERRED");
    }
}
