package vn.thidua.eligibility.model;

/** Whether a subject meets one condition (U1, U2, U3, P1, P2, …), inserted by the rule that measured it. */
public final class ConditionResult extends Finding {
    private final boolean met;

    public ConditionResult(Subject subject, String code, boolean met) {
        super(subject, code);
        this.met = met;
    }

    public boolean isMet() {
        return met;
    }

    @Override
    public String toString() {
        return "ConditionResult[" + getSubject().ref() + " " + getCode() + (met ? " met" : " not met") + "]";
    }
}
