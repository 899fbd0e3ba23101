package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * What is missing for evaluating year Y, per unit (those not dissolved before Y began) and per person
 * of the unit (by their unit on the reference date), and which conditions each missing fact would
 * leave undeterminable.
 *
 * @param referenceDate the day the people's units are taken on
 * @param factsOfYear   whether Y has any fact at all: a scored item, a task or dossier due in it, an
 *                      initiative credited to it or a rating of it; a run of a year without is refused
 * @param units         every unit listed, by code, whether something is missing or not
 */
public record Completeness(int year, LocalDate referenceDate, boolean factsOfYear, List<UnitGaps> units) {

    public Completeness {
        units = List.copyOf(units);
    }

    /** Whether nothing is missing anywhere. */
    @JsonProperty
    public boolean complete() {
        return units.stream().allMatch(UnitGaps::complete);
    }

    /** Units with something missing, of themselves or of their people. */
    public List<UnitGaps> incomplete() {
        return units.stream().filter(u -> !u.complete()).toList();
    }

    /** A unit's missing facts, and its people's. */
    public record UnitGaps(String code, String name, List<Missing> missing, List<PersonGaps> people) {
        public UnitGaps {
            missing = List.copyOf(missing);
            people = List.copyOf(people);
        }

        /** Whether nothing is missing, of the unit or of its people. */
        @JsonProperty
        public boolean complete() {
            return missing.isEmpty() && people.isEmpty();
        }
    }

    /** A person (only listed when something is missing) and what. */
    public record PersonGaps(String code, String fullName, List<Missing> missing) {
        public PersonGaps {
            missing = List.copyOf(missing);
        }
    }

    /**
     * One missing fact.
     *
     * @param kind       the fact kind, as the import format names it: criteria, tasks, dossiers, ratings
     * @param year       the year it is missing for
     * @param itemCode   for a person's P2, the code of the item of Y with no item of Y−1 to compare with; else null
     * @param conditions the conditions it leaves undeterminable (U1, U2, U3, P2, PH_D)
     * @param message    what is missing, in English
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Missing(String kind, int year, String itemCode, List<String> conditions, String message) {
        public Missing {
            conditions = List.copyOf(conditions);
        }
    }
}
