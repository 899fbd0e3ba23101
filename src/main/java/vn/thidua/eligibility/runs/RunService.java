package vn.thidua.eligibility.runs;

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
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.rulesets.RuleSetVersions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    /** The movement runs 2021–2030: a phase is at most that long. */
    private static final int MAX_PHASE_YEARS = Evaluation.MAX_PHASE_YEARS;

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

    RunService(Runs runs, RuleSetVersions ruleSets, RunExecutor executor, DecisionStore decisions, RunSettings settings,
               Clock clock, AsyncTaskExecutor runPool, TaskScheduler sweep, OrganisationNames organisation,
               FactCompleteness facts) {
        this.organisation = organisation;
        this.facts = facts;
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
        RunRequest checked = validate(request);
        Chosen rules = ruleSetOf(checked);
        refuseWithoutFacts(checked);
        Run run;
        synchronized (inFlight) {
            run = runs.save(Run.start(checked.kind(), checked.year(), checked.fromYear(), checked.toYear(),
                    checked.quota(), checked.referenceDate(), rules.version(), user, clock.instant()));
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

    public Optional<DecisionView> decision(RunId id, SubjectType type, String code, Locale locale) {
        return decisions.find(id, type, code, locale).map(d -> awardedBy(d, names(id)));
    }

    private static DecisionView awardedBy(DecisionView d, Optional<Organisation.Names> names) {
        return names.map(n -> d.awardedBy(d.award() == AwardType.BANG_KHEN_CCHC ? n.chairman() : n.director())).orElse(d);
    }

    /** The organisation's names on the run's reference date, by the rule set the run used. */
    private Optional<Organisation.Names> names(RunId id) {
        return runs.findById(id.value()).flatMap(run -> decisions.ruleSetFiles(run.ruleSetHash)
                .map(files -> organisation.of(RuleSet.of(files), run.referenceDate)));
    }

    private RunRequest validate(RunRequest r) {
        List<String> errors = new ArrayList<>();
        LocalDate reference = r.referenceDate() != null ? r.referenceDate() : LocalDate.now(clock.withZone(ZoneId.of(settings.zone())));
        // JSON and the form accept any year Java does (+999999999-12-31); the run's record could not hold it
        if (reference.getYear() < MIN_YEAR || reference.getYear() > MAX_YEAR) {
            errors.add("referenceDate: " + reference + " is out of range " + MIN_YEAR + "-01-01.." + MAX_YEAR + "-12-31");
        }
        if (r.kind() == null) {
            errors.add("kind: required, one of ANNUAL, PHASE");
        } else if (r.kind() == RunKind.PHASE) {
            validatePhase(r, reference, errors);
        } else {
            validateAnnual(r, reference, errors);
        }
        if (r.ruleSetVersion() != null && r.ruleSetVersion() < 1) {
            errors.add("ruleSetVersion: " + r.ruleSetVersion() + " is not a version number");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRunRequestException(errors);
        }
        return r.kind() == RunKind.PHASE
                ? new RunRequest(r.kind(), null, reference, r.fromYear(), r.toYear(), r.quota(), r.ruleSetVersion())
                : new RunRequest(r.kind(), r.year(), reference, r.year(), r.year(), null, r.ruleSetVersion());
    }

    private static void validateAnnual(RunRequest r, LocalDate reference, List<String> errors) {
        if (requiredYear("year", r.year(), "an ANNUAL run", errors) && r.referenceDate() != null
                && reference.getYear() < r.year()) {
            errors.add("referenceDate: " + reference + " is before the evaluated year " + r.year()
                    + " has begun; the Council considers a year's awards after it starts");
        }
        String instead = "an ANNUAL run takes year";
        unused("fromYear", r.fromYear(), instead, errors);
        unused("toYear", r.toYear(), instead, errors);
        unused("quota", r.quota(), instead, errors);
    }

    private static void validatePhase(RunRequest r, LocalDate reference, List<String> errors) {
        unused("year", r.year(), "a PHASE run takes fromYear and toYear", errors);
        boolean from = requiredYear("fromYear", r.fromYear(), "a PHASE run", errors);
        boolean to = requiredYear("toYear", r.toYear(), "a PHASE run", errors);
        if (from && to) {
            int years = r.toYear() - r.fromYear() + 1;
            if (years < 1) {
                errors.add("toYear: " + r.toYear() + " is before fromYear " + r.fromYear());
            } else if (years > MAX_PHASE_YEARS) {
                errors.add("toYear: a phase spans at most " + MAX_PHASE_YEARS + " years (the movement's period), not " + years);
            } else if (r.referenceDate() != null && reference.getYear() < r.toYear()) {
                errors.add("referenceDate: " + reference + " is before the phase's last year " + r.toYear()
                        + " has begun; the Council considers a phase's awards after it");
            }
        }
        if (r.quota() == null) {
            errors.add("quota: required for a PHASE run: the number of Bằng khen the province allots, 0 or more");
        } else if (r.quota() < 0) {
            errors.add("quota: " + r.quota() + " is negative; the province allots 0 or more");
        }
    }

    /** True when the year is given and in range; otherwise says why. */
    private static boolean requiredYear(String field, Integer year, String run, List<String> errors) {
        if (year == null) {
            errors.add(field + ": required for " + run);
            return false;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(field + ": " + year + " is out of range " + MIN_YEAR + ".." + MAX_YEAR);
            return false;
        }
        return true;
    }

    private static void unused(String field, Integer value, String instead, List<String> errors) {
        if (value != null) {
            errors.add(field + ": not used by this kind of run; " + instead);
        }
    }

    /** A year (or a phase) with no fact of its own would be decided on nothing. */
    private void refuseWithoutFacts(RunRequest r) {
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

    private Chosen ruleSetOf(RunRequest r) {
        if (r.ruleSetVersion() == null) {
            RuleSetVersion active = ruleSets.current();
            return new Chosen(active.version(), active.ruleSet());
        }
        RuleSetVersion version = ruleSets.find(r.ruleSetVersion()).orElseThrow(() -> new InvalidRunRequestException(
                List.of("ruleSetVersion: there is no rule set version " + r.ruleSetVersion())));
        if (!version.activated()) {
            throw new RuleSetNotActivatedException(version.version());
        }
        try {
            return new Chosen(version.version(), version.ruleSet());
        } catch (InvalidParametersException e) {
            throw new InvalidRunRequestException(List.of("ruleSetVersion: version " + r.ruleSetVersion()
                    + " cannot be used, its parameters.yaml is invalid: " + e.problems().get(0)));
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        failInterruptedRuns();
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
