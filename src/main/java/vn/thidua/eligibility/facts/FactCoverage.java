package vn.thidua.eligibility.facts;

import java.util.List;
import java.util.Map;

/**
 * The stored facts counted by year.
 *
 * @param units every unit, by code
 * @param years every year some fact belongs to, newest first
 */
public record FactCoverage(List<UnitName> units, List<YearFacts> years) {

    public FactCoverage {
        units = List.copyOf(units);
        years = List.copyOf(years);
    }

    public record UnitName(String code, String name) {
    }

    /**
     * One year's facts: scored items of the CCHC index per responsible unit, tasks and dossiers due
     * in the year, and initiatives, ratings and awards credited to it.
     */
    public record YearFacts(int year, Map<String, Integer> itemsPerUnit, int tasks, int dossiers,
                            int initiatives, int ratings, int awards) {

        public YearFacts {
            itemsPerUnit = Map.copyOf(itemsPerUnit);
        }

        public int items() {
            return itemsPerUnit.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Units with at least one scored item: U1 and U2 cannot be met by the others. */
        public int unitsWithItems() {
            return itemsPerUnit.size();
        }

        public int itemsOf(String unitCode) {
            return itemsPerUnit.getOrDefault(unitCode, 0);
        }
    }
}
