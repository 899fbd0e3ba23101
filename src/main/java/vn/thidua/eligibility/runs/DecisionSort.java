package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders a run's decisions are listed in, by the name a request gives ({@code sort=name} or
 * {@code sort=name,desc}). Every order ends on the subject's key (type and code), so that pages never overlap.
 */
enum DecisionSort {
    /**
     * Units first, then people; a phase run's ranked people in rank order, the unranked after
     * ({@code rank_last}, V20): the order of the index {@code decision_page}.
     */
    RANK(List.of("subject_type DESC", "rank_last"), List.of("subject_code")),
    CODE(List.of("subject_code"), List.of("subject_type")),
    /** The order of the index {@code decision_by_name}. */
    NAME(List.of("subject_name"), List.of("subject_type", "subject_code")),
    UNIT(List.of("unit_code"), List.of("subject_type", "subject_code")),
    /** In the order of {@link Outcome}: eligible first. */
    OUTCOME(List.of("FIELD(outcome, " + Arrays.stream(Outcome.values()).map(o -> "'" + o + "'")
            .collect(Collectors.joining(", ")) + ")"), List.of("subject_type", "subject_code")),
    TYPE(List.of("subject_type DESC"), List.of("subject_code"));

    private final List<String> terms;
    /** The rest of the key, ascending whatever the direction asked: no two decisions are ever equal. */
    private final List<String> key;

    DecisionSort(List<String> terms, List<String> key) {
        this.terms = terms;
        this.key = key;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ORDER BY clause: the terms, each reversed when asked, then the rest of the key. */
    String orderBy(boolean descending) {
        List<String> all = new java.util.ArrayList<>();
        terms.forEach(t -> all.add(descending ? flip(t) : t));
        all.addAll(key);
        return " ORDER BY " + String.join(", ", all);
    }

    private static String flip(String term) {
        return term.endsWith(" DESC") ? term.substring(0, term.length() - 5) : term + " DESC";
    }

    static String choices() {
        return Arrays.stream(values()).map(DecisionSort::wire).collect(Collectors.joining(", "));
    }
}
