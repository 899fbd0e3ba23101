package vn.thidua.eligibility.model;

/**
 * A qualified person's place in a phase ranking: 1 + the number of people ranked ahead, so people
 * tied on merit (and gender) share a rank. {@code tied} counts the whole tie group, the person
 * included, so the group occupies places {@code rank .. lastPlace}.
 */
public final class Rank extends Finding {
    private final int rank;
    private final int tied;

    public Rank(Subject subject, int rank, int tied) {
        super(subject, "RANK");
        this.rank = rank;
        this.tied = tied;
    }

    public int getRank() {
        return rank;
    }

    public int getTied() {
        return tied;
    }

    /** The last place the tie group occupies: the quota line is crossed when rank ≤ quota < lastPlace. */
    public int getLastPlace() {
        return rank + tied - 1;
    }

    @Override
    public String toString() {
        return "Rank[" + getSubject().ref() + " " + rank + (tied > 1 ? " tied ×" + tied : "") + "]";
    }
}
