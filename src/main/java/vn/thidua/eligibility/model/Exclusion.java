package vn.thidua.eligibility.model;

/** A reason a subject is not awarded for this year, whatever happens later (a sanction served, dissolution, already awarded). */
public final class Exclusion extends Finding {

    public Exclusion(Subject subject, String code) {
        super(subject, code);
    }

    @Override
    public String toString() {
        return "Exclusion[" + getSubject().ref() + " " + getCode() + "]";
    }
}
