package vn.thidua.eligibility.facts;


import vn.thidua.eligibility.web.Text;

/**
 * A field value the import format does not accept, with the message to report. Thrown once per
 * bad value of a possibly huge bundle, so it carries no stack trace.
 */
final class InvalidValue extends Exception {
    private final transient Text text;

    InvalidValue(String key, Object... args) {
        this(Text.of(key, args));
    }

    private InvalidValue(Text text) {
        super(text.english(), null, false, false);
        this.text = text;
    }

    Text text() {
        return text;
    }
}
