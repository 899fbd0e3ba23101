package vn.thidua.eligibility.model;

import java.util.List;

/**
 * What a person achieved in the years A..B of a phase, counted as the phase rules count it (a
 * recognised initiative, an award or a rating of a year that began after a served sanction's end,
 * from 2024). Phase runs rank the qualified people on these figures and nothing else; the lists say
 * which years and initiatives make up each figure.
 */
public final class Merit {
    private final Person person;
    private final List<Integer> awardYears;
    private final List<Initiative> initiatives;
    private final List<Integer> htxsnvYears;

    public Merit(Person person, List<Integer> awardYears, List<Initiative> initiatives, List<Integer> htxsnvYears) {
        this.person = person;
        this.awardYears = List.copyOf(awardYears);
        this.initiatives = List.copyOf(initiatives);
        this.htxsnvYears = List.copyOf(htxsnvYears);
    }

    public Person getPerson() {
        return person;
    }

    /** At equal merit women rank first (Nghị định 98/2023, Điều 4). */
    public Gender getGender() {
        return person.getGender();
    }

    /** Years of A..B in which the person holds the annual CCHC Giấy khen. */
    public List<Integer> getAwardYears() {
        return awardYears;
    }

    public int getAwards() {
        return awardYears.size();
    }

    /** Recognised initiatives credited to A..B. */
    public List<Initiative> getInitiatives() {
        return initiatives;
    }

    public int getInitiativeCount() {
        return initiatives.size();
    }

    /** Years of A..B rated HTXSNV. */
    public List<Integer> getHtxsnvYears() {
        return htxsnvYears;
    }

    public int getHtxsnvCount() {
        return htxsnvYears.size();
    }

    @Override
    public String toString() {
        return "Merit[" + person.getCode() + " awards " + awardYears + " initiatives " + initiatives.size()
                + " HTXSNV " + htxsnvYears + "]";
    }
}
