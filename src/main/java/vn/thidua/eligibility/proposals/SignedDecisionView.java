package vn.thidua.eligibility.proposals;

import java.time.Instant;

/**
 * A signed decision attached to a proposal, without its content.
 *
 * @param contentType   as read from the file's first bytes
 * @param sha256        the content's SHA-256 in hex, as the audit log recorded it
 * @param attachedByName who attached it, by full name where the account has one
 */
public record SignedDecisionView(long id, long proposalId, String fileName, String contentType, long size, String sha256,
                                 String attachedBy, String attachedByName, Instant attachedAt) {
}
