package vn.thidua.eligibility.profiles;

import java.util.List;

/** What a search found, units and persons each in code order; a blank query finds every one. */
record ProfileSearch(String query, List<Rows.ProfileHit> units, List<Rows.ProfileHit> persons) {
}
