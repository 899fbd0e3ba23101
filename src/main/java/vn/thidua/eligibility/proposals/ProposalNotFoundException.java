package vn.thidua.eligibility.proposals;

import java.util.List;

/** No such proposal, or no such entry in it. */
class ProposalNotFoundException extends ProposalException {

    ProposalNotFoundException(String message) {
        super(Kind.NOT_FOUND, message, List.of());
    }
}
