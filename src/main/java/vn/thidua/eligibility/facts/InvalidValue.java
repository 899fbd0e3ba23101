package vn.thidua.eligibility.facts;

/**
 * A field value the import format does not accept, with the message to report. Thrown once per
 * bad value of a possibly huge bundle, so it carries no stack trace.
 */
final class InvalidValue extends Exception {
    InvalidValue(String message) {
        super(message, null, false, false);
    }
}
