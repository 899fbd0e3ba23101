package vn.thidua.eligibility.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the service accepts as a password, whether it comes through the API or the environment:
 * long enough to resist guessing, and no longer than bcrypt reads (72 bytes; Spring Security refuses
 * longer ones rather than silently ignore the rest).
 */
final class PasswordRules {

    private static final int MIN_LENGTH = 10;
    private static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** What is wrong with the password, or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes long in UTF-8");
        }
        return Optional.empty();
    }
}
