package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.security.Role;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.security.UserManagement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of issue 10 in a real browser: the first day on an empty database, a draft's page for its
 * author and for the approving administrator (changes, disabled button with its reason, the questions
 * asked before activating and discarding), and the replay button of a run.
 */
@BrowserTest
class AdministrationStepsBrowserTest {
    private static final String SECOND_ADMIN_PASSWORD = "tundra-quill-88-mosaic";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RuleSetAdministration ruleSets;
    @Autowired
    UserManagement users;
    @Autowired
    RunService runs;

    /** Tests that follow in the shared database may count on some facts: the demo's are left behind. */
    @AfterEach
    void demoFactsBack() {
        DemoDepartment.importFacts(jdbc, facts);
    }

    @Test
    void onAnEmptyDatabaseTheDashboardLeadsStaffToTheExcelImportAndTellsAnAuditorWhatToRead() {
        FirstDayDashboardPageTest.emptyFacts(jdbc);
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("staff", TestAccounts.STAFF_PASSWORD);
            List<String> steps = browser.all(By.cssSelector("#first-day ol > li")).stream().map(WebElement::getText).toList();
            assertThat(steps).hasSize(5);
            assertThat(steps.get(0)).startsWith("Tải mẫu nhập dữ liệu Excel");
            assertThat(steps.get(1)).startsWith("Điền dữ liệu của Sở vào mẫu");
            assertThat(steps.get(2)).startsWith("Nhập tệp đã điền");
            assertThat(steps.get(3)).startsWith("Kiểm tra dữ liệu còn thiếu");
            assertThat(steps.get(4)).startsWith("Chạy đợt xét");
            browser.assertFitsTheWindow();
            browser.screenshot("first-day-staff");

            browser.open(By.linkText("Nhập tệp đã điền"));
            assertThat(browser.h1()).isEqualTo("Nhập dữ liệu từ Excel");
            browser.open(By.cssSelector("form[action$='/logout'] button"));

            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            assertThat(browser.find(By.id("first-day")).getText())
                    .contains("Với vai trò kiểm tra, anh/chị có thể xem", "Nhật ký kiểm tra")
                    .doesNotContain("Tải mẫu nhập dữ liệu Excel");
            browser.screenshot("first-day-auditor");
        }
    }

    @Test
    void theAuthorCannotActivateHisDraftAndSaysWhyTheApproverSeesTheChangesAndADiscardIsConfirmedFirst() {
        int active = ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
        RuleSetVersion draft = ruleSets.create(new RuleSetAdministration.Draft(active, Map.of("decision.drl",
                ruleSets.get(active).files().get("decision.drl") + "// checked in the browser\n"), "thử hủy bỏ"), "admin");
        String approver = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(approver, SECOND_ADMIN_PASSWORD, Role.ADMIN, "admin");
        By activate = By.cssSelector("form[action$='/activate'] button");
        By discard = By.cssSelector("form[action$='/discard'] button");
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("admin", TestAccounts.ADMIN_PASSWORD);
            browser.go("/rulesets/" + draft.version());
            assertThat(browser.find(activate).isEnabled()).isFalse();
            assertThat(browser.find(By.id("activate-reason")).getText())
                    .isEqualTo("Anh/chị là người soạn phiên bản " + draft.version() + ", nên không thể tự kích hoạt: theo"
                            + " nguyên tắc bốn mắt, một quản trị viên khác phải xem xét và kích hoạt.");
            assertThat(browser.text()).contains("từ ngày đó trở về sau");
            browser.open(By.cssSelector("form[action$='/logout'] button"));

            browser.logIn(approver, SECOND_ADMIN_PASSWORD);
            browser.go("/rulesets/" + draft.version());
            assertThat(browser.find(By.id("changes")).getText())
                    .contains("Thay đổi so với phiên bản đang áp dụng (phiên bản " + active + ")", "decision.drl",
                            "+// checked in the browser");
            assertThat(browser.find(By.cssSelector("#changes .added")).getText()).isEqualTo("+// checked in the browser");
            assertThat(browser.all(By.id("activate-reason"))).isEmpty();
            browser.script("document.getElementById('changes').scrollIntoView()");
            browser.assertFitsTheWindow();
            browser.screenshot("ruleset-activation-changes");
            // asked before activating; answered no, nothing happens
            assertThat(ConfirmDialog.dismiss(browser, activate)).startsWith("Kích hoạt phiên bản " + draft.version() + "?");
            assertThat(ruleSets.get(draft.version()).status()).isEqualTo(RuleSetStatus.DRAFT);

            assertThat(ConfirmDialog.dismiss(browser, discard)).startsWith("Hủy bỏ bản nháp phiên bản " + draft.version() + "?");
            assertThat(ruleSets.get(draft.version()).status()).isEqualTo(RuleSetStatus.DRAFT);
            assertThat(ConfirmDialog.accept(browser, discard)).startsWith("Hủy bỏ bản nháp phiên bản " + draft.version() + "?");
            assertThat(browser.text()).contains("Đã hủy bỏ bản nháp phiên bản " + draft.version() + ".", "Đã hủy bỏ");
            assertThat(browser.all(activate)).isEmpty();
            assertThat(ruleSets.get(draft.version()).status()).isEqualTo(RuleSetStatus.DISCARDED);
        }
    }

    @Test
    void anAuditorReplaysARunWithTheButtonOnItsPage() {
        DemoDepartment.importFacts(jdbc, facts);
        RunSummary run = DemoDepartment.annual2024(runs);
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            browser.go("/runs/" + run.id());
            browser.open(By.cssSelector("form[action$='/replay'] button"));
            assertThat(browser.find(By.id("replay")).getText())
                    .contains("Chạy lại cho kết quả giống hệt: cả " + run.subjectCount() + " quyết định đều như đã lưu.",
                            "vẫn đúng mã băm", "khớp với dấu vân tay");
            browser.assertFitsTheWindow();
            browser.screenshot("run-replay");
        }
    }
}
