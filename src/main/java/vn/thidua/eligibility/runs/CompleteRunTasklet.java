package vn.thidua.eligibility.runs;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.RunKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's last step, once every partition is stored, in one transaction as an in-process run
 * ends: a phase run's ranking of all the partitions' qualified people together, then the counts of
 * the stored decisions, the run COMPLETED, and its digest into the audit chain before it commits.
 */
class CompleteRunTasklet implements Tasklet {
    private final RunJobs jobs;
    private final RuleEngine engine;
    private final DecisionStore store;
    private final PartitionRows rows;
    private final RankingInputs rankingInputs;
    private final Runs runs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompleteRunTasklet(RunJobs jobs, RuleEngine engine, DecisionStore store, PartitionRows rows,
                       RankingInputs rankingInputs, Runs runs, ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.engine = engine;
        this.store = store;
        this.rows = rows;
        this.rankingInputs = rankingInputs;
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunJobs.JobRun job = jobs.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        Run run = job.run();
        if (run.kind == RunKind.PHASE) {
            CompiledRules compiled = engine.compile(job.ruleSet().source());
            Evaluation evaluation = RunExecutor.evaluationOf(run);
            List<Merit> merits = new ArrayList<>();
            rows.rankingInputs(job.id()).forEach(gz -> merits.addAll(rankingInputs.unzip(gz)));
            List<Verdict> ranked = engine.rank(compiled, evaluation,
                    job.ruleSet().parameters().resolve(run.referenceDate), merits, job.timeLeft());
            store.saveRanking(job.id(), rows.nextChunk(job.id()), ranked, null, run.traceCountedInFull, null);
            rows.deleteRankingInputs(job.id());
        }
        run.complete(job.ruleSet().hash(), rows.counts(job.id()), clock.instant());
        runs.save(run);
        events.publishEvent(RunExecutor.completed(run, store.digest(job.id())));
        return RepeatStatus.FINISHED;
    }
}
