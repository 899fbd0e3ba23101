/**
 * Rule sets. One word per concept:
 * <ul>
 * <li>{@link vn.thidua.eligibility.rulesets.RuleSet} — a rule set's <em>content</em>: its files (DRL,
 * decision tables, {@code parameters.yaml}, test scenarios), named by their SHA-256, and the dated
 * parameters resolved for a reference date ({@link vn.thidua.eligibility.rulesets.ParameterTable});</li>
 * <li>{@link vn.thidua.eligibility.rulesets.RuleSetVersion} — a <em>stored version</em> of it: number,
 * author, status (DRAFT, ACTIVE, RETIRED), validity, who activated it;</li>
 * <li>{@link vn.thidua.eligibility.rulesets.RuleSetVersions} — the collection of stored versions, where
 * runs take the active one or one asked for by number.</li>
 * </ul>
 * Administration ({@link vn.thidua.eligibility.rulesets.RuleSetAdministration}, used by the REST API and
 * the pages alike): drafts validated with every problem named by file and line, tested against their
 * own scenarios, compared by simulation on the current facts, and activated by a second administrator.
 * On the first start the rules folder (or the rule set packaged in the jar) becomes version 1.
 */
package vn.thidua.eligibility.rulesets;
