package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The yearly report to the Provincial People's Committee (through the Department of Home Affairs):
 * the year's annual run unit by unit, the awards the register holds for the year, and the same
 * figures of the year before.
 *
 * @param run         the year's latest completed annual run
 * @param previousRun the previous year's, when there is one
 * @param totals      outcomes counted by subject type
 * @param awards      the awards the register holds for the year (granted here or imported)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record YearlyReport(int year, RunRef run, RunRef previousRun, List<UnitLine> units,
                    Map<SubjectType, Map<Outcome, Integer>> totals, List<Award> awards, List<Comparison> comparison) {

    record RunRef(long id, LocalDate referenceDate) {
    }

    /** A unit's own outcome and its people's outcomes. */
    record UnitLine(String unitCode, String unitName, Outcome unitOutcome, Map<Outcome, Integer> people) {
    }

    record Award(SubjectType subjectType, String subjectCode, String subjectName, AwardType award, String decisionNo,
                 LocalDate decisionDate) {
    }

    /** One figure this year and the year before ({@code previous} and {@code change} absent without a previous run). */
    record Comparison(String measure, String label, int current, Integer previous, Integer change) {
    }
}
