package vn.thidua.eligibility.proposals;

/** No such proposal, or no such entry in it: 404. */
class ProposalNotFoundException extends ProposalException {
    ProposalNotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
