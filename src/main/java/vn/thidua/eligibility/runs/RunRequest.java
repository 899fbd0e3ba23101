package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/**
 * What to evaluate. ANNUAL needs {@code year}; {@code referenceDate} defaults to today.
 * The phase fields are accepted by the phase runs.
 */
public record RunRequest(RunKind kind, Integer year, LocalDate referenceDate, Integer fromYear, Integer toYear,
                         Integer quota) {
    public static RunRequest annual(int year, LocalDate referenceDate) {
        return new RunRequest(RunKind.ANNUAL, year, referenceDate, null, null, null);
    }
}
