package vn.thidua.eligibility.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Parameter;

import java.util.List;

/**
 * One partition of a run, on whichever instance took it: evaluates its groups with the run's rule
 * set (read back from the stored files by the run's hash) and writes their decisions and snapshot
 * chunks, and a phase run's merits to rank, in the step's one transaction, which also stores the
 * step as COMPLETED. A failure rolls all of it back and leaves the partition to run again.
 */
class PartitionTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PartitionTasklet.class);
    private final RunJobs jobs;
    private final RunExecutor executor;
    private final RuleEngine engine;
    private final PartitionRows rows;
    private final RankingInputs rankingInputs;

    PartitionTasklet(RunJobs jobs, RunExecutor executor, RuleEngine engine, PartitionRows rows, RankingInputs rankingInputs) {
        this.jobs = jobs;
        this.executor = executor;
        this.engine = engine;
        this.rows = rows;
        this.rankingInputs = rankingInputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        if (step.getJobExecution().getStatus() != BatchStatus.STARTED) {
            // a request the manager gave up on (and sent again in a later attempt) that reached a worker late
            throw new PartitionFailedException("Partition " + step.getStepName() + " belongs to an attempt that ended "
                    + step.getJobExecution().getStatus());
        }
        RunJobs.JobRun run = jobs.of(step.getJobParameters());
        ExecutionContext context = step.getExecutionContext();
        int firstChunk = context.getInt(RunPartitioner.FIRST_CHUNK);
        log.info("Run {}: {} started (groups {} to {})", run.id(), step.getStepName(), firstChunk,
                firstChunk + context.getInt(RunPartitioner.CHUNKS) - 1);
        CompiledRules compiled = engine.compile(run.ruleSet().source());
        List<Parameter> parameters = run.ruleSet().parameters().resolve(run.run().referenceDate);
        Evaluation evaluation = RunExecutor.evaluationOf(run.run());
        rows.discardAttempt(run.id(), RunPartitioner.range(context), firstChunk, context.getInt(RunPartitioner.CHUNKS));
        // the partition's row hashes are not kept: the completing step digests the run from its stored rows
        RunExecutor.Tally tally = executor.evaluateGroups(run.id(), compiled, evaluation, parameters,
                RunPartitioner.range(context), context.getInt(RunPartitioner.UNITS_PER_GROUP), firstChunk,
                run.run().traceCountedInFull, new RunDigests.Written(), run::timeLeft);
        if (!tally.toRank().isEmpty()) {
            rows.saveRankingInput(run.id(), firstChunk, rankingInputs.zip(tally.toRank()));
        }
        rows.requireRunning(run.id());
        return RepeatStatus.FINISHED;
    }
}
