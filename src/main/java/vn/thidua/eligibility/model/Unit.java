package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** A division or unit (phòng, đơn vị) of the Department: a collective. */
public final class Unit implements Subject {
    private final String code;
    private final String name;
    private final LocalDate dissolvedOn;

    public Unit(String code, String name, LocalDate dissolvedOn) {
        this.code = code;
        this.name = name;
        this.dissolvedOn = dissolvedOn;
    }

    @Override
    public SubjectType getSubjectType() {
        return SubjectType.UNIT;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getName() {
        return name;
    }

    /** Day the unit was dissolved (giải thể), or null. */
    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    @Override
    public String toString() {
        return "Unit[" + code + "]";
    }
}
