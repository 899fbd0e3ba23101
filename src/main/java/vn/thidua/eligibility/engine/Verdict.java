package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Subject;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules concluded about one subject: the outcome, why, and the firings that led there.
 *
 * @param deferrals what holds the award back on R without refusing it (review, investigation), each
 *                  saying what would end it
 * @param merit   in a phase run, what the person achieved in the phase as the rules counted it; else null
 * @param rank    in a phase run's ranking, the person's place (equal for a tie); else null
 * @param ranking the rank in words, with the rule that ranked; null when {@code rank} is
 */
public record Verdict(Subject subject, AwardType award, Outcome outcome, List<Explanation> conditions,
                      List<Explanation> exclusions, List<Explanation> deferrals, List<Firing> trace, Merit merit, Integer rank,
                      Explanation ranking) {

    /**
     * The merit to rank: a phase run's first session decides a qualified person ELIGIBLE (to be
     * ranked), and only those go on to {@link RuleEngine#rank}.
     */
    public Optional<Merit> meritToRank() {
        return outcome == Outcome.ELIGIBLE && merit != null ? Optional.of(merit) : Optional.empty();
    }

    /**
     * This first-session verdict on a qualified person completed by the ranking session's verdict on
     * them: the outcome, rank and ranking are the ranking's; the conditions, exclusions and merit stay
     * this one's; the trace is this one's firings followed by the ranking's.
     */
    public Verdict rankedAs(Verdict ranked) {
        if (!ranked.subject().ref().equals(subject.ref())) {
            throw new IllegalArgumentException("the ranking of " + ranked.subject().ref() + " is not about " + subject.ref());
        }
        List<Firing> both = new java.util.ArrayList<>(trace);
        both.addAll(ranked.trace());
        return new Verdict(subject, award, ranked.outcome(), conditions, exclusions, deferrals, both, merit, ranked.rank(),
                ranked.ranking());
    }
}
