package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request, so that one answer lists them all. */
final class Checks {

    private final List<ApiError.Detail> problems = new ArrayList<>();

    /** A required text of at most {@code max} characters, stripped; null when missing. */
    String required(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            add(path, Text.of("check.required"));
            return null;
        }
        return optional(path, value, max);
    }

    /** An optional text of at most {@code max} characters, stripped; null when blank. */
    String optional(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            add(path, Text.of("check.tooLong", max, stripped.length()));
        }
        return stripped;
    }

    <T> T required(String path, T value) {
        if (value == null) {
            add(path, Text.of("check.required"));
        }
        return value;
    }

    /**
     * An optional date within the years a Council's minutes or decision can bear: JSON and the forms
     * accept any year Java does (+999999999-12-31), which no DATE column holds.
     */
    LocalDate date(String path, LocalDate value) {
        if (value != null && (value.getYear() < Evaluation.MIN_YEAR || value.getYear() > Evaluation.MAX_YEAR)) {
            add(path, Text.of("check.dateOutOfRange", value, Evaluation.MIN_YEAR, Evaluation.MAX_YEAR,
                    value.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"))));
        }
        return value;
    }

    void add(String path, String message) {
        problems.add(new ApiError.Detail(path, message));
    }

    /** A problem by its key, which a page words in its language. */
    void add(String path, Text message) {
        problems.add(ApiError.Detail.of(path, message));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidProposalRequestException(problems);
        }
    }
}
