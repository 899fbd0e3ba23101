package vn.thidua.eligibility.runs;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.rulesets.RuleSet;

import java.time.Clock;
import java.time.Duration;

/** A run's job parameters (the run's id and its rule set's hash), and the run they name, on any instance. */
@Component
@ConditionalOnExpression(RunJobConfiguration.PARTITIONED)
class RunJobs {
    private static final String RUN = "run";
    private static final String RULE_SET = "ruleSet";

    private final Runs runs;
    private final DecisionStore store;
    private final RunSettings settings;
    private final Clock clock;

    RunJobs(Runs runs, DecisionStore store, RunSettings settings, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Identify the job instance: starting it again with them restarts the run's failed partitions only. */
    static JobParameters parameters(Run run, RuleSet ruleSet) {
        return new JobParametersBuilder().addLong(RUN, run.id).addString(RULE_SET, ruleSet.hash()).toJobParameters();
    }

    /** The run and its rule set as stored (saved by the manager before the job starts). */
    JobRun of(JobParameters parameters) {
        RunId id = new RunId(parameters.getLong(RUN));
        Run run = runs.findById(id.value()).orElseThrow(() -> new RunNotFoundException(id));
        String hash = parameters.getString(RULE_SET);
        RuleSet ruleSet = RuleSet.of(store.ruleSetFiles(hash).orElseThrow(
                () -> new IllegalStateException("the files of rule set " + hash + " of run " + id + " are not stored")));
        return new JobRun(id, run, ruleSet, settings.maxDuration(), clock);
    }

    record JobRun(RunId id, Run run, RuleSet ruleSet, Duration maxDuration, Clock clock) {
        /** What is left of the run's own limit, counted from its start whichever instance asks. */
        Duration timeLeft() {
            return maxDuration.minus(Duration.between(run.startedAt, clock.instant()));
        }
    }
}
