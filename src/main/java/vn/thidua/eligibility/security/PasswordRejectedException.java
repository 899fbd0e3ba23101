package vn.thidua.eligibility.security;

/**
 * A new or current password refused, with the field it came in and the rule it failed; the API
 * answers 400 naming the field, the pages show the message beside it.
 */
public class PasswordRejectedException extends RuntimeException {

    private final String field;
    private final PasswordProblem problem;

    PasswordRejectedException(String field, PasswordProblem problem) {
        super(problem.message());
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
