/**
 * Rule administration: rule sets stored as numbered versions (drafts, the one active version,
 * retired ones), validated with every problem named by file and line, tested against their own
 * scenarios, compared by simulation on the current facts, and activated by a second administrator.
 * Runs reach the active version only through {@link vn.thidua.eligibility.rules.ActiveRuleSet}.
 */
package vn.thidua.eligibility.rulesets;
