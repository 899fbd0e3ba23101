package vn.thidua.eligibility.runs;

import jakarta.validation.ConstraintViolation;
import vn.thidua.eligibility.web.Text;

import java.time.format.DateTimeFormatter;

/**
 * A run request's constraint, broken, as a message by its key: the annotations of {@link AnnualRunRequest}
 * and {@link PhaseRunRequest} and {@link ConsistentRun} name a key ({@code {run.problem.…}}) instead of
 * wording it, so a page words it in its language and the API in English. Every such message may name
 * {0} the rejected value, {1} referenceDate, {2} year, {3} fromYear, {4} toYear, {5} the phase's
 * number of years, the limits {6} MIN_YEAR, {7} MAX_YEAR, {8} MAX_PHASE_YEARS, and {9} referenceDate
 * as a Vietnamese page writes a date (dd/MM/yyyy).
 */
final class RunProblems {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private RunProblems() {
    }

    static Text of(ConstraintViolation<RunRequest> violation, RunRequest r) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        Integer years = r.fromYear() != null && r.toYear() != null ? r.toYear() - r.fromYear() + 1 : null;
        return Text.of(key, violation.getInvalidValue(), r.referenceDate(), r.year(), r.fromYear(), r.toYear(), years,
                RunRequest.MIN_YEAR, RunRequest.MAX_YEAR, RunRequest.MAX_PHASE_YEARS,
                r.referenceDate() == null ? "" : r.referenceDate().format(DAY_MONTH_YEAR));
    }
}
