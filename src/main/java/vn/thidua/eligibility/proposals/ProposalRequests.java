package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the proposal endpoints, and of the same acts called through {@link ProposalWorkflow}. */
public final class ProposalRequests {
    private ProposalRequests() {
    }

    /** Compile the proposal list of a completed run. */
    public record NewProposal(Long runId) {
    }

    /**
     * Add a subject the run did not find eligible: an override, with the reason. A subject the run
     * excluded, deferred or did not (yet) find qualified needs a written justification of at least
     * {@code eligibility.proposals.min-justification} characters and {@code confirmed} true.
     */
    public record NewEntry(SubjectType subjectType, String subjectCode, String reason, String note, Boolean confirmed) {
    }

    /** The Office's note on an entry; empty clears it. */
    public record Note(String note) {
    }

    /** The Council's meeting: its minutes (biên bản) and a result for every entry. */
    public record Review(String minutesNo, LocalDate minutesDate, List<EntryResult> results) {
    }

    /** Agreed, or rejected with the reason. */
    public record EntryResult(SubjectType subjectType, String subjectCode, CouncilResult result, String reason) {
    }

    /** The decision (quyết định) granting the agreed entries: the Director's, or the province's for a phase. */
    public record Decision(String decisionNo, LocalDate decisionDate, String signer) {
    }

    /** Withdrawing a granted award, with the reason and, when there is one, the revoking decision. */
    public record Revocation(String reason, String decisionNo, LocalDate decisionDate) {
    }
}
