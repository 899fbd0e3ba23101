package vn.thidua.eligibility.proposals;

import java.util.List;

/** The request is well formed but the proposal's state, or the register's, refuses it. */
class ProposalConflictException extends ProposalException {

    ProposalConflictException(String message) {
        super(Kind.CONFLICT, message, List.of());
    }
}
