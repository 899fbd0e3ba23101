package vn.thidua.eligibility.security;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the service accepts as a password, whether it comes through the API, a page or the
 * environment. Each rule, in this order, names itself when it fails:
 * <ol>
 *   <li>no control or invisible formatting characters (a newline, NUL, a right-to-left override):
 *       a person could not type them at the login, or not see what they typed;</li>
 *   <li>at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt
 *       reads no more, and Spring Security refuses longer ones rather than silently ignore the rest);</li>
 *   <li>not containing the username, in any case;</li>
 *   <li>not easy to guess: nbvcxz's estimate, against the dictionaries shipped in its jar (the most
 *       common passwords, English words, first names and surnames) with keyboard patterns,
 *       sequences, repeats, dates and l33t substitutions, must reach {@value #MIN_ENTROPY} bits.</li>
 * </ol>
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    /** nbvcxz's own default: "password123" scores about 4 bits, a random 16-letter one over 80. */
    static final double MIN_ENTROPY = 35;

    /** Thread-safe: it keeps no state between estimates. */
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY).setLocale(Locale.ENGLISH).createConfiguration());

    private PasswordRules() {
    }

    /** What is wrong with {@code password} for the account {@code username}, or empty when it is acceptable. */
    static Optional<String> problem(String username, String password) {
        return check(username, password).map(PasswordProblem::message);
    }

    /** The first rule {@code password} breaks for the account {@code username}, if any. */
    static Optional<PasswordProblem> check(String username, String password) {
        OptionalInt hidden = password.codePoints().filter(PasswordRules::controlOrInvisible).findFirst();
        if (hidden.isPresent()) {
            return refused("control", "must not contain control or invisible characters (found U+%04X)".formatted(hidden.getAsInt()));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return refused("short", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return refused("long", "must be at most " + MAX_BYTES + " bytes long in UTF-8");
        }
        if (username != null && !username.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return refused("username", "must not contain the username");
        }
        Result estimate = ESTIMATOR.estimate(password);
        if (!estimate.isMinimumEntropyMet()) {
            String why = estimate.getFeedback().getWarning();
            return refused("guessable", "is too easy to guess (dictionary and pattern check%s): add more uncommon words or characters"
                    .formatted(why == null ? "" : ": " + why.replaceAll("\\.$", "")));
        }
        return Optional.empty();
    }

    private static Optional<PasswordProblem> refused(String rule, String message) {
        return Optional.of(new PasswordProblem(rule, message));
    }

    private static boolean controlOrInvisible(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
