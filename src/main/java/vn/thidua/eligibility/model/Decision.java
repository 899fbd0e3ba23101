package vn.thidua.eligibility.model;

/** The outcome for one subject and one award; exactly one per subject and run. */
public final class Decision {
    private final Subject subject;
    private final AwardType award;
    private final Outcome outcome;

    public Decision(Subject subject, AwardType award, Outcome outcome) {
        this.subject = subject;
        this.award = award;
        this.outcome = outcome;
    }

    public Subject getSubject() {
        return subject;
    }

    public AwardType getAward() {
        return award;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return "Decision[" + subject.ref() + " " + award + " " + outcome + "]";
    }
}
