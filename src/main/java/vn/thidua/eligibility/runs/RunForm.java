package vn.thidua.eligibility.runs;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The form that starts an annual run. The reference date is typed dd/MM/yyyy, as the Department
 * writes dates; left empty, the run service takes today.
 */
record RunForm(Integer year, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate referenceDate) {

    RunRequest request() {
        return new AnnualRunRequest(year, referenceDate, null, null, null, null);
    }
}
