package vn.thidua.eligibility.rulesets;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/**
 * A request on rule sets that cannot be done, with the status to answer and every reason. The pages
 * read {@link #reason()} to explain a refused activation in the reader's language; as an
 * {@link ErrorResponse}, anything they do not catch is answered with its own status.
 */
public class RuleSetRefusedException extends RuntimeException implements ErrorResponse {
    /** Why an activation was refused; anything else is {@code OTHER} and said by the message and errors. */
    public enum Reason { ALREADY_ACTIVE, SAME_AUTHOR, INVALID, SCENARIOS_FAIL, RULES_NOT_EXERCISED, OTHER }

    private final HttpStatus status;
    private final Reason reason;
    private final transient List<ApiError.Detail> errors;

    RuleSetRefusedException(HttpStatus status, Reason reason, String message, List<ApiError.Detail> errors) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    RuleSetRefusedException(HttpStatus status, String message, List<ApiError.Detail> errors) {
        this(status, Reason.OTHER, message, errors);
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

    public Reason reason() {
        return reason;
    }

    /** Each problem by where it is (a field, or a file and line) and what it is. */
    public List<ApiError.Detail> errors() {
        return errors;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return status;
    }

    @Override
    public ProblemDetail getBody() {
        return ProblemDetail.forStatusAndDetail(status, getMessage());
    }
}
