package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.security.Role;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.security.UserManagement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's path through the rule editor, and who may not take it. The database outlives
 * the test run, so the version activated here decides exactly as the active one (a comment added).
 */
@BrowserTest
class AdministratorBrowserTest {
    private static final String SECOND_ADMIN_PASSWORD = "tundra-quill-88-mosaic";

    @LocalServerPort
    int port;
    @Autowired
    FactImport facts;
    @Autowired
    RuleSetAdministration ruleSets;
    @Autowired
    UserManagement users;

    String secondAdmin;
    RuleSetVersion active;

    @BeforeEach
    void demoFactsAndASecondAdministrator() throws IOException {
        try (InputStream bundle = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            facts.importBundle(bundle, "staff");
        }
        secondAdmin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(secondAdmin, SECOND_ADMIN_PASSWORD, Role.ADMIN, "admin");
        active = ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst()
                .map(v -> ruleSets.get(v.version())).orElseThrow();
    }

    /** Sets an editor's text as typing would: through CodeMirror, which copies it back on submit. */
    private static void edit(Browser browser, String path, String text) {
        browser.script("""
                const area = document.querySelector('textarea[data-path="' + arguments[0] + '"]');
                area.nextElementSibling.CodeMirror.setValue(arguments[1]);""", path, text);
    }

    @Test
    void anInvalidEditIsShownAtItsLineFixedSimulatedAndActivatedByASecondAdministrator() {
        String decision = active.files().get("decision.drl");
        int brokenLine = (int) decision.lines().count() + 4;
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("admin", TestAccounts.ADMIN_PASSWORD);
            browser.open(By.linkText("Bộ quy tắc"));
            browser.open(By.linkText("Phiên bản " + active.version()));
            browser.open(By.linkText("Soạn phiên bản mới từ phiên bản này"));
            assertThat(browser.h1()).isEqualTo("Soạn phiên bản mới từ phiên bản " + active.version());
            assertThat(browser.all(By.cssSelector(".CodeMirror-linenumber"))).isNotEmpty();

            browser.find(By.cssSelector("#file-0-details summary")).click();
            edit(browser, "decision.drl", decision + "\nrule \"Thử\"\nwhen\n    KhongCo()\nthen\nend\n");
            browser.type("note", "thử một quy tắc");
            browser.open(By.cssSelector("form.editor button[type=submit]"));

            assertThat(browser.path()).matches("/rulesets/\\d+/edit");
            assertThat(browser.text()).contains("nhưng còn", "decision.drl, dòng " + brokenLine);
            // the problem's link brings its line into the editor's view, marked in the gutter
            browser.find(By.cssSelector("#problems a[data-line]")).click();
            assertThat(browser.find(By.cssSelector("#file-0-details .problem-line")).getText()).contains("KhongCo()");
            assertThat(browser.all(By.cssSelector("#file-0-details .problem-marker"))).hasSize(1);
            browser.assertFitsTheWindow();
            browser.screenshot("ruleset-editor-error");

            edit(browser, "decision.drl", decision + "// reviewed in the browser\n");
            browser.open(By.cssSelector("form.editor button[type=submit]"));
            assertThat(browser.path()).matches("/rulesets/\\d+");
            int fixed = Integer.parseInt(browser.path().substring("/rulesets/".length()));
            assertThat(browser.text()).contains("Đã lưu thành bản nháp phiên bản " + fixed, "Bản nháp");

            browser.open(By.cssSelector("form[action$='/test'] button"));
            assertThat(browser.find(By.id("tests")).getText()).contains("đều đạt");

            browser.type("sim-year", "2024");
            browser.type("sim-date", "15/01/2025");
            browser.open(By.cssSelector("form[action$='/simulate'] button"));
            assertThat(browser.find(By.id("diff")).getText()).contains("Không đối tượng nào được hay mất kết quả");

            // four eyes: the author's button is disabled, and the page says why
            assertThat(browser.find(By.cssSelector("form[action$='/activate'] button")).isEnabled()).isFalse();
            assertThat(browser.find(By.id("activate-reason")).getText()).contains("không thể tự kích hoạt");

            browser.open(By.cssSelector("form[action$='/logout'] button"));
            browser.logIn(secondAdmin, SECOND_ADMIN_PASSWORD);
            browser.go("/rulesets/" + fixed);
            ConfirmDialog.accept(browser, By.cssSelector("form[action$='/activate'] button"));
            assertThat(browser.text()).contains("Đã kích hoạt phiên bản " + fixed, "Đang áp dụng");
        }
    }

    /** Lowering the U1 threshold to 50% from 2024: who gains. Simulated only, never activated. */
    @Test
    void theSimulationShowsWhoGainsAndWhy() {
        String parameters = active.files().get("parameters.yaml");
        String u1 = "unit.fullScoreShare.min:";
        String value = "      value: 0.80\n";
        int at = parameters.indexOf(value, parameters.indexOf(u1)) + value.length();
        RuleSetVersion lowered = ruleSets.create(new RuleSetAdministration.Draft(active.version(), Map.of("parameters.yaml",
                parameters.substring(0, at) + "    - from: 2024-01-01\n      value: 0.50\n" + parameters.substring(at)),
                "U1 50% từ 2024"), "admin");
        assertThat(lowered.valid()).as("%s", lowered.problems()).isTrue();
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("admin", TestAccounts.ADMIN_PASSWORD);
            browser.go("/rulesets/" + lowered.version());
            browser.assertEveryFieldIsLabelled();
            browser.type("sim-year", "2024");
            browser.type("sim-date", "15/01/2025");
            browser.open(By.cssSelector("form[action$='/simulate'] button"));
            String diff = browser.find(By.id("diff")).getText();
            assertThat(diff).contains("Được và mất theo kết quả", "Đủ điều kiện", "Quy tắc dẫn tới thay đổi");
            browser.find(By.id("diff")).click();
            browser.script("document.getElementById('diff').scrollIntoView()");
            browser.assertFitsTheWindow();
            browser.screenshot("ruleset-simulation");
            browser.resize(Browser.PHONE);
            browser.assertFitsTheWindow();
        }
    }

    @Test
    void staffCannotOpenTheRuleEditorAndAnAuditorVerifiesTheChain() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("staff", TestAccounts.STAFF_PASSWORD);
            assertThat(browser.all(By.linkText("Người dùng"))).isEmpty();
            browser.go("/rulesets/" + active.version() + "/edit");
            assertThat(browser.h1()).isEqualTo("Không có quyền");
            browser.open(By.cssSelector("form[action$='/logout'] button"));

            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            browser.open(By.linkText("Nhật ký kiểm tra"));
            browser.open(By.linkText("Kiểm tra chuỗi băm"));
            assertThat(browser.find(By.id("verification")).getText()).contains("Chuỗi nhật ký nguyên vẹn");
            browser.assertFitsTheWindow();
            browser.screenshot("audit");
        }
    }
}
