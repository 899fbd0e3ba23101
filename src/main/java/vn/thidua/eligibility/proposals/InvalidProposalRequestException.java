package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/** A request with missing or wrong values, every one listed: 400. */
class InvalidProposalRequestException extends RuntimeException {
    private final List<ApiError.Detail> problems;

    InvalidProposalRequestException(List<ApiError.Detail> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    static InvalidProposalRequestException of(String path, String message) {
        return new InvalidProposalRequestException(List.of(new ApiError.Detail(path, message)));
    }

    List<ApiError.Detail> problems() {
        return problems;
    }
}
