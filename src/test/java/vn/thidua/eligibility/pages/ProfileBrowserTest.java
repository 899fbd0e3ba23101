package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.security.TestAccounts;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BrowserTest
class ProfileBrowserTest {
    @LocalServerPort
    int port;

    RunId run;

    /** The demo Department's 2024 run; on a busy machine it may outlast the run service's wait. */
    @BeforeEach
    void demoRun(@Autowired JdbcTemplate jdbc, @Autowired FactImport facts, @Autowired RunService runs) {
        DemoDepartment.importFacts(jdbc, facts);
        run = runs.start(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)), "staff").id();
        await("run " + run + " to finish").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> runs.find(run).map(RunSummary::status).orElseThrow(), status -> status != RunStatus.RUNNING);
        assertThat(runs.find(run).map(RunSummary::status)).contains(RunStatus.COMPLETED);
    }

    @Test
    void anAuditorFindsAPersonByHerNameWithoutDiacriticsAndOpensWhySheWasExcluded() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            browser.open(By.linkText("Lý lịch thi đua"));
            assertThat(browser.path()).isEqualTo("/profiles");
            browser.assertEveryFieldIsLabelled();

            browser.type("q", "truong ngoc lan");
            browser.open(By.cssSelector("form[role=search] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Tìm “truong ngoc lan”: 0 đơn vị và 1 cá nhân.");
            browser.open(browser.find(By.id("found-persons")).findElement(By.linkText("Trương Ngọc Lan")));

            assertThat(browser.path()).isEqualTo("/profiles/persons/NV018");
            assertThat(browser.h1()).isEqualTo("Trương Ngọc Lan NV018");
            assertThat(browser.find(By.id("disciplines")).getText()).contains("Kỷ luật", "01/09/2024", "31/08/2025");
            assertThat(browser.find(By.id("awards")).getText()).contains("2022", "2021", "Giấy khen CCHC của Giám đốc Sở");
            String decision = browser.find(By.xpath("//table[@id='decisions']//tr[td/a[.='Đợt xét số " + run + "']]")).getText();
            assertThat(decision).contains("2024", "Hằng năm", "15/01/2025", "Không khen thưởng (thuộc trường hợp loại trừ)", "Đang thi hành kỷ luật");
            browser.assertFitsTheWindow();
            browser.screenshot("profile-person");

            browser.open(By.xpath("//table[@id='decisions']//tr[td/a[.='Đợt xét số " + run + "']]//a[.='Xem giải thích']"));
            assertThat(browser.path()).isEqualTo("/runs/" + run + "/decisions/PERSON/NV018");
            browser.open(By.id("profile-link"));
            assertThat(browser.path()).isEqualTo("/profiles/persons/NV018");

            browser.resize(Browser.PHONE);
            browser.assertFitsTheWindow();
            browser.resize(Browser.LAPTOP);
        }
    }
}
