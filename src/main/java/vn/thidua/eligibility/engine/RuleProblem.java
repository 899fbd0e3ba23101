package vn.thidua.eligibility.engine;

/** One thing wrong in a rule file; line and column are 1-based, 0 when unknown. */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
