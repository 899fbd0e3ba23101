package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.workbook.TemplateWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class StaffWorkbookBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    TemplateWorkbook template;
    @TempDir
    Path folder;

    /** The template filled with the demo data, made here: a browser's download would land out of the test's reach. */
    @Test
    void staffUploadsTheFilledTemplateConfirmsThePreviewAndRuns2024() throws IOException {
        Path workbook = folder.resolve("so-mau.xlsx");
        try (InputStream demo = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            Files.write(workbook, template.filledWith(demo));
        }
        try (Browser browser = Browser.launch(port)) {
            browser.logIn("staff", TestAccounts.STAFF_PASSWORD);

            browser.open(By.linkText("Nhập dữ liệu"));
            assertThat(browser.h1()).isEqualTo("Nhập dữ liệu từ Excel");
            browser.assertEveryFieldIsLabelled();
            browser.find(By.id("workbook")).sendKeys(workbook.toAbsolutePath().toString());
            browser.open(By.cssSelector("form[action$='/facts/workbook'] button[type=submit]"));

            assertThat(browser.text()).contains("Xem trước tệp so-mau.xlsx", "Chưa có gì được lưu");
            assertThat(browser.find(By.cssSelector("table.preview")).getText())
                    .contains("units – Đơn vị", "dossiers – Hồ sơ TTHC");
            browser.assertFitsTheWindow();
            browser.screenshot("workbook-preview");

            browser.open(By.cssSelector("form[action$='/facts/workbook/confirm'] button[type=submit]"));
            assertThat(browser.text()).contains("Đã nhập tệp so-mau.xlsx");

            browser.open(By.linkText("Tra cứu dữ liệu"));
            browser.assertEveryFieldIsLabelled();
            assertThat(browser.text()).contains("Tiêu chí chấm điểm");
            browser.screenshot("facts");

            browser.open(By.linkText("Đợt xét"));
            browser.type("year", "2024");
            browser.type("referenceDate", "15/01/2025");
            browser.open(By.cssSelector("form[action$='/runs'] button[type=submit]"));

            assertThat(browser.path()).matches("/runs/\\d+");
            browser.waitForText("Hoàn thành", Duration.ofSeconds(90));
            assertThat(browser.h1()).contains("2024");
            assertThat(browser.find(By.cssSelector("ul.tiles")).getText())
                    .contains("Đủ điều kiện", "Chưa đủ điều kiện", "Không khen thưởng (thuộc trường hợp loại trừ)");
            browser.screenshot("workbook-run");
        }
    }
}
