package vn.thidua.eligibility.rulesets;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The year to simulate and the reference date, typed dd/MM/yyyy as on the runs page. */
record SimulationForm(Integer year, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate referenceDate) {
}
