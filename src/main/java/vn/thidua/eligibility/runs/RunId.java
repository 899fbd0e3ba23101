package vn.thidua.eligibility.runs;

/** Typed identity of a run. */
public record RunId(@com.fasterxml.jackson.annotation.JsonValue long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
