package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/**
 * Why the proposal workflow refused an act, for the modules that call it through
 * {@link ProposalWorkflow}: the API answers it as any refusal, a page shows its problems beside the
 * form that was sent.
 */
public abstract class ProposalException extends Refusal {

    ProposalException(Kind kind, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
    }

    /** Every problem in words, one a line. */
    public List<String> problems() {
        return errors().isEmpty() ? List.of(getMessage())
                : errors().stream().map(d -> d.path() + ": " + d.message()).toList();
    }
}
