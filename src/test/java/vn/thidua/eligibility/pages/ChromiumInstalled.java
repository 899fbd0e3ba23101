package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Browser tests need Debian's Chromium and its driver. A developer's machine without them skips
 * the tests and says why; CI (environment CI=true) installs them, so there a missing browser fails
 * the tests instead of hiding them.
 */
class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Path.of(Browser.CHROMIUM)) && Files.isExecutable(Path.of(Browser.CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI must run the browser tests: Chromium is missing, they will fail");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + Browser.CHROMIUM + " or "
                + Browser.CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
    }
}
