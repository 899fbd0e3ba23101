package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.runs.DecisionView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why the run did not find a subject eligible, in the run's words and each with its legal basis:
 * what an override of that subject sets aside, shown before it is added and kept with the entry.
 */
final class OverrideGrounds {
    /** Outcomes that find the subject qualified: a phase's RESERVE qualified and fell past the quota. */
    private static final Set<Outcome> QUALIFIED = EnumSet.of(Outcome.ELIGIBLE, Outcome.PROPOSED, Outcome.TIED_AT_QUOTA,
            Outcome.RESERVE);

    private OverrideGrounds() {
    }

    /** Whether adding the subject overrides a legal reason (excluded, deferred, a condition not met or not judged). */
    static boolean setAside(Outcome outcome) {
        return !QUALIFIED.contains(outcome);
    }

    /** The reasons of the decision's outcome, "detail (legal basis)"; none for a qualified subject. */
    static List<String> of(DecisionView d) {
        List<String> grounds = new ArrayList<>();
        switch (d.outcome()) {
            case EXCLUDED -> nullSafe(d.exclusions()).forEach(x -> grounds.add(ground(x.detail(), x.legalBasis())));
            case DEFERRED -> nullSafe(d.deferral()).forEach(x -> grounds.add(ground(x.detail(), x.legalBasis())));
            case NOT_ELIGIBLE -> nullSafe(d.conditions()).stream().filter(c -> Boolean.FALSE.equals(c.met()))
                    .forEach(c -> grounds.add(ground(c.detail(), c.legalBasis())));
            case UNDETERMINED -> nullSafe(d.conditions()).stream().filter(c -> c.met() == null)
                    .forEach(c -> grounds.add(ground(c.detail(), c.legalBasis())));
            default -> {
            }
        }
        return grounds;
    }

    /** As stored with the entry: one a line (no ground holds a line break: the run writes each on one line). */
    static String stored(List<String> grounds) {
        return grounds.isEmpty() ? null : String.join("\n", grounds);
    }

    static List<String> read(String stored) {
        return stored == null ? null : List.of(stored.split("\n"));
    }

    private static String ground(String detail, String legalBasis) {
        return legalBasis == null || legalBasis.isBlank() ? detail : detail + " (" + legalBasis + ")";
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
