package vn.thidua.eligibility.runs;

import java.util.Optional;

/**
 * Where a run's digest was recorded when it completed, out of the run's own tables (the audit
 * chain, authenticated by a key the database does not hold). The audit module provides it, so
 * that a replay can tell a run altered consistently in all its tables.
 */
public interface RecordedDigests {

    /** The authenticated digest recorded when the run completed; empty when there is none. */
    Optional<RunDigest> recorded(RunId run);

    /** Whether the run completed before digests were recorded (it never had one). */
    boolean precedesDigests(RunId run);
}
