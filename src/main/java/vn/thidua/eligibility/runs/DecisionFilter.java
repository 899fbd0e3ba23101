package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Folded;

import java.util.List;

/**
 * The run page's filters, bound from its query string; every one may be empty.
 *
 * @param q part of a name or a code; matched without regard to case or Vietnamese diacritics, so
 *          that "nguyen" finds "Nguyễn"
 */
record DecisionFilter(SubjectType type, Outcome outcome, String unit, String q) {
    List<DecisionView> apply(List<DecisionView> decisions) {
        String wanted = q == null || q.isBlank() ? null : Folded.of(q.strip());
        return decisions.stream()
                .filter(d -> type == null || d.subjectType() == type)
                .filter(d -> outcome == null || d.outcome() == outcome)
                .filter(d -> unit == null || unit.isBlank() || unit.equals(d.unitCode()))
                .filter(d -> wanted == null || Folded.of(d.subjectCode()).contains(wanted) || Folded.of(d.subjectName()).contains(wanted))
                .toList();
    }

    public boolean any() {
        return type != null || outcome != null || (unit != null && !unit.isBlank()) || (q != null && !q.isBlank());
    }
}
