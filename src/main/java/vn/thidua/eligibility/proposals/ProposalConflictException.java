package vn.thidua.eligibility.proposals;

/** The request is well formed but the proposal's state, or the register's, refuses it: 409. */
class ProposalConflictException extends ProposalException {
    ProposalConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
