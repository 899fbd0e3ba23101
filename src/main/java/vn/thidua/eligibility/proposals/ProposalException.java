package vn.thidua.eligibility.proposals;

import java.util.List;

/**
 * Why the proposal workflow refused an act, for the modules that call it through
 * {@link ProposalWorkflow}: the API answers these with 400, 404 and 409, a page shows them beside
 * the form that was sent.
 */
public abstract class ProposalException extends RuntimeException {

    /** What kind of refusal: the request itself, a missing proposal or entry, or the proposal's state. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    ProposalException(String message) {
        super(message);
    }

    public abstract Kind kind();

    /** Every problem in words, one a line. */
    public List<String> problems() {
        return List.of(getMessage());
    }
}
