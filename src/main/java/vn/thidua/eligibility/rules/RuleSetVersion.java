package vn.thidua.eligibility.rules;

/**
 * A rule set as stored under a version number.
 *
 * @param activated true for the active version and for a retired one (active before): the versions a
 *                  second administrator approved. A draft is false: it may be tested and simulated, never
 *                  run or proposed (four eyes).
 */
public record RuleSetVersion(int number, RuleSet ruleSet, boolean activated) {
}
