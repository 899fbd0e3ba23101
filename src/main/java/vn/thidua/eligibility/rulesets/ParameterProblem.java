package vn.thidua.eligibility.rulesets;

/** One thing wrong in parameters.yaml; line 0 when unknown. */
public record ParameterProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
