package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.eligibility.security.TestAccounts;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class StaffBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void staffImportsTheDemoBundleRuns2024AndLandsOnTheRunPage() {
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("staff", TestAccounts.STAFF_PASSWORD);

            // Excel first; the JSON bundle is the second way
            browser.open(By.linkText("Nhập dữ liệu"));
            assertThat(browser.h1()).isEqualTo("Nhập dữ liệu từ Excel");
            browser.open(By.partialLinkText("tệp dữ liệu JSON"));
            assertThat(browser.h1()).isEqualTo("Nhập dữ liệu từ tệp JSON");
            browser.assertEveryFieldIsLabelled();
            browser.find(By.id("bundle")).sendKeys(Path.of("db/demo/fact-bundle.json").toAbsolutePath().toString());
            browser.open(By.cssSelector("form[action$='/facts/import'] button:not([formaction])"));
            assertThat(browser.text()).contains("Đã nhập tệp fact-bundle.json");
            assertThat(browser.find(By.cssSelector(".message.success table")).getText())
                    .contains("Đơn vị", "Hồ sơ TTHC");
            browser.screenshot("import-report");

            browser.open(By.linkText("Đợt xét"));
            browser.assertEveryFieldIsLabelled();
            browser.type("year", "2024");
            browser.type("referenceDate", "15/01/2025");
            browser.open(By.cssSelector("form[action$='/runs'] button[type=submit]"));

            assertThat(browser.path()).matches("/runs/\\d+");
            browser.waitForText("Hoàn thành", Duration.ofSeconds(90));
            assertThat(browser.h1()).contains("2024");
            assertThat(browser.find(By.cssSelector("dl.facts-list")).getText()).contains("15/01/2025");
            assertThat(browser.find(By.cssSelector("ul.tiles")).getText())
                    .contains("Đủ điều kiện", "Chưa đủ điều kiện", "Không khen thưởng (thuộc trường hợp loại trừ)");
            assertThat(browser.text()).contains("Kết quả theo đơn vị", "Mức độ đáp ứng từng điều kiện");
            browser.assertFitsTheWindow();
            browser.screenshot("run");

            // the filters: the units that were not eligible
            new Select(browser.find(By.id("f-type"))).selectByValue("UNIT");
            new Select(browser.find(By.id("f-outcome"))).selectByValue("NOT_ELIGIBLE");
            browser.open(By.cssSelector("form.filters button[type=submit]"));
            String table = browser.find(By.cssSelector("table.decisions")).getText();
            assertThat(table).contains("QLCN", "QLTM", "QLNL").doesNotContain("KHTC", "TTRA");

            browser.open(By.linkText("Tổng quan"));
            assertThat(browser.find(By.cssSelector("[aria-labelledby=facts-heading]")).getText()).contains("2024", "2023");
            assertThat(browser.find(By.cssSelector("[aria-labelledby=runs-heading]")).getText()).contains("15/01/2025");
            browser.screenshot("dashboard");
        }
    }
}
