package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.SubjectType;

/** No run has this id, or the run has no decision for the subject asked for. */
class RunNotFoundException extends RuntimeException {
    RunNotFoundException(RunId id) {
        super("There is no run " + id);
    }

    RunNotFoundException(RunId id, SubjectType type, String code) {
        super("Run " + id + " has no decision for " + type + " " + code);
    }
}
