package vn.thidua.eligibility.runs;

/** No run has this id. */
class RunNotFoundException extends RuntimeException {
    RunNotFoundException(RunId id) {
        super("There is no run " + id);
    }
}
