package vn.thidua.eligibility.runs;

/**
 * A run asked for a rule set version no second administrator approved: four eyes mean a draft is
 * tested and simulated, never stored as a run. 409, since the version exists but its status refuses it.
 */
class RuleSetNotActivatedException extends RuntimeException {
    private final int version;

    RuleSetNotActivatedException(int version) {
        super("Rule set version " + version + " is a DRAFT: a run uses the ACTIVE version or a RETIRED one."
                + " A draft is evaluated only through /api/rulesets/" + version + "/test and /simulate"
                + " until another administrator activates it");
        this.version = version;
    }

    int version() {
        return version;
    }
}
