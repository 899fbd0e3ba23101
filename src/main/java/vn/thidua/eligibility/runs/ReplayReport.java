package vn.thidua.eligibility.runs;

import java.util.List;

/**
 * The outcome of re-evaluating a run's stored facts with its stored rule set.
 *
 * @param identical   every decision came out exactly as stored (outcome, rank, conditions, exclusions, merit)
 * @param differences the subjects whose decision differs, with what was stored and what the replay found
 */
public record ReplayReport(RunId run, String ruleSetHash, int decisions, boolean identical,
                           List<Difference> differences) {

    public record Difference(String subject, String stored, String replayed) {
    }
}
