package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.security.TestAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BrowserTest
class AuditorBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;

    RunId run;

    /** The demo Department's 2024 run, started the way staff start it, through the run service. */
    @BeforeEach
    void annualRun2024() throws IOException {
        try (InputStream bundle = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            facts.importBundle(bundle, "staff");
        }
        run = runs.start(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)), "staff").id();
        await("run " + run + " to finish").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> runs.find(run).map(RunSummary::status).orElseThrow(), status -> status != RunStatus.RUNNING);
        assertThat(runs.find(run).map(RunSummary::status)).contains(RunStatus.COMPLETED);
    }

    @Test
    void anAuditorFindsWhyUnitQlcnWasNotEligibleAndSeesNoForms() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            assertThat(browser.all(By.linkText("Nhập dữ liệu"))).isEmpty();
            assertThat(browser.all(By.linkText("Chạy đợt xét mới"))).isEmpty();

            browser.open(By.linkText("Đợt xét số " + run));
            assertThat(browser.path()).isEqualTo("/runs/" + run);
            // replaying stores nothing, so an auditor may: the only form he is offered
            assertThat(browser.all(By.cssSelector("form[method=post]:not([action$='/logout'])")))
                    .singleElement().satisfies(form -> assertThat(form.getDomAttribute("action")).endsWith("/runs/" + run + "/replay"));
            browser.assertEveryFieldIsLabelled();

            browser.type("f-q", "qlcn");
            browser.open(By.cssSelector("form.filters button[type=submit]"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).startsWith("Hiển thị 1 trong");
            browser.open(browser.find(By.cssSelector("table.decisions")).findElement(By.linkText("QLCN")));

            assertThat(browser.path()).isEqualTo("/runs/" + run + "/decisions/UNIT/QLCN");
            assertThat(browser.h1()).contains("QLCN");
            assertThat(browser.find(By.cssSelector(".lead")).getText()).contains("Chưa đủ điều kiện", "15/01/2025");
            String u1 = browser.find(By.xpath("//table[contains(@class,'explain')]//tr[th//text()[.='U1']]")).getText();
            assertThat(u1).contains("Không đạt", "7/10", "70% < 80%", "mục II.3.a");
            // the facts U1 saw: the ten items of 2024, with their scores
            browser.find(By.xpath("//ol[@class='trace']/li[.//span[.='U1.FULL_SCORE_SHARE']]//details[1]/summary")).click();
            assertThat(browser.find(By.xpath("//ol[@class='trace']/li[.//span[.='U1.FULL_SCORE_SHARE']]//details[1]")).getText())
                    .contains("Tiêu chí chấm điểm", "Điểm chuẩn", "4.4.1", "1,25");
            assertThat(browser.all(By.cssSelector("form[method=post]:not([action$='/logout'])"))).isEmpty();
            browser.assertFitsTheWindow();
            browser.script("window.scrollTo(0, 0);");
            browser.screenshot("decision");

            browser.resize(Browser.PHONE);
            browser.script("window.scrollTo(0, 0);");
            browser.assertFitsTheWindow();
            browser.screenshot("decision-phone");
            browser.go("/runs/" + run);
            browser.assertFitsTheWindow();
            browser.screenshot("run-phone");
            browser.resize(Browser.LAPTOP);

            browser.go("/runs");
            assertThat(browser.all(By.id("referenceDate"))).isEmpty();
            assertThat(browser.all(By.id("year"))).isEmpty();
        }
    }

    /** The form is not shown to an auditor; a POST made by hand, with a valid CSRF token, is still refused. */
    @Test
    void anAuditorsPostToStartARunIsRefused() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            browser.go("/runs");
            browser.script("""
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/runs';
                    for (const [name, value] of [['year', '2024'], ['referenceDate', '15/01/2025'],
                         ['_csrf', document.querySelector('input[name=_csrf]').value]]) {
                      const input = document.createElement('input');
                      input.type = 'hidden';
                      input.name = name;
                      input.value = value;
                      form.appendChild(input);
                    }
                    document.body.appendChild(form);
                    form.submit();""");
            browser.waitForText("Không có quyền", Duration.ofSeconds(10));
            assertThat(browser.h1()).isEqualTo("Không có quyền");
            assertThat(runs.latest().get(0).id()).isEqualTo(run);
            browser.screenshot("forbidden");
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboard() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            browser.find(By.tagName("body")).sendKeys(Keys.TAB);
            var first = browser.driver().switchTo().activeElement();
            assertThat(first.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
            first.sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        }
    }
}
