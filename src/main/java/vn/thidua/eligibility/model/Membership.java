package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * A period during which a person belonged to a unit, {@code from} and {@code to} inclusive; a person's
 * periods do not overlap. A run gives each person the unit of the period that covers its reference date.
 */
public final class Membership {
    private final String personCode;
    private final String unitCode;
    private final LocalDate from;
    private final LocalDate to;

    public Membership(String personCode, String unitCode, LocalDate from, LocalDate to) {
        this.personCode = personCode;
        this.unitCode = unitCode;
        this.from = from;
        this.to = to;
    }

    public String getPersonCode() {
        return personCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    /** Last day (inclusive), or null while the person still belongs to the unit. */
    public LocalDate getTo() {
        return to;
    }

    /** Whether the person belonged to the unit on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    @Override
    public String toString() {
        return "Membership[" + personCode + " in " + unitCode + " from " + from + (to == null ? "" : " to " + to) + "]";
    }
}
