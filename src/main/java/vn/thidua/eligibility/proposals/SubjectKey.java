package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Text;

/** A unit or a person, as entries and requests name them. */
record SubjectKey(SubjectType type, String code) {
    @Override
    public String toString() {
        return type + " " + code;
    }

    /** In a problem's words: "PERSON NV002" in the API's English, "cá nhân NV002" on a Vietnamese page. */
    Text words() {
        return Text.of("proposal.subject." + type, code);
    }

    /** The same, with the name the list gives it. */
    Text words(String name) {
        return Text.of("proposal.subject." + type, code + " (" + name + ")");
    }
}
