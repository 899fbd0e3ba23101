package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.Text;

import java.util.List;
import java.util.Locale;

/**
 * Why the proposal workflow refused an act, for the modules that call it through
 * {@link ProposalWorkflow}: the API answers it as any refusal, a page shows its problems beside the
 * form that was sent.
 */
public abstract class ProposalException extends Refusal {

    ProposalException(Kind kind, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
    }

    /**
     * Every problem in words, one a line, in the page's language: a form's field by its label
     * ({@code proposal.field.<name>}, "Lý do: bắt buộc nhập"), any other place as it is.
     */
    public List<String> problems(Locale locale) {
        return errors().isEmpty() ? List.of(getMessage())
                : errors().stream().map(d -> Text.of("proposal.field." + d.path()).in(locale, d.path()) + ": "
                + d.messageIn(locale)).toList();
    }
}
