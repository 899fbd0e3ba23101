package vn.thidua.eligibility.security;

/**
 * A new or current password refused, with the field it came in and the rule it failed; the API
 * answers 400 naming the field, the pages show the message beside it.
 */
public class PasswordRejectedException extends RuntimeException {

    private final String field;

    PasswordRejectedException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
