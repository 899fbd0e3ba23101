package vn.thidua.eligibility.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How a run is spread (README, "Scaling out"); the other {@code eligibility.runs} keys are {@link RunSettings}.
 *
 * @param mode             {@code in-process}: one transaction on this instance (the default);
 *                         {@code local-partitions}: a Spring Batch job whose partitions run on this
 *                         instance's threads; {@code remote}: partitions sent over RabbitMQ to the
 *                         worker instances sharing this database
 * @param role             in {@code remote} mode, whether this instance evaluates partitions sent by
 *                         others ({@code worker}, {@code both}) or only runs the jobs started here
 *                         ({@code manager}); any instance manages the runs started through it
 * @param partitions       partitions a run is cut into (ranges of whole groups of units, fewer for a small
 *                         organisation)
 * @param partitionThreads in {@code local-partitions} mode, partitions evaluated at once
 * @param queue            the RabbitMQ queue the partitions travel on
 * @param pollInterval     how often the manager reads the job repository for its partitions' ends
 * @param partitionTimeout how long the manager waits for all partitions; those no worker finished by
 *                         then are marked FAILED and run again
 * @param attempts         how many times a run's job is started in all when partitions are lost
 */
@ConfigurationProperties("eligibility.runs")
record RunJobSettings(@DefaultValue("in-process") Mode mode, @DefaultValue("both") Role role,
                      @DefaultValue("8") int partitions, @DefaultValue("2") int partitionThreads,
                      @DefaultValue("eligibility.run-partitions") String queue,
                      @DefaultValue("500ms") Duration pollInterval, @DefaultValue("10m") Duration partitionTimeout,
                      @DefaultValue("3") int attempts) {

    enum Mode { IN_PROCESS, LOCAL_PARTITIONS, REMOTE }

    enum Role { MANAGER, WORKER, BOTH }

    /** Whether this instance may take partitions from the queue. */
    boolean works() {
        return role != Role.MANAGER;
    }
}
