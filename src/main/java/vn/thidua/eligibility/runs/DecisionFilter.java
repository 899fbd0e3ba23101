package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The run page's filters, bound from its query string; every one may be empty.
 *
 * @param q part of a name or a code; matched without regard to case or Vietnamese diacritics, so
 *          that "nguyen" finds "Nguyễn"
 */
record DecisionFilter(SubjectType type, Outcome outcome, String unit, String q) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    List<DecisionView> apply(List<DecisionView> decisions) {
        String wanted = q == null || q.isBlank() ? null : fold(q.strip());
        return decisions.stream()
                .filter(d -> type == null || d.subjectType() == type)
                .filter(d -> outcome == null || d.outcome() == outcome)
                .filter(d -> unit == null || unit.isBlank() || unit.equals(d.unitCode()))
                .filter(d -> wanted == null || fold(d.subjectCode()).contains(wanted) || fold(d.subjectName()).contains(wanted))
                .toList();
    }

    public boolean any() {
        return type != null || outcome != null || (unit != null && !unit.isBlank()) || (q != null && !q.isBlank());
    }

    /** đ is a letter of its own, not d with a mark, so it is folded by hand. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
