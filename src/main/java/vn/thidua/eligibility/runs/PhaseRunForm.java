package vn.thidua.eligibility.runs;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form that starts a phase run for the province's Bằng khen: the years of the phase, the quota
 * the province allotted this time, and the reference date typed dd/MM/yyyy (empty is today).
 */
record PhaseRunForm(Integer fromYear, Integer toYear, Integer quota,
                    @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate referenceDate) {
    /** A phase is five years: the Department's plans run 2021–2025, 2026–2030. */
    private static final int PHASE_YEARS = 5;

    static PhaseRunForm ending(int toYear) {
        return new PhaseRunForm(toYear - PHASE_YEARS + 1, toYear, null, null);
    }

    RunRequest request() {
        return new PhaseRunRequest(fromYear, toYear, quota, referenceDate, null, null);
    }
}
