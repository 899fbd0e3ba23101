package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/**
 * What to evaluate. ANNUAL needs {@code year}; {@code referenceDate} defaults to today.
 * The phase fields are accepted by the phase runs. {@code ruleSetVersion} defaults to the active
 * rule set; any stored version (older, retired or draft) may be asked for.
 */
public record RunRequest(RunKind kind, Integer year, LocalDate referenceDate, Integer fromYear, Integer toYear,
                         Integer quota, Integer ruleSetVersion) {
    public static RunRequest annual(int year, LocalDate referenceDate) {
        return new RunRequest(RunKind.ANNUAL, year, referenceDate, null, null, null, null);
    }
}
