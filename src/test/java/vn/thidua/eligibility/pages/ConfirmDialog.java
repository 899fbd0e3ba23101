package vn.thidua.eligibility.pages;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The question {@code static/js/confirm.js} asks before an irreversible step, answered as a person
 * would: the browser's own confirmation dialog, yes or no.
 */
final class ConfirmDialog {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ConfirmDialog() {
    }

    /** Clicks, reads the question and answers no: the page stays as it was. */
    static String dismiss(Browser browser, By button) {
        Alert alert = click(browser, browser.find(button));
        String question = alert.getText();
        alert.dismiss();
        return question;
    }

    /** Clicks, reads the question, answers yes and waits for the next page. */
    static String accept(Browser browser, By button) {
        WebElement leaving = browser.find(By.tagName("html"));
        Alert alert = click(browser, browser.find(button));
        String question = alert.getText();
        alert.accept();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(leaving));
        new WebDriverWait(browser.driver(), WAIT).until(d -> "complete".equals(browser.script("return document.readyState")));
        return question;
    }

    private static Alert click(Browser browser, WebElement button) {
        button.click();
        return new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.alertIsPresent());
    }
}
