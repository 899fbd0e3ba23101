package vn.thidua.eligibility.profiles;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunDecision;
import vn.thidua.eligibility.runs.RunSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of a profile's tables, as the page shows them and the API returns them. */
final class Rows {

    private Rows() {
    }

    /** A period a person belonged to a unit ({@code to} null: still there). */
    record UnitPeriod(String unitCode, String unitName, LocalDate from, LocalDate to) {
    }

    /**
     * A person of a unit: for a period, or, with no dates, as the people table records them when
     * they have no dated periods at all.
     */
    record UnitMember(String personCode, String fullName, String position, LocalDate from, LocalDate to) {
    }

    /** @param phaseFrom the first year of the phase a Bằng khen was for, or null */
    record AwardHeld(int year, AwardType award, Integer phaseFrom, Integer phaseTo, String decisionNo,
                     LocalDate decisionDate) {
    }

    /**
     * @param to          the last day, or null while open
     * @param sanctionEnd for a sanction (kỷ luật) whose end is recorded, that end: from 2024 a person's
     *                    achievements count only after it; else null
     */
    record DisciplineHeld(DisciplineKind kind, LocalDate from, LocalDate to, LocalDate sanctionEnd) {
        static DisciplineHeld of(DisciplineKind kind, LocalDate from, LocalDate to) {
            return new DisciplineHeld(kind, from, to, kind == DisciplineKind.SANCTION ? to : null);
        }
    }

    /** @param recognizedOn the day it was recognised (công nhận), or null while it is not */
    record InitiativeHeld(int year, String code, String title, LocalDate recognizedOn) {
    }

    record RatingHeld(int year, RatingLevel rating) {
    }

    /** A scored item (tiêu chí) with its score and maximum (điểm chuẩn). */
    record ScoredItem(String code, String name, String unitCode, String officerCode, BigDecimal score, BigDecimal maxScore,
                boolean fullScore) {
    }

    /**
     * The scored items of one year, with how many are at full score and their sums.
     */
    record ItemsOfYear(int year, List<ScoredItem> items, int fullScore, BigDecimal score, BigDecimal maxScore) {

        /** The items grouped by year, the newest year first, each year's items in code order. */
        static List<ItemsOfYear> of(List<Criterion> criteria) {
            Map<Integer, List<ScoredItem>> byYear = new TreeMap<>(Comparator.reverseOrder());
            criteria.stream().sorted(Comparator.comparing(Criterion::getCode)).forEach(c -> byYear
                    .computeIfAbsent(c.getYear(), y -> new ArrayList<>())
                    .add(new ScoredItem(c.getCode(), c.getName(), c.getUnitCode(), c.getOfficerCode(), c.getScore(),
                            c.getMaxScore(), c.isFullScore())));
            return byYear.entrySet().stream().map(e -> new ItemsOfYear(e.getKey(), List.copyOf(e.getValue()),
                    (int) e.getValue().stream().filter(ScoredItem::fullScore).count(),
                    e.getValue().stream().map(ScoredItem::score).reduce(BigDecimal.ZERO, BigDecimal::add),
                    e.getValue().stream().map(ScoredItem::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
        }
    }

    /**
     * A decision a run made about the subject, with what decided it (codes: the conditions met and
     * missed, the exclusions and deferrals found) and where it is explained.
     *
     * @param year        an annual run's year, else null (a phase run's years are {@code fromYear..toYear})
     * @param explanation the decision's page
     * @param api         the decision with its full trace, as JSON
     */
    record DecisionMade(long runId, RunKind kind, Integer year, Integer fromYear, Integer toYear,
                        LocalDate referenceDate, Integer ruleSetVersion, AwardType award, Outcome outcome, Integer rank,
                        String unitCode, List<String> met, List<String> missed, List<String> blockers,
                        String explanation, String api) {

        static DecisionMade of(RunDecision made) {
            RunSummary run = made.run();
            DecisionView d = made.decision();
            List<String> blockers = new ArrayList<>(d.exclusions().stream().map(DecisionView.ExclusionFound::code).toList());
            if (d.deferral() != null) {
                d.deferral().forEach(x -> blockers.add(x.code()));
            }
            String path = "/runs/" + run.id().value() + "/decisions/" + d.subjectType() + "/" + d.subjectCode();
            return new DecisionMade(run.id().value(), run.kind(), run.year(), run.fromYear(), run.toYear(),
                    run.referenceDate(), run.ruleSetVersion(), d.award(), d.outcome(), d.rank(), d.unitCode(),
                    conditions(d, DecisionView.ConditionState.MET), conditions(d, DecisionView.ConditionState.NOT_MET),
                    List.copyOf(blockers), path, "/api" + path);
        }

        private static List<String> conditions(DecisionView d, DecisionView.ConditionState state) {
            return d.conditions().stream().filter(c -> c.state() == state).map(DecisionView.Condition::code).toList();
        }
    }

    /** A subject found by a search, with its profile's page and JSON. */
    record ProfileHit(SubjectType type, String code, String name, String unitCode, String position, String profile,
               String api) {
        static ProfileHit of(SubjectType type, String code, String name, String unitCode, String position) {
            String path = "/profiles/" + (type == SubjectType.PERSON ? "persons/" : "units/") + code;
            return new ProfileHit(type, code, name, unitCode, position, path, "/api" + path);
        }
    }
}
