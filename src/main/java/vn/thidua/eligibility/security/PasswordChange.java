package vn.thidua.eligibility.security;

import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/users/me/password} and the change page's form. */
public record PasswordChange(@NotNull(message = "is required") String currentPassword,
                             @NotNull(message = "is required") String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[…]";
    }
}
