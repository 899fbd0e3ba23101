package vn.thidua.eligibility.model;

import java.util.Comparator;

/** The natural key of a subject, e.g. {@code UNIT:VP} or {@code PERSON:NV001}. */
public record SubjectRef(SubjectType type, String code) implements Comparable<SubjectRef> {
    private static final Comparator<SubjectRef> ORDER =
            Comparator.comparing(SubjectRef::type).thenComparing(SubjectRef::code);

    @Override
    public int compareTo(SubjectRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return type + ":" + code;
    }
}
