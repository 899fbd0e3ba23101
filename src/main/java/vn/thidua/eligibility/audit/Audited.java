package vn.thidua.eligibility.audit;

import java.util.Map;

/**
 * An act for the audit log, published by a module the audit package does not otherwise know (the
 * proposals, which also print the log's fingerprint), in the transaction of the change it records.
 *
 * @param action  what was done, e.g. PROPOSAL_SUBMITTED
 * @param details what the log should keep (keys, numbers, reasons)
 */
public record Audited(String actor, String action, Map<String, Object> details) {
}
