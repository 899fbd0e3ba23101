package vn.thidua.eligibility.audit;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/** A fingerprint an auditor typed that is not one: "path: message". */
class InvalidFingerprintException extends Refusal {

    InvalidFingerprintException(String problem) {
        super(Kind.INVALID, "The fingerprint was not understood", List.of(detail(problem)));
    }

    private static ApiError.Detail detail(String problem) {
        int colon = problem.indexOf(':');
        return new ApiError.Detail(problem.substring(0, colon), problem.substring(colon + 1).strip());
    }
}
