package vn.thidua.eligibility.engine;

/** The rule set left a subject with no decision, or with more than one. */
public class IncompleteDecisionException extends RuntimeException {
    public IncompleteDecisionException(String message) {
        super(message);
    }
}
