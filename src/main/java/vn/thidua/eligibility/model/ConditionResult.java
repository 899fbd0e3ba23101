package vn.thidua.eligibility.model;

/**
 * Whether a subject meets one condition (U1, U2, U3, P1, P2, …), inserted by the rule that measured
 * it: met, not met, or — when the facts it needs are missing — not judged at all
 * ({@link #undetermined}), which is neither (domain.md, "Undetermined").
 */
public final class ConditionResult extends Finding {
    private final boolean met;
    private final boolean judged;

    public ConditionResult(Subject subject, String code, boolean met) {
        this(subject, code, met, true);
    }

    private ConditionResult(Subject subject, String code, boolean met, boolean judged) {
        super(subject, code);
        this.met = met;
        this.judged = judged;
    }

    /** The condition cannot be judged: the rule's values and text name the facts that are missing. */
    public static ConditionResult undetermined(Subject subject, String code) {
        return new ConditionResult(subject, code, false, false);
    }

    /** Met; false both when not met and when not judged (see {@link #isJudged}). */
    public boolean isMet() {
        return met;
    }

    /** False when the facts the condition needs are missing. */
    public boolean isJudged() {
        return judged;
    }

    /** Judged and not met: only this decides against the subject. */
    public boolean isFailed() {
        return judged && !met;
    }

    @Override
    public String toString() {
        return "ConditionResult[" + getSubject().ref() + " " + getCode()
                + (!judged ? " undetermined" : met ? " met" : " not met") + "]";
    }
}
