package vn.thidua.eligibility.security;

import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, Role role, boolean enabled, Instant createdAt, String createdBy) {

    static UserView of(AppUser user) {
        return new UserView(user.username(), user.role(), user.enabled(), user.createdAt(), user.createdBy());
    }
}
