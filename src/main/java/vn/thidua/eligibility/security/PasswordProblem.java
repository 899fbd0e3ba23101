package vn.thidua.eligibility.security;

/**
 * Why a password was refused.
 *
 * @param rule    which rule: control, short, long, username, guessable; for a change also current
 *                (not the current password), same (no different from it), required; the pages show
 *                {@code password.rule.<rule>} in the reader's language
 * @param message the API's English text, e.g. "must not contain the username"
 */
public record PasswordProblem(String rule, String message) {
}
