package vn.thidua.eligibility.model;

/** A person's annual rating (xếp loại chất lượng). */
public final class Rating {
    private final String personCode;
    private final int year;
    private final RatingLevel rating;

    public Rating(String personCode, int year, RatingLevel rating) {
        this.personCode = personCode;
        this.year = year;
        this.rating = rating;
    }

    public String getPersonCode() {
        return personCode;
    }

    public int getYear() {
        return year;
    }

    public RatingLevel getRating() {
        return rating;
    }

    @Override
    public String toString() {
        return "Rating[" + personCode + " " + year + " " + rating + "]";
    }
}
