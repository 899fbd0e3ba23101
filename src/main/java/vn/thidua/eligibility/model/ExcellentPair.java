package vn.thidua.eligibility.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Two consecutive years of a phase in which a person was rated HTXSNV, with the recognised
 * initiatives credited to those two years: route (d) to the Bằng khen needs one with at least two.
 */
public final class ExcellentPair {
    private final Person person;
    private final int firstYear;
    private final List<Initiative> initiatives;

    public ExcellentPair(Person person, int firstYear, List<Initiative> initiatives) {
        this.person = person;
        this.firstYear = firstYear;
        this.initiatives = List.copyOf(initiatives);
    }

    public Person getPerson() {
        return person;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getSecondYear() {
        return firstYear + 1;
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
        return firstYear + "–" + (firstYear + 1) + " ("
                + initiatives.stream().map(Initiative::getCode).collect(Collectors.joining(", ")) + ")";
    }
}
