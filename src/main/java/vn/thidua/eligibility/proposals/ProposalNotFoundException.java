package vn.thidua.eligibility.proposals;

/** No such proposal, or no such entry in it: 404. */
class ProposalNotFoundException extends RuntimeException {
    ProposalNotFoundException(String message) {
        super(message);
    }
}
