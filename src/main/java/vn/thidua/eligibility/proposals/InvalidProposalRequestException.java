package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/** A request with missing or wrong values, every one listed: 400. */
class InvalidProposalRequestException extends ProposalException {
    private final List<ApiError.Detail> problems;

    InvalidProposalRequestException(List<ApiError.Detail> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    static InvalidProposalRequestException of(String path, String message) {
        return new InvalidProposalRequestException(List.of(new ApiError.Detail(path, message)));
    }

    List<ApiError.Detail> details() {
        return problems;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public List<String> problems() {
        return problems.stream().map(d -> d.path() + ": " + d.message()).toList();
    }
}
