package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the run page draws above its table, counted from the run's decisions: each unit's own
 * outcome with its people's outcomes, and how often each condition was met.
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

    static RunOverview of(List<DecisionView> decisions) {
        Map<String, UnitOutcomes> units = new LinkedHashMap<>();
        decisions.stream().filter(d -> d.subjectType() == SubjectType.UNIT)
                .sorted(Comparator.comparing(DecisionView::subjectCode))
                .forEach(d -> units.put(d.subjectCode(), new UnitOutcomes(d.subjectCode(), d.subjectName(), d.outcome(),
                        new EnumMap<>(Outcome.class))));
        Map<String, int[]> tallies = new LinkedHashMap<>();
        Map<String, SubjectType> typeOf = new LinkedHashMap<>();
        for (DecisionView d : decisions) {
            if (d.subjectType() == SubjectType.PERSON) {
                // a person whose unit was not evaluated still counts, under the unit's code
                units.computeIfAbsent(d.unitCode(), code -> new UnitOutcomes(code, code, null, new EnumMap<>(Outcome.class)))
                        .people().merge(d.outcome(), 1, Integer::sum);
            }
            for (DecisionView.Condition c : d.conditions()) {
                int[] metAndTotal = tallies.computeIfAbsent(c.code(), code -> new int[3]);
                metAndTotal[0] += Boolean.TRUE.equals(c.met()) ? 1 : 0;
                metAndTotal[1] += c.met() == null ? 1 : 0;
                metAndTotal[2]++;
                typeOf.putIfAbsent(c.code(), d.subjectType());
            }
        }
        List<ConditionTally> conditions = new ArrayList<>();
        tallies.forEach((code, n) -> conditions.add(new ConditionTally(typeOf.get(code), code, n[0], n[1], n[2])));
        conditions.sort(Comparator.comparing(ConditionTally::subjectType).thenComparing(ConditionTally::code));
        int largest = units.values().stream().mapToInt(UnitOutcomes::peopleCount).max().orElse(0);
        return new RunOverview(List.copyOf(units.values()), conditions, largest);
    }

    /** The unit condition missed by the most units: what holds most units back. */
    public Optional<ConditionTally> mostMissedByUnits() {
        return conditions.stream().filter(c -> c.subjectType() == SubjectType.UNIT && c.missed() > 0)
                .max(Comparator.comparingInt(ConditionTally::missed));
    }
}
