package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/**
 * A new or current password refused, with the field it came in and the rule it failed; the API
 * answers naming the field, the pages show the rule's message beside it.
 */
public class PasswordRejectedException extends Refusal {

    private final String field;
    private final transient PasswordProblem problem;

    PasswordRejectedException(String field, PasswordProblem problem) {
        super(Kind.INVALID, "The password was not accepted", List.of(new ApiError.Detail(field, problem.message())));
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public PasswordProblem problem() {
        return problem;
    }
}
