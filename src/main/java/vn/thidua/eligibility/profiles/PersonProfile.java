package vn.thidua.eligibility.profiles;

import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.PersonCategory;

import java.util.List;

/**
 * A person's lý lịch thi đua: who they are, the units they belonged to, and every fact and decision
 * about them, each list the newest first.
 *
 * @param unitCode    the unit the people table records for the person (the unit when no period covers a day)
 * @param position    the position (chức vụ) as recorded now, or null
 * @param scoredItems the items the person is the responsible officer of (cán bộ phụ trách), by year
 */
record PersonProfile(String code, String fullName, PersonCategory category, Gender gender, String position,
                     String unitCode, String unitName, List<Rows.UnitPeriod> memberships, List<Rows.AwardHeld> awards,
                     List<Rows.DisciplineHeld> disciplines, List<Rows.InitiativeHeld> initiatives,
                     List<Rows.RatingHeld> ratings, List<Rows.ItemsOfYear> scoredItems,
                     List<Rows.DecisionMade> decisions) {
}
