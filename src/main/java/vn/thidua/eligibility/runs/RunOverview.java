package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the run page draws above its table, from the run's aggregates ({@link RunAggregates}): each
 * unit's own outcome with its people's outcomes, and how often each condition was met.
 *
 * @param largestUnit the most people of any unit, the full width of the bars
 */
record RunOverview(List<UnitOutcomes> units, List<ConditionTally> conditions, int largestUnit) {

    record UnitOutcomes(String code, String name, Outcome outcome, Map<Outcome, Integer> people) {
        public int peopleCount() {
            return people.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** @param undetermined how often the condition could not be judged for missing facts: neither met nor missed */
    record ConditionTally(SubjectType subjectType, String code, int met, int undetermined, int total) {
        public int missed() {
            return total - met - undetermined;
        }
    }

    /** A unit's own decision. */
    record UnitRow(String code, String name, Outcome outcome) {
    }

    /** How many people of a unit have an outcome. */
    record PeopleCount(String unitCode, Outcome outcome, int count) {
    }

    /** How many decisions of a subject type have these states of their conditions. */
    record StatesCount(SubjectType subjectType, List<ConditionStates.State> states, int count) {
    }

    static RunOverview of(List<UnitRow> unitRows, List<PeopleCount> people, List<StatesCount> states) {
        Map<String, UnitOutcomes> units = new TreeMap<>();
        unitRows.forEach(u -> units.put(u.code(), new UnitOutcomes(u.code(), u.name(), u.outcome(), new EnumMap<>(Outcome.class))));
        // a person whose unit was not evaluated still counts, under the unit's code
        people.forEach(p -> units.computeIfAbsent(p.unitCode(), code -> new UnitOutcomes(code, code, null, new EnumMap<>(Outcome.class)))
                .people().merge(p.outcome(), p.count(), Integer::sum));
        Map<String, int[]> tallies = new TreeMap<>();
        Map<String, SubjectType> typeOf = new TreeMap<>();
        for (StatesCount s : states) {
            for (ConditionStates.State c : s.states()) {
                int[] n = tallies.computeIfAbsent(c.code(), code -> new int[3]);
                n[0] += c.state() == ConditionStates.MET ? s.count() : 0;
                n[1] += c.state() == ConditionStates.UNDETERMINED ? s.count() : 0;
                n[2] += s.count();
                typeOf.putIfAbsent(c.code(), s.subjectType());
            }
        }
        List<ConditionTally> conditions = new ArrayList<>();
        tallies.forEach((code, n) -> conditions.add(new ConditionTally(typeOf.get(code), code, n[0], n[1], n[2])));
        conditions.sort(Comparator.comparing(ConditionTally::subjectType).thenComparing(ConditionTally::code));
        int largest = units.values().stream().mapToInt(UnitOutcomes::peopleCount).max().orElse(0);
        return new RunOverview(List.copyOf(units.values()), conditions, largest);
    }

    /** The units a chart draws: a province's thousand would be a page of bars no one reads. */
    static final int CHARTED_UNITS = 50;

    /** The first units by code, as many as a chart draws; the unit filter reaches every one. */
    public List<UnitOutcomes> chartedUnits() {
        return units.subList(0, Math.min(CHARTED_UNITS, units.size()));
    }

    /** The codes of the units, the unit filter's choices. */
    public List<String> unitCodes() {
        return units.stream().map(UnitOutcomes::code).toList();
    }

    /** The unit condition missed by the most units: what holds most units back. */
    public Optional<ConditionTally> mostMissedByUnits() {
        return conditions.stream().filter(c -> c.subjectType() == SubjectType.UNIT && c.missed() > 0)
                .max(Comparator.comparingInt(ConditionTally::missed));
    }
}
