package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;

import java.util.List;

/**
 * An override of a subject the run did not find eligible, sent without a written justification long
 * enough or without the explicit confirmation: the request is well formed, its content is not enough.
 */
class OverrideNotConfirmedException extends ProposalException {

    OverrideNotConfirmedException(SubjectKey key, String outcome, List<ApiError.Detail> problems) {
        super(Kind.UNPROCESSABLE, "The run found " + key + " " + outcome + ": adding it overrides that legal reason,"
                + " which needs a written justification and \"confirmed\": true", problems);
    }
}
