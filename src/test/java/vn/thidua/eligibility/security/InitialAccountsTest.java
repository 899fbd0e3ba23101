package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.web.ApiTest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class InitialAccountsTest {

    private static final String BCRYPT = "^\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}$";

    @Autowired
    Users users;
    @Autowired
    InitialAccounts initialAccounts;
    @Autowired
    UserManagement management;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate transaction;

    /** Other tests log in with the test accounts: put them back as the context made them. */
    @AfterEach
    void restoreTheTestAccounts() {
        users.deleteAll();
        initialAccounts.createIfNone();
    }

    @Test
    void nothingIsCreatedWhenUsersExist(CapturedOutput output) {
        List<AppUser> before = users.findAll();
        assertThat(before).isNotEmpty();

        initialAccounts.createIfNone();

        assertThat(users.findAll()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(output).doesNotContain("First start");
    }

    @Test
    void givenPasswordsAreStoredAsBcryptAndNeverLogged(CapturedOutput output) {
        users.deleteAll();

        initialAccounts.createIfNone();

        Map<String, AppUser> created = byName(users.findAll());
        assertThat(created).containsOnlyKeys("admin", "staff", "auditor");
        assertThat(created.get("admin").role()).isEqualTo(Role.ADMIN);
        assertThat(created.get("staff").role()).isEqualTo(Role.STAFF);
        assertThat(created.get("auditor").role()).isEqualTo(Role.AUDITOR);
        assertThat(created.values()).allSatisfy(user -> {
            assertThat(user.passwordHash()).matches(BCRYPT);
            assertThat(user.enabled()).isTrue();
            assertThat(user.createdBy()).isNull();
            assertThat(user.passwordChangeRequired()).as("a chosen password is not forced to change").isFalse();
        });
        assertThat(encoder.matches(TestAccounts.ADMIN_PASSWORD, created.get("admin").passwordHash())).isTrue();
        assertThat(encoder.matches(TestAccounts.STAFF_PASSWORD, created.get("staff").passwordHash())).isTrue();
        assertThat(encoder.matches(TestAccounts.AUDITOR_PASSWORD, created.get("auditor").passwordHash())).isTrue();
        assertThat(output).contains("First start", "(password from ELIGIBILITY_ADMIN_PASSWORD)")
                .doesNotContain(TestAccounts.ADMIN_PASSWORD, TestAccounts.STAFF_PASSWORD, TestAccounts.AUDITOR_PASSWORD);
    }

    @Test
    void generatedPasswordsAreLoggedOnceAndWork(CapturedOutput output) {
        users.deleteAll();
        InitialAccounts partlyGiven = new InitialAccounts(users, management,
                new InitialPasswords("kettle-orchid-93-summit", null, " "), transaction);

        partlyGiven.createIfNone();
        partlyGiven.createIfNone();

        Map<String, AppUser> created = byName(users.findAll());
        for (String username : List.of("staff", "auditor")) {
            Matcher line = Pattern.compile("^ +" + username + " +[A-Z]+ +(\\S+)$", Pattern.MULTILINE).matcher(output.getOut());
            assertThat(line.find()).as("banner line of %s", username).isTrue();
            String password = line.group(1);
            assertThat(password).hasSize(16);
            assertThat(encoder.matches(password, created.get(username).passwordHash())).isTrue();
            assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times logged, plus one").hasSize(2);
            assertThat(created.get(username).passwordChangeRequired()).as("a generated password must be changed").isTrue();
        }
        assertThat(created.get("admin").passwordChangeRequired()).isFalse();
        assertThat(output).doesNotContain("kettle-orchid-93-summit");
        assertThat(encoder.matches("kettle-orchid-93-summit", created.get("admin").passwordHash())).isTrue();
    }

    @Test
    void aTooShortGivenPasswordStopsTheStartAndCreatesNothing() {
        users.deleteAll();
        InitialAccounts weak = new InitialAccounts(users, management, new InitialPasswords(null, "tiny-pw", null), transaction);

        assertThatThrownBy(weak::createIfNone)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ELIGIBILITY_STAFF_PASSWORD")
                .hasMessageNotContaining("tiny-pw");
        assertThat(users.count()).isZero();
    }

    @Test
    void aGuessableGivenPasswordStopsTheStartNamingTheRule() {
        users.deleteAll();
        InitialAccounts guessable = new InitialAccounts(users, management,
                new InitialPasswords("admin-demo-pass", null, null), transaction);

        assertThatThrownBy(guessable::createIfNone)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ELIGIBILITY_ADMIN_PASSWORD must not contain the username")
                .hasMessageNotContaining("admin-demo-pass");
        assertThat(users.count()).isZero();
    }

    private static Map<String, AppUser> byName(List<AppUser> all) {
        return all.stream().collect(Collectors.toMap(AppUser::username, user -> user));
    }
}
