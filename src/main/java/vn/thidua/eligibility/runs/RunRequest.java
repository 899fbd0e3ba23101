package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/**
 * What to evaluate. ANNUAL needs {@code year}; PHASE needs {@code fromYear}, {@code toYear} (at
 * most 10 years) and {@code quota} (0 or more, allotted by the province each time);
 * {@code referenceDate} defaults to today. {@code ruleSetVersion} defaults to the active rule set;
 * any stored version (older, retired or draft) may be asked for.
 */
public record RunRequest(RunKind kind, Integer year, LocalDate referenceDate, Integer fromYear, Integer toYear,
                         Integer quota, Integer ruleSetVersion) {
    public static RunRequest annual(int year, LocalDate referenceDate) {
        return new RunRequest(RunKind.ANNUAL, year, referenceDate, null, null, null, null);
    }
}
