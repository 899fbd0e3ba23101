package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/** The run request is incomplete or inconsistent; every problem is given as "field: message". */
public class InvalidRunRequestException extends Refusal {

    InvalidRunRequestException(List<String> problems) {
        super(Kind.INVALID, "The run request was rejected", problems.stream().map(InvalidRunRequestException::detail).toList());
    }

    InvalidRunRequestException(Kind kind, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
    }

    static ApiError.Detail detail(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? new ApiError.Detail("", problem)
                : new ApiError.Detail(problem.substring(0, colon), problem.substring(colon + 1).strip());
    }

    /** Each problem as the pages list it, "field: message". */
    public List<String> problems() {
        return errors().stream().map(d -> d.path().isEmpty() ? d.message() : d.path() + ": " + d.message()).toList();
    }
}
