package vn.thidua.eligibility.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InitialPasswordsTest {

    @Test
    void theDocumentedEnvironmentVariablesBind() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "ELIGIBILITY_ADMIN_PASSWORD", "from-the-environment-1",
                "ELIGIBILITY_STAFF_PASSWORD", "from-the-environment-2")));

        InitialPasswords passwords = new Binder(ConfigurationPropertySources.get(environment))
                .bind("eligibility", InitialPasswords.class).get();

        assertThat(passwords.of(Role.ADMIN)).isEqualTo("from-the-environment-1");
        assertThat(passwords.of(Role.STAFF)).isEqualTo("from-the-environment-2");
        assertThat(passwords.of(Role.AUDITOR)).isNull();
    }

    @Test
    void blankMeansGenerateAndNothingLeaksThroughToString() {
        InitialPasswords passwords = new InitialPasswords("secret-admin-pw", " ", null);

        assertThat(passwords.of(Role.STAFF)).isNull();
        assertThat(passwords.toString()).doesNotContain("secret-admin-pw").contains("ADMIN");
    }
}
