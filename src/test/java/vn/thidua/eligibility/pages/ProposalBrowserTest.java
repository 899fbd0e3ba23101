package vn.thidua.eligibility.pages;

import vn.thidua.eligibility.DemoDepartment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.security.TestAccounts;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The path from a run to granted awards, as the Office and the administrator walk it, and a phase run. */
@BrowserTest
class ProposalBrowserTest {
    private static final Duration RUN_TIME = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;

    @Test
    void staffCompilesAndSubmitsTheListAnAdminRecordsTheReviewAndTheDecision() {
        DemoDepartment.importFacts(jdbc, facts);
        String proposal;
        try (Browser staff = Browser.launch(port)) {
            staff.logIn("staff", TestAccounts.STAFF_PASSWORD);
            staff.go("/runs");
            staff.type("year", "2024");
            staff.type("referenceDate", "15/01/2025");
            staff.open(By.cssSelector("form[action$='/runs'] button[type=submit]"));
            staff.waitForText("Hoàn thành", RUN_TIME);

            staff.open(By.xpath("//button[normalize-space()='Lập danh sách đề nghị']"));
            assertThat(staff.path()).matches("/proposals/\\d+");
            proposal = staff.path();
            assertThat(staff.h1()).startsWith("Danh sách đề nghị số").contains("Giấy khen CCHC", "2024");
            staff.assertEveryFieldIsLabelled();
            // the override form shows the legal reason the chosen candidate's override would set aside, that one only
            WebElement grounds = staff.find(By.cssSelector(".override-ground[data-subject^='UNIT/']"));
            new Select(staff.find(By.id("override-subject"))).selectByValue(grounds.getAttribute("data-subject"));
            assertThat(staff.all(By.cssSelector(".override-ground")).stream().filter(WebElement::isDisplayed))
                    .containsExactly(grounds);
            assertThat(grounds.getText()).contains("Bổ sung đối tượng này là vượt qua lý do sau:");
            staff.script("document.getElementById('override-heading').scrollIntoView()");
            staff.screenshot("proposal-override");
            staff.type("note-0", "Hồ sơ đầy đủ, đề nghị khen");
            staff.open(By.cssSelector("form.note-form button"));
            assertThat(staff.text()).contains("Đã lưu ghi chú.");
            assertThat(staff.find(By.id("note-0")).getAttribute("value")).isEqualTo("Hồ sơ đầy đủ, đề nghị khen");
            staff.assertFitsTheWindow();
            staff.script("document.getElementById('entries-heading').scrollIntoView()");
            staff.screenshot("proposal");

            // the step cannot be undone: it asks first, and a "no" sends nothing
            By submit = By.xpath("//button[normalize-space()='Trình Hội đồng']");
            assertThat(staff.answer(submit, false)).startsWith("Trình danh sách này lên Hội đồng Thi đua – Khen thưởng?");
            assertThat(staff.path()).isEqualTo(proposal);
            assertThat(staff.text()).doesNotContain("Đã trình Hội đồng");
            assertThat(jdbc.queryForObject("SELECT status FROM proposal WHERE id = ?", String.class,
                    Long.parseLong(proposal.substring(proposal.lastIndexOf('/') + 1)))).isEqualTo("DRAFT");
            staff.answer(submit, true);
            assertThat(staff.text()).contains("Đã trình Hội đồng", "Trình Hội đồng");
            assertThat(staff.all(By.id("minutesNo"))).as("the Council's review is the administrator's").isEmpty();
        }

        try (Browser admin = Browser.launch(port)) {
            admin.logIn("admin", TestAccounts.ADMIN_PASSWORD);
            admin.go(proposal);
            admin.assertEveryFieldIsLabelled();
            admin.type("minutesNo", "05/BB-HĐTĐKT");
            admin.type("minutesDate", "18/01/2025");
            // nothing is agreed in advance: the Council's choice is made for every entry
            assertThat(admin.all(By.cssSelector("fieldset.entry-result input[type=radio]:checked"))).isEmpty();
            admin.all(By.cssSelector("fieldset.entry-result input[value=AGREED]")).forEach(r -> r.click());
            assertThat(admin.answer(By.xpath("//button[normalize-space()='Ghi nhận kết quả họp']"), true))
                    .startsWith("Ghi nhận kết quả họp Hội đồng?");
            assertThat(admin.text()).contains("Đã ghi nhận kết quả họp Hội đồng", "Số 05/BB-HĐTĐKT ngày 18/01/2025");

            admin.type("decisionNo", "12/QĐ-SCT");
            admin.type("decisionDate", "20/01/2025");
            admin.type("signer", "Giám đốc Sở Công Thương");
            assertThat(admin.answer(By.xpath("//button[normalize-space()='Ghi nhận quyết định']"), true))
                    .startsWith("Ghi nhận quyết định khen thưởng?");
            assertThat(admin.text()).contains("Đã quyết định", "12/QĐ-SCT ngày 20/01/2025", "Đã tặng",
                    "Hồ sơ đầy đủ, đề nghị khen");
            assertThat(admin.all(By.cssSelector("form.note-form"))).isEmpty();
            admin.screenshot("proposal-decided");

            assertDownloads(admin, "Tải danh sách (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertDownloads(admin, "Tải danh sách (.pdf)", "application/pdf");

            // the audit log tells the same path in sentences, the details in tables, no JSON
            admin.go("/audit");
            String log = admin.find(By.cssSelector("#content table > tbody")).getText();
            String number = proposal.substring(proposal.lastIndexOf('/') + 1);
            assertThat(log).contains("ghi nhận quyết định khen thưởng 12/QĐ-SCT theo danh sách đề nghị số " + number,
                            "trình danh sách đề nghị số " + number + " lên Hội đồng Thi đua – Khen thưởng")
                    .doesNotContain("{\"").doesNotContain("PROPOSAL_");
            assertThat(admin.all(By.cssSelector("table.audit-details th[scope=row]"))).isNotEmpty();
            admin.assertFitsTheWindow();
            admin.screenshot("audit-log");
        }
    }

    @Test
    void aPhaseRunStartedFromTheRunsPageShowsTheRanks() {
        DemoDepartment.importFacts(jdbc, facts);
        try (Browser staff = Browser.launch(port)) {
            staff.logIn("staff", TestAccounts.STAFF_PASSWORD);
            staff.go("/runs");
            staff.assertFitsTheWindow();
            staff.type("phase-from", "2021");
            staff.type("phase-to", "2025");
            staff.type("phase-quota", "3");
            staff.type("phase-date", "15/12/2025");
            staff.open(By.cssSelector("form[action$='/runs/phase'] button[type=submit]"));
            staff.waitForText("Hoàn thành", RUN_TIME);

            assertThat(staff.h1()).contains("giai đoạn 2021–2025, chỉ tiêu 3");
            String table = staff.find(By.cssSelector("table.decisions")).getText();
            assertThat(table).contains("Thứ hạng", "Thành tích", "năm Giấy khen");
            List<String> ranks = staff.all(By.cssSelector("table.decisions tbody tr td.num")).stream()
                    .map(e -> e.getText()).filter(t -> !t.isEmpty()).toList();
            assertThat(ranks).isNotEmpty().first().isEqualTo("1");
            assertThat(ranks).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
            staff.assertFitsTheWindow();
            staff.script("document.getElementById('decisions-heading').scrollIntoView()");
            staff.screenshot("phase-run");
            staff.resize(Browser.PHONE);
            staff.assertFitsTheWindow();
            staff.resize(Browser.LAPTOP);

            staff.open(By.cssSelector("table.decisions tbody tr a"));
            assertThat(staff.text()).contains("Xếp hạng trong giai đoạn", "Căn cứ pháp lý");
        }
    }

    /** The button's file, fetched with the page's own session: its type, and that it is not empty. */
    private static void assertDownloads(Browser browser, String button, String type) {
        String href = browser.find(By.linkText(button)).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.script("""
                return fetch(arguments[0]).then(r => r.arrayBuffer().then(b => [r.status, r.headers.get('content-type'), b.byteLength]));""",
                href);
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat(answer.get(1)).isEqualTo(type);
        assertThat(((Number) answer.get(2)).longValue()).isGreaterThan(1000);
    }
}
