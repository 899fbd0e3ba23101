package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.facts.Completeness;

import java.util.List;
import java.util.Optional;

/**
 * A run of a year (or a phase) without any fact of its own would decide every subject on nothing: it
 * is refused (422), with what is missing. For an annual run, {@link #completeness()} lists it per unit
 * and person.
 */
public class NoFactsToEvaluateException extends InvalidRunRequestException {
    private final transient Completeness completeness;

    NoFactsToEvaluateException(String problem, Completeness completeness) {
        super(List.of(problem));
        this.completeness = completeness;
    }

    static NoFactsToEvaluateException annual(Completeness completeness) {
        int year = completeness.year();
        return new NoFactsToEvaluateException("year: there are no facts of " + year + " at all (no scored item, no "
                + "provincial task or TTHC dossier due in " + year + ", no initiative or rating of " + year
                + "); import them before running " + year, completeness);
    }

    static NoFactsToEvaluateException phase(int fromYear, int toYear) {
        return new NoFactsToEvaluateException("fromYear: none of the years " + fromYear + "–" + toYear + " has any fact "
                + "(scored item, provincial task, TTHC dossier, initiative, rating or award); import them before "
                + "running the phase", null);
    }

    /** What is missing per unit and person, for an annual run. */
    public Optional<Completeness> completeness() {
        return Optional.ofNullable(completeness);
    }
}
