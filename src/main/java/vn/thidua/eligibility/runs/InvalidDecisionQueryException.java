package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/** A list of a run's decisions asked for with a wrong page, size, order or filter: each by its parameter's name. */
class InvalidDecisionQueryException extends Refusal {
    InvalidDecisionQueryException(List<ApiError.Detail> errors) {
        super(Kind.INVALID, "The decisions asked for cannot be listed", errors);
    }
}
