package vn.thidua.eligibility.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/users} and the users page's form; the role is text so that a wrong
 * one is reported with the other errors. Full name and position may come later (documents leave a
 * blank until then).
 */
@AcceptablePassword
public record NewUser(
        @NotNull(message = "is required")
        @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "must be 3 to 50 characters among a-z, 0-9, '.', '_' and '-'")
        String username,
        @Size(max = 100, message = "must be at most 100 characters")
        String fullName,
        @Size(max = 100, message = "must be at most 100 characters")
        String position,
        @NotNull(message = "is required")
        String password,
        @NotNull(message = "is required")
        @Pattern(regexp = "ADMIN|STAFF|AUDITOR", message = "must be one of ADMIN, STAFF, AUDITOR")
        String role) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + "]";
    }
}
