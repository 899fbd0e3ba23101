package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/**
 * A run asked for a rule set version no second administrator approved: four eyes mean a draft is
 * tested and simulated, never stored as a run: a conflict, since the version exists but its status refuses it.
 */
class RuleSetNotActivatedException extends Refusal {

    RuleSetNotActivatedException(int version) {
        super(Kind.CONFLICT, "Rule set version " + version + " is a DRAFT: a run uses the ACTIVE version or a RETIRED one."
                + " A draft is evaluated only through /api/rulesets/" + version + "/test and /simulate"
                + " until another administrator activates it",
                List.of(new ApiError.Detail("ruleSetVersion", "version " + version + " is a DRAFT, never activated")));
    }

    private RuleSetNotActivatedException(int version, String discarded) {
        super(Kind.CONFLICT, "Rule set version " + version + " was " + discarded + ": a run uses the ACTIVE version or a RETIRED one",
                List.of(new ApiError.Detail("ruleSetVersion", "version " + version + " was " + discarded)));
    }

    /** A draft discarded without ever being activated. */
    static RuleSetNotActivatedException discarded(int version) {
        return new RuleSetNotActivatedException(version, "discarded, never activated");
    }
}
