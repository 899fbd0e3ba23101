package vn.thidua.eligibility.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A person allowed to call the service.
 *
 * @param fullName                 the person's name as documents print it ("" until filled in)
 * @param position                 their position (chức vụ) as documents print it ("" until filled in)
 * @param enabled                  false while an administrator has disabled the account
 * @param createdBy                who created the account; null for the accounts made on first start
 * @param passwordChangeRequired   the password was generated, not chosen: its owner must replace it
 *                                 before doing anything else
 */
@Table("app_user")
record AppUser(@Id Long id, String username, String fullName, String position, String passwordHash, Role role,
               boolean enabled, Instant createdAt, String createdBy, boolean passwordChangeRequired) {

    AppUser withPassword(String hash, boolean changeRequired) {
        return new AppUser(id, username, fullName, position, hash, role, enabled, createdAt, createdBy, changeRequired);
    }

    AppUser withRole(Role newRole) {
        return new AppUser(id, username, fullName, position, passwordHash, newRole, enabled, createdAt, createdBy,
                passwordChangeRequired);
    }

    AppUser withEnabled(boolean newEnabled) {
        return new AppUser(id, username, fullName, position, passwordHash, role, newEnabled, createdAt, createdBy,
                passwordChangeRequired);
    }

    AppUser withHolder(String newFullName, String newPosition) {
        return new AppUser(id, username, newFullName, newPosition, passwordHash, role, enabled, createdAt, createdBy,
                passwordChangeRequired);
    }

    /** Without the hash, which has no business in a log. */
    @Override
    public String toString() {
        return "AppUser[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
