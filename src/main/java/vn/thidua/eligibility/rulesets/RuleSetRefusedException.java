package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/**
 * A request on rule sets that cannot be done, with every reason. The pages read {@link #reason()} to
 * explain a refused activation in the reader's language.
 */
public class RuleSetRefusedException extends Refusal {
    /**
     * Why an activation (or a discarding: {@code NOT_A_DRAFT}) was refused; anything else is {@code OTHER}
     * and said by the message and errors.
     */
    public enum Reason { ALREADY_ACTIVE, SAME_AUTHOR, INVALID, SCENARIOS_FAIL, RULES_NOT_EXERCISED, DISCARDED, NOT_A_DRAFT, OTHER }

    private final Reason reason;

    RuleSetRefusedException(Kind kind, Reason reason, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
        this.reason = reason;
    }

    RuleSetRefusedException(Kind kind, String message, List<ApiError.Detail> errors) {
        this(kind, Reason.OTHER, message, errors);
    }

    RuleSetRefusedException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public Reason reason() {
        return reason;
    }
}
