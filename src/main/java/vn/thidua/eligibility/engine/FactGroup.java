package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.model.Subject;

import java.util.List;

/**
 * The subjects to decide in one session and every fact that matters to them (their unit, items,
 * tasks, dossiers, initiatives, discipline, ratings, awards). Evaluating group by group keeps a
 * session's memory bounded by the group, not by the organisation.
 */
public record FactGroup(List<? extends Subject> subjects, List<?> facts) {
    public FactGroup {
        subjects = List.copyOf(subjects);
        facts = List.copyOf(facts);
    }
}
