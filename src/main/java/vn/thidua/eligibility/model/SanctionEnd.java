package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * The end of the latest sanction a person served before the reference date: from 2024 their
 * achievements count only after it (Nghị định 98/2023, Điều 4 k.4): nothing of a year that began on
 * or before the end, and no initiative recognised on or before it.
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

    /**
     * Whether an initiative counts: credited to a year that began after the end (whenever it was
     * recognised) and recognised after the end.
     */
    public boolean initiativeCounts(Initiative initiative) {
        return yearCounts(initiative.getYear()) && initiative.getRecognizedOn() != null
                && initiative.getRecognizedOn().isAfter(endDate);
    }

    @Override
    public String toString() {
        return "SanctionEnd[" + person.getCode() + " " + endDate + "]";
    }
}
