package vn.thidua.eligibility.runs;

import java.util.List;

/**
 * The outcome of re-evaluating a run's stored facts with its stored rule set, and of checking
 * what is stored against what the run recorded when it completed.
 *
 * @param identical   nothing differs: every stored field of every decision and the counts came
 *                    out as stored, the rule set files still have the run's hash, and the run
 *                    matches the digest the audit log recorded (when it has one)
 * @param differences every stored field that differs from the replay, by subject ("run" for its counts)
 * @param ruleSet     the rule set the replay used, against the hash the run recorded
 * @param digest      the run as stored against the digest recorded when it completed
 */
public record ReplayReport(RunId run, String ruleSetHash, int decisions, boolean identical,
                           List<Difference> differences, RuleSetCheck ruleSet, DigestCheck digest) {

    /** One field of one decision (or the run's counts), as stored and as replayed; null where absent. */
    public record Difference(String subject, String field, String stored, String replayed) {
    }

    /**
     * @param recorded the hash the run recorded
     * @param stored   the hash of the files stored for it now ("missing" when gone)
     */
    public record RuleSetCheck(String recorded, String stored, boolean changed, String detail) {
    }

    /**
     * @param matches        null when the run completed before digests were recorded
     * @param differingParts the parts of the digest that differ (run, decisions, traces, snapshot, ruleSet)
     */
    public record DigestCheck(Boolean matches, String recorded, String stored, List<String> differingParts, String detail) {
    }
}
