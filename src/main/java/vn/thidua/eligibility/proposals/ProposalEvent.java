package vn.thidua.eligibility.proposals;

import java.time.Instant;

/** One act on a proposal, for its audit log. */
public record ProposalEvent(Instant at, String actor, String action, String detail) {
}
