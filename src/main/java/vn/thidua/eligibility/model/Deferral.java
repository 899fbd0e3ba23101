package vn.thidua.eligibility.model;

/**
 * A matter open on the reference date that holds the award back without refusing it (chưa khen
 * thưởng): discipline being considered, an investigation, inspection or complaint. The rule's text
 * says what would end it; a later run, with a later reference date, decides.
 */
public final class Deferral extends Finding {

    public Deferral(Subject subject, String code) {
        super(subject, code);
    }

    @Override
    public String toString() {
        return "Deferral[" + getSubject().ref() + " " + getCode() + "]";
    }
}
