package vn.thidua.eligibility.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Arrays;

/**
 * Passwords for the accounts made on first start, from {@code ELIGIBILITY_ADMIN_PASSWORD},
 * {@code ELIGIBILITY_STAFF_PASSWORD} and {@code ELIGIBILITY_AUDITOR_PASSWORD} (or the properties
 * {@code eligibility.admin-password}, …). Blank or missing means: generate one.
 */
@ConfigurationProperties("eligibility")
record InitialPasswords(String adminPassword, String staffPassword, String auditorPassword) {

    String of(Role role) {
        String given = switch (role) {
            case ADMIN -> adminPassword;
            case STAFF -> staffPassword;
            case AUDITOR -> auditorPassword;
        };
        return given == null || given.isBlank() ? null : given;
    }

    static String variableOf(Role role) {
        return "ELIGIBILITY_" + role.name() + "_PASSWORD";
    }

    /** Never the passwords themselves: this record may end up in a log or a debugger's view. */
    @Override
    public String toString() {
        return "InitialPasswords[given for " + Arrays.stream(Role.values())
                .filter(role -> of(role) != null).map(Role::name).toList() + "]";
    }
}
