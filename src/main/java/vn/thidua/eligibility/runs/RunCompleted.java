package vn.thidua.eligibility.runs;

/**
 * Published in a completed run's transaction, before it commits, with the digest of what it
 * wrote; for a failed run, once its failure is recorded (no digest).
 */
public record RunCompleted(RunId id, RunStatus status, String startedBy, Integer ruleSetVersion, String ruleSetHash,
                           int subjects, String failureReason, RunDigest digest) {
}
