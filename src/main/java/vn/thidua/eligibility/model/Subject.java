package vn.thidua.eligibility.model;

/** Whoever a decision is about: a {@link Unit} or a {@link Person}. */
public interface Subject extends Coded {
    SubjectType getSubjectType();

    String getName();

    default SubjectRef ref() {
        return new SubjectRef(getSubjectType(), getCode());
    }
}
