package vn.thidua.eligibility.proposals;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents' layout tests read them as an office would see them: LibreOffice converts the .docx
 * to PDF, poppler extracts its text and draws its pages. A developer's machine without them skips the
 * tests and says why; CI (environment CI=true) installs them, so there a missing program fails the
 * tests instead of hiding them.
 */
class OfficeToolsInstalled implements ExecutionCondition {
    static final List<String> PROGRAMS = List.of("/usr/bin/soffice", "/usr/bin/pdftotext", "/usr/bin/pdftoppm");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = PROGRAMS.stream().filter(p -> !Files.isExecutable(Path.of(p))).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("LibreOffice and poppler are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI must run the document layout tests: " + missing + " missing, they will fail");
        }
        return ConditionEvaluationResult.disabled("Document layout tests skipped: " + missing
                + " missing (apt-get install libreoffice-writer-nogui poppler-utils)");
    }
}
