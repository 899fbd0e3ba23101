package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.ApiError;

/**
 * What activation does with rules no scenario fires: by default it activates and warns; with
 * {@code eligibility.rulesets.require-full-coverage=true} it refuses, naming each such rule.
 */
record CoveragePolicy(boolean requireFullCoverage) {

    /** @throws RuleSetRefusedException 422 {@code RULES_NOT_EXERCISED} when full coverage is required and missing */
    void check(int version, RuleCoverage coverage) {
        if (requireFullCoverage && !coverage.complete()) {
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, RuleSetRefusedException.Reason.RULES_NOT_EXERCISED,
                    "version " + version + " cannot be activated: " + warning(coverage)
                            + " (eligibility.rulesets.require-full-coverage=true)",
                    coverage.unexercised().stream().map(id -> new ApiError.Detail(id, "no scenario fires this rule")).toList());
        }
    }

    /** The coverage in brief, with the warning when a rule is not exercised. */
    RuleSetAdministration.RuleCoverageSummary describe(RuleCoverage coverage) {
        return new RuleSetAdministration.RuleCoverageSummary(coverage.rules(), coverage.exercised(), coverage.unexercised(),
                coverage.complete() ? null : warning(coverage));
    }

    private static String warning(RuleCoverage coverage) {
        int n = coverage.unexercised().size();
        return n + (n == 1 ? " rule" : " rules") + " not exercised by any scenario: " + String.join(", ", coverage.unexercised());
    }
}
