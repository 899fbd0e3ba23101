package vn.thidua.eligibility.runs;

/** A partition of a run's job failed, on this instance or a worker: the message is the run's failure reason. */
class PartitionFailedException extends RuntimeException {
    PartitionFailedException(String message) {
        super(message);
    }
}
