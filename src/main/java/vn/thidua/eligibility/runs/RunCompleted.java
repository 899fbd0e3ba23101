package vn.thidua.eligibility.runs;

/** Published once a run's decisions are committed (or its failure recorded). */
public record RunCompleted(RunId id, RunStatus status, String startedBy, Integer ruleSetVersion, String ruleSetHash,
                           int subjects, String failureReason) {
}
