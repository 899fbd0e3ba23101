package vn.thidua.eligibility.runs;

import jakarta.validation.Validator;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import vn.thidua.eligibility.database.DatabaseOutage;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.facts.FactCompleteness;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.InvalidParametersException;
import vn.thidua.eligibility.rulesets.Organisation;
import vn.thidua.eligibility.rulesets.OrganisationNames;
import vn.thidua.eligibility.rulesets.RuleSet;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.rulesets.RuleSetVersions;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The runs module's public API: start a run, read runs and their decisions. */
@Service
public class RunService implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private final Runs runs;
    private final RuleSetVersions ruleSets;
    private final RunExecutor executor;
    private final DecisionStore decisions;
    private final RunSettings settings;
    private final Clock clock;
    private final AsyncTaskExecutor pool;
    /** Boot's scheduler (scheduling is enabled): retries recording the runs an outage stranded. */
    private final TaskScheduler sweep;
    private final OrganisationNames organisation;
    /** Runs this service evaluates now; the others recorded as RUNNING were stranded by a stop or an outage. */
    private final Set<Long> inFlight = new HashSet<>();
    private final FactCompleteness facts;
    private final Validator validator;
    private final RunJobSettings jobs;
    /** The names of the runs' organisation lately asked for, by rule set hash and reference date. */
    private final Map<String, Organisation.Names> namesByRuleSet = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Organisation.Names> eldest) {
                    return size() > 64;
                }
            });

    RunService(Runs runs, RuleSetVersions ruleSets, RunExecutor executor, DecisionStore decisions, RunSettings settings,
               Clock clock, AsyncTaskExecutor runPool, TaskScheduler sweep, OrganisationNames organisation,
               FactCompleteness facts, Validator validator, RunJobSettings jobs) {
        this.jobs = jobs;
        this.organisation = organisation;
        this.facts = facts;
        this.validator = validator;
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.executor = executor;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
        this.pool = runPool;
        this.sweep = sweep;
    }

    /**
     * Checks the request, records the run and evaluates it, waiting up to the configured time: the
     * summary is COMPLETED or FAILED, or still RUNNING for the caller to poll. The rule set is
     * taken here, once: a version activated while the run waits or evaluates does not change it.
     *
     * @throws NoFactsToEvaluateException when the year (or every year of the phase) has no fact at all
     */
    public RunSummary start(RunRequest request, String user) {
        Checked checked = validate(request);
        Chosen rules = ruleSetOf(checked);
        refuseWithoutFacts(checked);
        Run run;
        synchronized (inFlight) {
            run = runs.save(Run.start(checked.kind(), checked.year(), checked.fromYear(), checked.toYear(),
                    checked.quota(), checked.referenceDate(), rules.version(), user, clock.instant(),
                    settings.traceCountedInFull()));
            inFlight.add(run.id);
        }
        Future<RunSummary> done = pool.submit(() -> evaluate(run, rules));
        try {
            return done.get(settings.syncWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return run.summary();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return run.summary();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Run " + run.id + " could not be evaluated", e.getCause());
        }
    }

    private RunSummary evaluate(Run run, Chosen rules) {
        try {
            return executor.execute(run, rules.ruleSet());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // not even FAILED could be written: the sweep writes it once the database answers again
            log.warn("Run {} failed: the database is unavailable; recording it when the database is back", run.id);
            run.fail(run.ruleSetHash, RunExecutor.DATABASE_UNAVAILABLE, clock.instant());
            settled(run);
            try {
                sweep.schedule(this::sweepUntilRecorded, sweep.getClock().instant());
            } catch (RejectedExecutionException stopping) {
                log.warn("The service is stopping: its next start marks run {} FAILED", run.id);
            }
            return run.summary();
        } finally {
            settled(run);
        }
    }

    private void settled(Run run) {
        synchronized (inFlight) {
            inFlight.remove(run.id);
        }
    }

    /** Tries every second until the database answers, then fails the runs an outage stranded. */
    private void sweepUntilRecorded() {
        try {
            failRunsNotInFlight(RunExecutor.DATABASE_UNAVAILABLE);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                sweep.schedule(this::sweepUntilRecorded, sweep.getClock().instant().plusSeconds(1));
            } else {
                log.error("Runs stranded by a database outage could not be marked FAILED", e);
            }
        }
    }

    public Optional<RunSummary> find(RunId id) {
        return runs.findById(id.value()).map(Run::summary);
    }

    public List<RunSummary> latest() {
        return runs.findTop100ByOrderByIdDesc().stream().map(Run::summary).toList();
    }

    /** The year's latest completed annual run: the one a yearly report describes. */
    public Optional<RunSummary> latestAnnual(int year) {
        return runs.findFirstByKindAndYearAndStatusOrderByIdDesc(RunKind.ANNUAL, year, RunStatus.COMPLETED).map(Run::summary);
    }

    public List<DecisionView> decisions(RunId id, SubjectType type, Outcome outcome, Locale locale) {
        List<DecisionView> found = decisions.list(id, type, outcome, locale);
        if (found.isEmpty()) {
            return found;
        }
        Optional<Organisation.Names> names = names(id);
        return found.stream().map(d -> awardedBy(d, names)).toList();
    }

    /** A page of the run's decisions ({@link DecisionQueries}), each naming who grants its award. */
    DecisionPage awardedBy(RunId id, DecisionPage page) {
        if (page.items().isEmpty()) {
            return page;
        }
        Optional<Organisation.Names> names = names(id);
        return new DecisionPage(page.items().stream().map(d -> awardedBy(d, names)).toList(), page.total(), page.page(),
                page.size(), page.sort());
    }

    public Optional<DecisionView> decision(RunId id, SubjectType type, String code, Locale locale) {
        return decisions.find(id, type, code, locale).map(d -> awardedBy(d, names(id)));
    }

    /**
     * Every decision about one unit or person, in every run that decided it, the newest run first;
     * without traces and without {@code awardedBy} (each would read the run's rule set): {@link #decision} has both.
     */
    public List<RunDecision> decisionsAbout(SubjectType type, String code, Locale locale) {
        Map<Long, DecisionView> found = decisions.about(type, code, locale);
        Map<Long, RunSummary> summaries = new HashMap<>();
        runs.findAllById(found.keySet()).forEach(run -> summaries.put(run.id, run.summary()));
        List<RunDecision> out = new ArrayList<>(found.size());
        found.forEach((id, d) -> out.add(new RunDecision(summaries.get(id), d)));
        return out;
    }

    private static DecisionView awardedBy(DecisionView d, Optional<Organisation.Names> names) {
        return names.map(n -> d.awardedBy(d.award() == AwardType.BANG_KHEN_CCHC ? n.chairman() : n.director())).orElse(d);
    }

    /**
     * The organisation's names on the run's reference date, by the rule set the run used. Kept by rule
     * set and date, which fix them: finding them parses the whole rule set, most of a page's time.
     */
    private Optional<Organisation.Names> names(RunId id) {
        return runs.findById(id.value()).flatMap(run -> {
            String key = run.ruleSetHash + "@" + run.referenceDate;
            Organisation.Names known = namesByRuleSet.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Organisation.Names> names = decisions.ruleSetFiles(run.ruleSetHash)
                    .map(files -> organisation.of(RuleSet.of(files), run.referenceDate));
            names.ifPresent(n -> namesByRuleSet.put(key, n));
            return names;
        });
    }

    /**
     * The request's own constraints (Bean Validation on {@link AnnualRunRequest} and
     * {@link PhaseRunRequest}), each refused at its field; then the request with today for a missing
     * reference date, and an annual run's year as its phase.
     */
    private Checked validate(RunRequest r) {
        List<ApiError.Detail> errors = validator.validate(r).stream()
                .map(v -> ApiError.Detail.of(v.getPropertyPath().toString(), RunProblems.of(v, r)))
                .sorted(Comparator.comparing(d -> d.path() + ": " + d.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidRunRequestException(errors);
        }
        LocalDate reference = r.referenceDate() != null ? r.referenceDate() : LocalDate.now(clock.withZone(ZoneId.of(settings.zone())));
        return r.kind() == RunKind.PHASE
                ? new Checked(r.kind(), null, r.fromYear(), r.toYear(), r.quota(), reference, r.ruleSetVersion())
                : new Checked(r.kind(), r.year(), r.year(), r.year(), null, reference, r.ruleSetVersion());
    }

    /** A request that passed its checks, with its reference date. */
    private record Checked(RunKind kind, Integer year, Integer fromYear, Integer toYear, Integer quota,
                           LocalDate referenceDate, Integer ruleSetVersion) {
    }

    /** A year (or a phase) with no fact of its own would be decided on nothing. */
    private void refuseWithoutFacts(Checked r) {
        if (r.kind() == RunKind.PHASE) {
            if (!facts.hasPhaseFacts(r.fromYear(), r.toYear())) {
                throw NoFactsToEvaluateException.phase(r.fromYear(), r.toYear());
            }
        } else if (!facts.hasFactsOf(r.year())) {
            throw NoFactsToEvaluateException.annual(facts.of(r.year(), r.referenceDate()));
        }
    }

    /** The version a run uses, parsed once when the run is asked for. */
    private record Chosen(int version, RuleSet ruleSet) {
    }

    private Chosen ruleSetOf(Checked r) {
        if (r.ruleSetVersion() == null) {
            RuleSetVersion active = ruleSets.current();
            return new Chosen(active.version(), active.ruleSet());
        }
        RuleSetVersion version = ruleSets.find(r.ruleSetVersion()).orElseThrow(() -> new InvalidRunRequestException(
                List.of(ApiError.Detail.of("ruleSetVersion", Text.of("run.problem.noSuchVersion", r.ruleSetVersion())))));
        if (!version.activated()) {
            throw version.status() == RuleSetStatus.DISCARDED ? RuleSetNotActivatedException.discarded(version.version())
                    : new RuleSetNotActivatedException(version.version());
        }
        try {
            return new Chosen(version.version(), version.ruleSet());
        } catch (InvalidParametersException e) {
            throw new InvalidRunRequestException(List.of(ApiError.Detail.of("ruleSetVersion",
                    Text.of("run.problem.invalidParameters", r.ruleSetVersion(), e.problems().get(0)))));
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        // a worker joining (or rejoining) the cluster must not fail the runs its manager evaluates
        if (jobs.mode() != RunJobSettings.Mode.REMOTE || jobs.role() != RunJobSettings.Role.WORKER) {
            failInterruptedRuns();
        }
    }

    /** A run left RUNNING by a stopped service will never finish: say so. */
    void failInterruptedRuns() {
        failRunsNotInFlight("Interrupted: the service stopped before the run finished");
    }

    /** Fails the runs recorded as RUNNING that no thread of this service evaluates. */
    private void failRunsNotInFlight(String reason) {
        synchronized (inFlight) {
            for (Run run : runs.findByStatus(RunStatus.RUNNING)) {
                if (!inFlight.contains(run.id)) {
                    log.warn("Run {} failed: {}", run.id, reason);
                    run.fail(run.ruleSetHash, reason, clock.instant());
                    runs.save(run);
                }
            }
        }
    }
}
