package vn.thidua.eligibility.profiles;

import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Refusal;

/** No person or unit has the code a profile was asked for. */
class ProfileNotFoundException extends Refusal {

    ProfileNotFoundException(SubjectType type, String code) {
        super(Kind.NOT_FOUND, "There is no " + (type == SubjectType.PERSON ? "person" : "unit") + " with the code '"
                + code + "'");
    }
}
