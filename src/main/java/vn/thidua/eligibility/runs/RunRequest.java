package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/**
 * What to evaluate. ANNUAL needs {@code year}; PHASE needs {@code fromYear}, {@code toYear} (at
 * most 10 years) and {@code quota} (0 or more, allotted by the province each time);
 * {@code referenceDate} defaults to today.
 */
public record RunRequest(RunKind kind, Integer year, LocalDate referenceDate, Integer fromYear, Integer toYear,
                         Integer quota) {
    public static RunRequest annual(int year, LocalDate referenceDate) {
        return new RunRequest(RunKind.ANNUAL, year, referenceDate, null, null, null);
    }
}
