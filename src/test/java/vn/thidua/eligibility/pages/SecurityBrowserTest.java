package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.security.Role;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.security.UserManagement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a locked login says why and for how long, a user with a password to replace
 * is kept on the change page until they do, and no page trips over its Content-Security-Policy.
 */
@BrowserTest
class SecurityBrowserTest {

    private static final String PASSWORD = "glacier-poppy-46-saddle";

    @LocalServerPort
    int port;
    @Autowired
    UserManagement users;
    @Autowired
    RuleSetAdministration ruleSets;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> accounts = new ArrayList<>();

    @AfterEach
    void removeTheAccounts() {
        for (String account : accounts) {
            jdbc.update("DELETE FROM app_user WHERE username = ?", account);
            jdbc.update("DELETE FROM login_throttle WHERE username = ?", account);
        }
    }

    @Test
    void aLockedLoginSaysHowLongToWaitInEitherLanguage() {
        String name = account(Role.STAFF);
        try (Browser browser = Browser.launch(port)) {
            for (int i = 0; i < 5; i++) {
                submitLogin(browser, name, "wrong-guess-" + i);
                assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("không đúng");
            }

            submitLogin(browser, name, PASSWORD);
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                    .contains("Đăng nhập sai quá nhiều lần", "15 phút");
            browser.screenshot("login-locked");

            browser.go("/login?lang=en");
            submitLogin(browser, name, PASSWORD);
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                    .contains("Too many failed logins", "15 minutes");
        }
    }

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnyPage() {
        String name = "t-first-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name);
        users.resetPassword(users.create(name, PASSWORD, Role.STAFF, "admin").username(), "Hq4mZt8sWk2nPb7x", "admin");
        try (Browser browser = Browser.launch(port)) {
            submitLogin(browser, name, "Hq4mZt8sWk2nPb7x");
            assertThat(browser.path()).isEqualTo("/password");
            browser.go("/runs");
            assertThat(browser.path()).isEqualTo("/password");
            browser.assertEveryFieldIsLabelled();

            browser.type("currentPassword", "Hq4mZt8sWk2nPb7x");
            browser.type("newPassword", "password1234");
            browser.type("confirmPassword", "password1234");
            browser.open(By.cssSelector("form[action$='/password'] button[type=submit]"));
            assertThat(browser.find(By.id("newPassword-error")).getText()).contains("quá dễ đoán");

            browser.type("currentPassword", "Hq4mZt8sWk2nPb7x");
            browser.type("newPassword", "orchid-lantern-58-basalt");
            browser.type("confirmPassword", "orchid-lantern-58-basalt");
            browser.open(By.cssSelector("form[action$='/password'] button[type=submit]"));
            assertThat(browser.text()).contains("Đã đổi mật khẩu.");
            browser.go("/runs");
            assertThat(browser.path()).isEqualTo("/runs");
        }
    }

    @Test
    void noPageBreaksItsContentSecurityPolicy() {
        int active = ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("admin", TestAccounts.ADMIN_PASSWORD);
            List<String> refused = new ArrayList<>();
            for (String page : List.of("/", "/runs", "/proposals", "/facts", "/facts/import", "/rulesets",
                    "/rulesets/" + active + "/edit", "/users", "/audit", "/password", "/swagger-ui/index.html")) {
                browser.go(page);
                browser.consoleMessages().stream().filter(message -> message.contains("Content Security Policy"))
                        .map(message -> page + ": " + message).forEach(refused::add);
                if (page.endsWith("/edit")) {
                    assertThat(browser.all(By.cssSelector(".CodeMirror-linenumber"))).as("the editor started").isNotEmpty();
                }
            }
            assertThat(refused).isEmpty();
        }
    }

    /** As a stored text that escaped its escaping would try: the script is refused and reported, the meters' widths still apply. */
    @Test
    void anInjectedInlineScriptIsRefusedWhileStyleAttributesApply() {
        try (Browser browser = Browser.launch(port)) {
            browser.go("/login");
            browser.consoleMessages();
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("""
                    document.body.insertAdjacentHTML('beforeend', '<span id="probe" style="display: none">x</span>');
                    const s = document.createElement('script');
                    s.textContent = 'window.injected = true';
                    document.body.appendChild(s);""");

            assertThat(page.executeScript("return window.injected === true")).isEqualTo(false);
            assertThat(page.executeScript("return getComputedStyle(document.getElementById('probe')).display")).isEqualTo("none");
            assertThat(browser.consoleMessages()).anySatisfy(message ->
                    assertThat(message).contains("Content Security Policy", "script-src"));
        }
    }

    private static void submitLogin(Browser browser, String username, String password) {
        if (!browser.path().startsWith("/login")) {
            browser.go("/login");
        }
        browser.type("username", username);
        browser.type("password", password);
        browser.open(By.cssSelector("form[action$='/login'] button[type=submit]"));
    }

    private String account(Role role) {
        String name = "t-browser-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, role, "admin");
        accounts.add(name);
        return name;
    }
}
