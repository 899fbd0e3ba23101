package vn.thidua.eligibility.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRL to check and compile, and the rule-set file it comes from: a {@code .drl} file as written, or
 * the DRL generated from a decision table. Problems found in generated DRL are reported against
 * the spreadsheet and the row the administrator wrote, not against text they never saw.
 */
record RuleText(String file, String drl, boolean generated) {
    /** Drools' SpreadsheetCompiler writes this comment above each rule it generates from a row. */
    private static final Pattern ROW = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+\\d+)");

    static RuleText written(String file, String drl) {
        return new RuleText(file, drl, false);
    }

    static RuleText generated(String spreadsheet, String drl) {
        return new RuleText(spreadsheet, drl, true);
    }

    /** Where the DRL is written for the KIE build: generated DRL must not go under the spreadsheet's own name. */
    String kiePath() {
        return generated ? file + ".drl" : file;
    }

    /** A problem at a DRL line, for a table as its row and cells (the line is then the spreadsheet row). */
    RuleProblem problem(int line, int column, String message) {
        if (!generated) {
            return new RuleProblem(file, line, column, message);
        }
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW.matcher(lines[i].strip());
            if (m.find()) {
                return new RuleProblem(file, Integer.parseInt(m.group(2)), 0, message + " (row " + m.group(2)
                        + ", cells from " + m.group(1) + m.group(2) + ", table at " + m.group(3)
                        + "; generated DRL line " + line + ")");
            }
        }
        return new RuleProblem(file, 0, 0, message + " (the RuleSet settings above the tables; generated DRL line "
                + line + ")");
    }

    /** The line (for a table, the row) of the rule of this name; 0 when not found. */
    int lineOf(String ruleName) {
        int line = RuleCompiler.lineOf(drl, ruleName);
        return line == 0 ? 0 : problem(line, 0, "").line();
    }
}
