package vn.thidua.eligibility.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Consecutive years of a phase in which a person was rated HTXSNV ({@code phase.consecutiveExcellentYears},
 * two by default: a pair), with the recognised initiatives credited to those years: route (d) to the
 * Bằng khen needs one with at least {@code phase.minInitiatives}.
 */
public final class ExcellentPair {
    private final Person person;
    private final int firstYear;
    private final int lastYear;
    private final List<Initiative> initiatives;

    public ExcellentPair(Person person, int firstYear, int lastYear, List<Initiative> initiatives) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the years " + firstYear + "–" + lastYear + " are not in order");
        }
        this.person = person;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.initiatives = List.copyOf(initiatives);
    }

    /** Two consecutive years from {@code firstYear}, as rule sets written before the parameter say it. */
    public ExcellentPair(Person person, int firstYear, List<Initiative> initiatives) {
        this(person, firstYear, firstYear + 1, initiatives);
    }

    public Person getPerson() {
        return person;
    }

    public int getFirstYear() {
        return firstYear;
    }

    /** The year after the first (of a pair, its second year). */
    public int getSecondYear() {
        return firstYear + 1;
    }

    public int getLastYear() {
        return lastYear;
    }

    public List<Initiative> getInitiatives() {
        return initiatives;
    }

    public int getInitiativeCount() {
        return initiatives.size();
    }

    /** As explanations list it: {@code 2022–2023 (SK1, SK2)}. */
    @Override
    public String toString() {
        return firstYear + "–" + lastYear + " ("
                + initiatives.stream().map(Initiative::getCode).collect(Collectors.joining(", ")) + ")";
    }
}
