package vn.thidua.eligibility.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.rulesets.RuleSet;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Runs a run as its Spring Batch job ({@link RunJobConfiguration}) and waits for it. Partitions that
 * no worker finished within {@code eligibility.runs.partition-timeout} (a worker that died with the
 * queue's redelivery not reaching another) are marked FAILED and the job is started again: Spring
 * Batch re-runs those partitions only, the completed ones are kept. A run whose job fails is FAILED
 * with the first partition's reason, and {@link #discard} removes what its partitions stored.
 */
@Component
@ConditionalOnExpression(RunJobConfiguration.PARTITIONED)
class PartitionedRuns {
    private static final Logger log = LoggerFactory.getLogger(PartitionedRuns.class);
    static final String LOST = "Lost: no worker finished this partition within eligibility.runs.partition-timeout";
    /** The failures the rules themselves cause: the run's reason is their message, as in process. */
    private static final Set<String> RULE_FAILURES = Set.of("RuleCompilationException", "NoValueInForceException",
            "RuleLimitExceededException", "IncompleteDecisionException", "RuleTimeoutException");

    private final JobLauncher launcher;
    private final Job job;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final RuleEngine engine;
    private final DecisionStore store;
    private final PartitionRows rows;
    private final Runs runs;
    private final TransactionTemplate tx;
    private final RunJobSettings settings;

    PartitionedRuns(JobLauncher launcher, Job eligibilityRun, JobExplorer explorer, JobRepository repository,
                    RuleEngine engine, DecisionStore store, PartitionRows rows, Runs runs, TransactionTemplate tx,
                    RunJobSettings settings) {
        this.launcher = launcher;
        this.job = eligibilityRun;
        this.explorer = explorer;
        this.repository = repository;
        this.engine = engine;
        this.store = store;
        this.rows = rows;
        this.runs = runs;
        this.tx = tx;
        this.settings = settings;
    }

    /** The run COMPLETED by its job; throws the reason it failed for. */
    Run execute(Run run, RuleSet ruleSet) {
        // a rule set that does not build fails here, as in process, before any partition is sent
        engine.compile(ruleSet.source());
        // the workers read the rule set back from what is stored under its hash
        tx.executeWithoutResult(status -> store.saveRuleSet(ruleSet));
        JobParameters parameters = RunJobs.parameters(run, ruleSet);
        JobExecution execution = launch(parameters);
        for (int attempt = 1; execution.getStatus() != BatchStatus.COMPLETED && attempt < settings.attempts()
                && markLost(execution) > 0; attempt++) {
            log.warn("Run {}: partitions lost, starting its job again (attempt {} of {})", run.id, attempt + 1,
                    settings.attempts());
            execution = launch(parameters);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failure(execution);
        }
        return runs.findById(run.id).orElseThrow(() -> new RunNotFoundException(new RunId(run.id)));
    }

    /** Removes everything a FAILED run's partitions stored; called once FAILED is stored (see {@link PartitionRows#requireRunning}). */
    void discard(RunId run) {
        tx.executeWithoutResult(status -> rows.deleteAll(run));
    }

    private JobExecution launch(JobParameters parameters) {
        try {
            return launcher.run(job, parameters);
        } catch (org.springframework.batch.core.JobExecutionException e) {
            throw new IllegalStateException("The run's job could not be started: " + e.getMessage(), e);
        }
    }

    /** Marks FAILED the partitions of the ended job that no instance finished; returns how many. */
    private int markLost(JobExecution execution) {
        int lost = 0;
        for (StepExecution step : explorer.getJobExecution(execution.getId()).getStepExecutions()) {
            if (isPartition(step) && step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(LOST));
                step.setEndTime(LocalDateTime.now());
                try {
                    // a worker still writing it fails on this version when it commits
                    repository.update(step);
                    lost++;
                } catch (OptimisticLockingFailureException finishedMeanwhile) {
                    log.info("Partition {} ended while being marked lost", step.getStepName());
                }
            }
        }
        return lost;
    }

    /**
     * The reason of the first failed partition: the exception itself when it ran here; a worker's as
     * Spring Batch stored it, its class and message on the first line of the step's exit description.
     */
    private RuntimeException failure(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            if (t instanceof RuntimeException e && !e.getClass().getName().startsWith("org.springframework.batch")) {
                return e;
            }
        }
        JobExecution stored = explorer.getJobExecution(execution.getId());
        for (StepExecution step : stored.getStepExecutions()) {
            if (isPartition(step) && step.getStatus() == BatchStatus.FAILED) {
                return new PartitionFailedException(reason(step));
            }
        }
        return new PartitionFailedException("The run's job ended " + execution.getStatus() + ": "
                + execution.getExitStatus().getExitDescription());
    }

    private static String reason(StepExecution step) {
        String first = step.getExitStatus().getExitDescription().lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        String type = colon < 0 ? "" : first.substring(first.lastIndexOf('.', colon) + 1, colon);
        if (RULE_FAILURES.contains(type)) {
            return first.substring(colon + 2);
        }
        return "Partition " + step.getStepName() + " failed: " + first;
    }

    private static boolean isPartition(StepExecution step) {
        return step.getStepName().startsWith(RunJobConfiguration.PARTITION + ":");
    }
}
