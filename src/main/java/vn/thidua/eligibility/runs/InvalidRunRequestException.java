package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.Text;

import java.util.List;
import java.util.Locale;

/** The run request is incomplete or inconsistent; every problem is given as "field: message". */
public class InvalidRunRequestException extends Refusal {

    InvalidRunRequestException(List<ApiError.Detail> problems) {
        super(Kind.INVALID, "The run request was rejected", problems);
    }

    InvalidRunRequestException(Kind kind, String message, List<ApiError.Detail> errors) {
        super(kind, message, errors);
    }

    /** Each problem as the pages list it, "field: message", in the page's language, a field by its label: "Ngày xét: …". */
    public List<String> problems(Locale locale) {
        return errors().stream().map(d -> d.path().isEmpty() ? d.messageIn(locale)
                : Text.of("run.field." + d.path()).in(locale, d.path()) + ": " + d.messageIn(locale)).toList();
    }
}
