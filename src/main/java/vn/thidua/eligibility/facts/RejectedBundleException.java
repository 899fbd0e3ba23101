package vn.thidua.eligibility.facts;

import java.util.List;

/** A fact bundle that was refused as a whole, with every error found in it. Nothing of it is stored. */
public class RejectedBundleException extends RuntimeException {
    private final List<FactError> errors;

    public RejectedBundleException(List<FactError> errors) {
        super("The fact bundle was rejected: " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        this.errors = List.copyOf(errors);
    }

    static RejectedBundleException of(String message) {
        return new RejectedBundleException(List.of(new FactError("$", message)));
    }

    public List<FactError> errors() {
        return errors;
    }
}
