package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.Text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the proposal workflow refused an act, for the modules that call it through
 * {@link ProposalWorkflow}: the API answers it as any refusal, a page shows its problems beside the
 * form that was sent.
 */
public abstract class ProposalException extends Refusal {
    private static final Pattern ENTRY_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    ProposalException(Kind kind, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
    }

    /**
     * Every problem in words, one a line, in the page's language: a form's field by its label
     * ({@code proposal.field.<name>}, "Lý do: bắt buộc nhập"), any other place as it is.
     */
    public List<String> problems(Locale locale) {
        return errors().isEmpty() ? List.of(getMessage())
                : errors().stream().map(d -> label(d.path(), locale) + ": " + d.messageIn(locale)).toList();
    }

    /** "reason" → "Lý do"; a field of a listed entry, "results[2].reason" → "Lý do của mục 3". */
    private static String label(String path, Locale locale) {
        Matcher entry = ENTRY_FIELD.matcher(path);
        return entry.matches()
                ? Text.of("proposal.field." + entry.group(1) + "." + entry.group(3), Integer.parseInt(entry.group(2)) + 1)
                .in(locale, path)
                : Text.of("proposal.field." + path).in(locale, path);
    }
}
