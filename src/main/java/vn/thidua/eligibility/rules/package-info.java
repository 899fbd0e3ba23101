/**
 * Rule sets: the DRL files and {@code parameters.yaml} (from the rules folder, or a stored version
 * through {@link vn.thidua.eligibility.rules.ActiveRuleSet}),
 * named by the SHA-256 of their content, and the dated parameters resolved for a reference date.
 */
package vn.thidua.eligibility.rules;
