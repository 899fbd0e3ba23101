package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/** A request with missing or wrong values, every one listed. */
class InvalidProposalRequestException extends ProposalException {

    InvalidProposalRequestException(List<ApiError.Detail> problems) {
        super(Kind.INVALID, "The request was rejected", problems);
    }

    static InvalidProposalRequestException of(String path, String message) {
        return new InvalidProposalRequestException(List.of(new ApiError.Detail(path, message)));
    }
}
