package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * The end of the latest sanction a person served before the reference date: from 2024 their
 * achievements count only after it (Nghị định 98/2023, Điều 4 k.4).
 */
public final class SanctionEnd {
    private final Person person;
    private final LocalDate endDate;

    public SanctionEnd(Person person, LocalDate endDate) {
        this.person = person;
        this.endDate = endDate;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** Whether a year-long achievement of this year counts: the year began after the end. */
    public boolean yearCounts(int year) {
        return LocalDate.of(year, 1, 1).isAfter(endDate);
    }

    @Override
    public String toString() {
        return "SanctionEnd[" + person.getCode() + " " + endDate + "]";
    }
}
