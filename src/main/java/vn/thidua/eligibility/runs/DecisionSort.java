package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders a run's decisions are listed in, by the name a request gives ({@code sort=name} or
 * {@code sort=name,desc}). Every order ends on the subject's key, so that pages never overlap.
 */
enum DecisionSort {
    /** Units first, then people; a phase run's ranked people in rank order, the unranked after. */
    RANK("subject_type DESC", "`rank` IS NULL", "`rank`"),
    CODE("subject_code"),
    NAME("subject_name"),
    UNIT("unit_code"),
    /** In the order of {@link Outcome}: eligible first. */
    OUTCOME("FIELD(outcome, " + Arrays.stream(Outcome.values()).map(o -> "'" + o + "'").collect(Collectors.joining(", ")) + ")"),
    TYPE("subject_type DESC");

    private final List<String> terms;

    DecisionSort(String... terms) {
        this.terms = List.of(terms);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ORDER BY clause: the terms, each descending when asked, then the key. */
    String orderBy(boolean descending) {
        StringBuilder out = new StringBuilder(" ORDER BY ");
        for (String term : terms) {
            out.append(descending ? flip(term) : term).append(", ");
        }
        return out.append("subject_type DESC, subject_code").toString();
    }

    private static String flip(String term) {
        return term.endsWith(" DESC") ? term.substring(0, term.length() - 5) : term + " DESC";
    }

    static String choices() {
        return Arrays.stream(values()).map(DecisionSort::wire).collect(Collectors.joining(", "));
    }
}
