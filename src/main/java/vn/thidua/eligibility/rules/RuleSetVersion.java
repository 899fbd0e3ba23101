package vn.thidua.eligibility.rules;

/** A rule set as stored under a version number. */
public record RuleSetVersion(int number, RuleSet ruleSet) {
}
