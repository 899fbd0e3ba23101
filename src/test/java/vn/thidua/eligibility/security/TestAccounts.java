package vn.thidua.eligibility.security;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The first-start accounts with the passwords set in the tests' config/application.yaml. */
public final class TestAccounts {

    public static final String ADMIN_PASSWORD = "lantern-orchid-74-river";
    public static final String STAFF_PASSWORD = "copper-meadow-19-kettle";
    public static final String AUDITOR_PASSWORD = "violet-harbor-53-anchor";

    private TestAccounts() {
    }

    /** Real HTTP Basic credentials, checked against the database like any caller's. */
    public static RequestPostProcessor as(String username) {
        return switch (username) {
            case "admin" -> httpBasic("admin", ADMIN_PASSWORD);
            case "staff" -> httpBasic("staff", STAFF_PASSWORD);
            case "auditor" -> httpBasic("auditor", AUDITOR_PASSWORD);
            default -> throw new IllegalArgumentException("No test account " + username);
        };
    }
}
