package vn.thidua.eligibility.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.database.DatabaseOutage;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Evaluators;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.IncompleteDecisionException;
import vn.thidua.eligibility.engine.OrderedPipeline;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleLimitExceededException;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.rulesets.NoValueInForceException;
import vn.thidua.eligibility.rulesets.RuleSet;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluates a run: compiles its rule set (cached by hash), then, in ONE transaction,
 * reads the facts group by group, lets the engine decide and writes each group's decisions and
 * snapshot, and marks the run COMPLETED with the digest of the rows it wrote. A phase run judges people only, group by group, then ranks
 * the qualified ones together in one more session and writes their rank and final outcome. Any failure rolls all of that back and records FAILED
 * with the reason.
 */
@Component
class RunExecutor {
    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);
    static final String DATABASE_UNAVAILABLE = "Database unavailable: the connection to the database was lost during"
            + " the run; nothing of it was stored. Start the run again.";

    private final RuleEngine engine;
    private final FactGroups factGroups;
    private final DecisionStore store;
    private final Runs runs;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final RunSettings settings;
    private final Clock clock;
    private final Evaluators evaluators;

    RunExecutor(RuleEngine engine, FactGroups factGroups, DecisionStore store, Runs runs,
                TransactionTemplate tx, ApplicationEventPublisher events, RunSettings settings, Clock clock,
                Evaluators evaluators) {
        this.engine = engine;
        this.factGroups = factGroups;
        this.store = store;
        this.runs = runs;
        this.tx = tx;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.evaluators = evaluators;
    }

    RunSummary execute(Run run, RuleSet ruleSet) {
        String hash = ruleSet.hash();
        long t0 = System.nanoTime();
        try {
            CompiledRules compiled = engine.compile(ruleSet.source());
            List<Parameter> parameters = ruleSet.parameters().resolve(run.referenceDate);
            Evaluation evaluation = run.kind == RunKind.PHASE
                    ? Evaluation.phase(run.fromYear, run.toYear, run.referenceDate, run.quota)
                    : Evaluation.annual(run.year, run.referenceDate);
            RunId id = new RunId(run.id);
            tx.executeWithoutResult(status -> {
                store.saveRuleSet(ruleSet);
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                List<Merit> toRank = new ArrayList<>();
                Map<String, DecisionStore.Row> awaitingRank = new HashMap<>();
                RunDigests.Written written = new RunDigests.Written();
                int[] chunks = {0};
                // Groups are evaluated, serialised and compressed on the pool; this (the transaction's)
                // thread reads the next ones and writes the finished ones, in the order read, so the run
                // stays deterministic.
                OrderedPipeline<Judged> pipeline = evaluators.inOrder(judged -> {
                    store.write(judged.rows(), written);
                    awaitingRank.putAll(judged.rows().awaitingRank());
                    // Only the merits of the qualified are kept for the ranking: memory stays bounded by them.
                    judged.verdicts().forEach(v -> v.meritToRank().ifPresentOrElse(toRank::add,
                            () -> counts.merge(v.outcome(), 1, Integer::sum)));
                });
                factGroups.forEachGroup(evaluation.getFromYear(), evaluation.getToYear(), run.referenceDate,
                        settings.unitsPerGroup(), group -> {
                    // a phase run judges the subjects its rule set's phase.subjectTypes names (people)
                    FactGroup judged = engine.judgedIn(evaluation, parameters, group);
                    int chunk = chunks[0]++;
                    pipeline.submit(() -> {
                        List<Verdict> verdicts = engine.evaluate(compiled, evaluation, parameters, judged, timeLeft(t0));
                        return new Judged(verdicts, store.prepare(id, chunk, judged, verdicts, run.traceCountedInFull));
                    });
                });
                pipeline.finish();
                if (run.kind == RunKind.PHASE) {
                    List<Verdict> ranked = engine.rank(compiled, evaluation, parameters, toRank, timeLeft(t0));
                    store.saveRanking(id, chunks[0], ranked, awaitingRank, run.traceCountedInFull, written);
                    ranked.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
                }
                run.complete(ruleSet.hash(), counts, clock.instant());
                runs.save(run);
                // the digest of what this transaction wrote goes into the audit chain before it commits
                events.publishEvent(completed(run, store.digest(id, written)));
            });
            log.info("Run {} completed: {} subjects in {} ms", run.id, run.subjectCount, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuleCompilationException | NoValueInForceException
                 | RuleLimitExceededException | IncompleteDecisionException e) {
            recordFailure(run, hash, e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                // told apart from a bug: nothing to look up in the log, the run can simply be started again
                recordFailure(run, hash, DATABASE_UNAVAILABLE);
            } else {
                String errorId = UUID.randomUUID().toString();
                log.error("Run {} failed (error id {})", run.id, errorId, e);
                recordFailure(run, hash, "Unexpected error (id " + errorId + " in the service log): " + e.getClass().getSimpleName());
            }
        }
        if (run.status == RunStatus.FAILED) {
            events.publishEvent(completed(run, null));
        }
        return run.summary();
    }

    /** What is left of the run's own limit, which bounds each session besides the session's own limit. */
    private Duration timeLeft(long t0) {
        return settings.maxDuration().minusNanos(System.nanoTime() - t0);
    }

    private static RunCompleted completed(Run run, RunDigest digest) {
        return new RunCompleted(new RunId(run.id), run.status, run.startedBy, run.ruleSetVersion, run.ruleSetHash,
                run.subjectCount, run.failureReason, digest);
    }

    /** A group's verdicts (for the counts and the ranking) and its rows ready to store. */
    private record Judged(List<Verdict> verdicts, DecisionStore.Prepared rows) {
    }

    private void recordFailure(Run run, String hash, String reason) {
        log.warn("Run {} failed: {}", run.id, reason);
        Run fresh = runs.findById(run.id).orElse(run);
        fresh.fail(hash, reason, clock.instant());
        runs.save(fresh);
        run.fail(hash, reason, fresh.finishedAt);
    }
}
