package vn.thidua.eligibility.rulesets;

/** A parameter has no value yet on the reference date asked for. */
public class NoValueInForceException extends RuntimeException {
    public NoValueInForceException(String message) {
        super(message);
    }
}
