package vn.thidua.eligibility.runs;

import java.util.Optional;

/**
 * The proposal list compiled from a run, for the run's page. The proposals module implements it:
 * proposals depend on runs, never the other way round.
 */
public interface RunProposals {

    Optional<Listed> ofRun(long runId);

    /** A proposal list as the run's page links to it; {@code status} is its workflow status's name. */
    record Listed(long id, String status) {
    }
}
