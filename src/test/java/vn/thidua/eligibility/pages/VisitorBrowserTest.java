package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.eligibility.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor meets before and at the login: the redirect, the language switch, the logout. */
@BrowserTest
class VisitorBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        try (Browser browser = Browser.launch(port)) {
            browser.go("/runs/1");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.h1()).isEqualTo("Đăng nhập");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            browser.assertEveryFieldIsLabelled();
            browser.screenshot("login");

            browser.find(By.id("username")).sendKeys("auditor");
            browser.find(By.id("password")).sendKeys("not-the-password");
            browser.open(By.cssSelector("form[action$='/login'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("không đúng");
        }
    }

    @Test
    void theEnglishSwitchLastsThroughTheLoginUntilSwitchedBack() {
        try (Browser browser = Browser.launch(port)) {
            browser.go("/login");
            browser.open(By.linkText("English"));
            assertThat(browser.h1()).isEqualTo("Log in");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

            browser.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);
            assertThat(browser.h1()).isEqualTo("Dashboard");
            assertThat(browser.text()).contains("Runs", "auditor", "Log out");
            browser.screenshot("dashboard-en");

            browser.open(By.linkText("Tiếng Việt"));
            assertThat(browser.h1()).isEqualTo("Tổng quan");

            browser.open(By.cssSelector("form[action$='/logout'] button"));
            assertThat(browser.path()).isEqualTo("/login?logout");
            assertThat(browser.text()).contains("Anh/chị đã đăng xuất.");
            browser.go("/");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }
}
