package vn.thidua.eligibility.engine;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A spreadsheet decision table turned into DRL by Drools' own SpreadsheetCompiler. The compiler
 * then checks and builds that DRL, never the spreadsheet: what runs is exactly what was checked,
 * and the action and condition cells (compiled Java, like any consequence) meet the same token
 * check and the same bytecode check as a hand-written file.
 */
final class DecisionTable {
    private DecisionTable() {
    }

    static boolean isTable(String path) {
        return path.endsWith(RuleSource.DECISION_TABLE);
    }

    /** A spreadsheet under a name Drools would ignore without a word. */
    static boolean isMisnamed(String path) {
        return RuleSource.isBinary(path) && !isTable(path);
    }

    static RuleProblem misnamed(String path) {
        return new RuleProblem(path, 0, 0, "a spreadsheet decision table must be named *" + RuleSource.DECISION_TABLE
                + " or Drools ignores it: rename to " + path.substring(0, path.length() - ".xlsx".length())
                + RuleSource.DECISION_TABLE);
    }

    /**
     * The generated DRL, or the reason the spreadsheet yields none. A workbook without a RuleTable
     * is refused by Drools itself (so a table yields at least one rule); a table without rows of
     * values yields one empty rule, which then fails for want of an {@code @id}.
     */
    static RuleText toDrl(String file, String content) {
        byte[] workbook;
        try {
            workbook = RuleSource.bytes(file, content);
        } catch (IllegalArgumentException e) {
            throw refused(file, "a spreadsheet is carried as base64 text, and this is not base64: " + e.getMessage());
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook), InputType.XLS);
        } catch (RuntimeException e) {
            // POI and the table parser throw many unchecked kinds; each means the same: no table to read.
            throw refused(file, "the spreadsheet cannot be read as a decision table: " + e.getMessage());
        }
        return RuleText.generated(file, drl);
    }

    private static RuleCompilationException refused(String file, String message) {
        return new RuleCompilationException(List.of(new RuleProblem(file, 0, 0, message)));
    }
}
