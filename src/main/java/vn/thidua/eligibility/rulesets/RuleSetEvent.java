package vn.thidua.eligibility.rulesets;

import java.util.Map;

/**
 * Something done to a rule set version, published for the audit log.
 *
 * @param action  CREATED, VALIDATED, TESTED, ACTIVATED or DISCARDED
 * @param details what the audit log should keep (counts, hashes, results)
 */
public record RuleSetEvent(String action, int version, String user, Map<String, Object> details) {
}
