package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Refusal;

/** No run has this id, or the run has no decision for the subject asked for. */
class RunNotFoundException extends Refusal {

    RunNotFoundException(RunId id) {
        super(Kind.NOT_FOUND, "There is no run " + id);
    }

    RunNotFoundException(RunId id, SubjectType type, String code) {
        super(Kind.NOT_FOUND, "Run " + id + " has no decision for " + type + " " + code);
    }
}
