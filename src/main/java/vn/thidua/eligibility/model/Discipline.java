package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** A sanction, a disciplinary review or an investigation of a unit or a person, from a day to a day (or open). */
public final class Discipline {
    private final SubjectType subjectType;
    private final String subjectCode;
    private final DisciplineKind kind;
    private final LocalDate from;
    private final LocalDate to;

    public Discipline(SubjectType subjectType, String subjectCode, DisciplineKind kind, LocalDate from, LocalDate to) {
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public DisciplineKind getKind() {
        return kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    /** Last day (inclusive), or null while open-ended. */
    public LocalDate getTo() {
        return to;
    }

    /** In force on the day: from ≤ day ≤ to (both ends inclusive; an open end never ends). */
    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    public boolean concerns(Subject subject) {
        return subjectType == subject.getSubjectType() && subjectCode.equals(subject.getCode());
    }

    @Override
    public String toString() {
        return "Discipline[" + subjectType + ":" + subjectCode + " " + kind + " " + from + ".." + to + "]";
    }
}
