package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.util.List;

/**
 * Which of a run's decisions to list, bound from the run page's query string (the API names
 * {@code type} {@code subjectType}); every one may be empty.
 *
 * @param unit      the unit's code: the unit itself and its people
 * @param condition the code of a condition the decision did not meet (U1, P2, PH_A…); one that could
 *                  not be judged is not "not met"
 * @param q         part of a name or a code; matched without regard to case or Vietnamese diacritics, so
 *                  that "nguyen" finds "Nguyễn" and "duc" finds "Đức"
 */
record DecisionFilter(SubjectType type, Outcome outcome, String unit, String condition, String q) {
    static final DecisionFilter NONE = new DecisionFilter(null, null, null, null, null);

    public boolean any() {
        return type != null || outcome != null || given(unit) || given(condition) || given(q);
    }

    /** A condition's code is a word (U1, PH_A): anything else is a mistake to report, not a search to run. */
    DecisionFilter checked() {
        if (given(condition) && !condition.strip().matches("[\\p{L}\\p{N}_.]{1,64}")) {
            throw new InvalidDecisionQueryException(List.of(ApiError.Detail.of("condition",
                    Text.of("decisions.problem.condition", condition))));
        }
        return this;
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
