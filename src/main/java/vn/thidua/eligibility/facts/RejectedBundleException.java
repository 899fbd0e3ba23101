package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.Text;

import java.util.List;

/**
 * A fact bundle that was refused as a whole, with every error found in it, each placed by its path:
 * {@code $} for the whole body, {@code criteria} for a kind, {@code criteria[12]} for a record,
 * {@code criteria[12].score} for a field. Nothing of it is stored.
 */
public class RejectedBundleException extends Refusal {

    public RejectedBundleException(List<ApiError.Detail> errors) {
        this("The fact bundle", errors);
    }

    private RejectedBundleException(String what, List<ApiError.Detail> errors) {
        super(Kind.INVALID, what + " was rejected: " + errors.size() + (errors.size() == 1 ? " error" : " errors"), errors);
    }

    /** The same errors, said of the CSV file they were found in rather than of a bundle. */
    RejectedBundleException ofCsvFile() {
        return new RejectedBundleException("The CSV file", errors());
    }

    static RejectedBundleException of(Text message) {
        return new RejectedBundleException(List.of(ApiError.Detail.of("$", message)));
    }
}
