package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.SubjectType;

/** A unit or a person, as entries and requests name them. */
record SubjectKey(SubjectType type, String code) {
    @Override
    public String toString() {
        return type + " " + code;
    }
}
