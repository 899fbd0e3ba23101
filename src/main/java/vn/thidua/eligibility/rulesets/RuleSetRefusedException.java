package vn.thidua.eligibility.rulesets;

import org.springframework.http.HttpStatus;
import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/** A request on rule sets that cannot be done, with the status to answer and every reason. */
class RuleSetRefusedException extends RuntimeException {
    private final HttpStatus status;
    private final transient List<ApiError.Detail> errors;

    RuleSetRefusedException(HttpStatus status, String message, List<ApiError.Detail> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    RuleSetRefusedException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    ApiError body() {
        return new ApiError(status.value(), getMessage(), errors);
    }

    HttpStatus status() {
        return status;
    }
}
