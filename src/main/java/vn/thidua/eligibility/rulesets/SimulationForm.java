package vn.thidua.eligibility.rulesets;

import org.springframework.format.annotation.DateTimeFormat;

import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;

/**
 * The year to simulate and the reference date, typed dd/MM/yyyy as on the runs page; a subject's
 * code (with its kind) to see that one subject alone, or none for every subject.
 */
record SimulationForm(Integer year, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate referenceDate,
                      SubjectType subjectType, String subjectCode) {

    SimulationForm(Integer year, LocalDate referenceDate) {
        this(year, referenceDate, SubjectType.UNIT, null);
    }

    /** The kind only when a code is typed: the kind's select always has a value. */
    SubjectType subject() {
        return subjectCode == null || subjectCode.isBlank() ? null : subjectType;
    }
}
