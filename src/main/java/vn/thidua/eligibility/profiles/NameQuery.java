package vn.thidua.eligibility.profiles;

import vn.thidua.eligibility.web.Folded;

import java.util.Arrays;
import java.util.List;

/**
 * What a person typed to find a profile, folded ({@link Folded}): a subject matches when its folded
 * code contains the whole query, or when every word of the query begins a word of its folded name,
 * in any order — "nguyen van a", "ngan do" and "nv01" all find what one expects, and "an" does not
 * find every "Lan" and "Ngân".
 */
record NameQuery(String text, String folded, List<String> words) {

    static NameQuery of(String text) {
        String typed = text == null ? "" : text.strip();
        String folded = Folded.of(typed);
        return new NameQuery(typed, folded, words(folded));
    }

    boolean blank() {
        return words.isEmpty();
    }

    /** A blank query matches everything. */
    boolean matches(String code, String name) {
        if (blank() || Folded.of(code).contains(folded)) {
            return true;
        }
        List<String> nameWords = words(Folded.of(name));
        return words.stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w)));
    }

    private static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
