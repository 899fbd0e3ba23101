package vn.thidua.eligibility.security;

import java.time.Instant;

/**
 * A user as the API shows it: never the password hash.
 *
 * @param lockedUntil when the lock after too many failed logins ends; null (absent) when not locked
 */
public record UserView(String username, String fullName, String position, Role role, boolean enabled, Instant createdAt, String createdBy,
                       boolean passwordChangeRequired, Instant lockedUntil) {

    static UserView of(AppUser user, Instant lockedUntil) {
        return new UserView(user.username(), user.fullName(), user.position(), user.role(), user.enabled(), user.createdAt(), user.createdBy(),
                user.passwordChangeRequired(), lockedUntil);
    }
}
