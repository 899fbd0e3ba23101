package vn.thidua.eligibility.profiles;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's lý lịch thi đua: its people over time, and every fact and decision about it, each list
 * the newest first.
 *
 * @param dissolvedOn the day it was dissolved, or null
 * @param scoredItems the items the unit is responsible for, by year
 */
record UnitProfile(String code, String name, LocalDate dissolvedOn, List<Rows.UnitMember> members,
                   List<Rows.AwardHeld> awards, List<Rows.DisciplineHeld> disciplines,
                   List<Rows.ItemsOfYear> scoredItems, List<Rows.DecisionMade> decisions) {
}
