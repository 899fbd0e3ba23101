package vn.thidua.eligibility.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rules.ActiveRuleSet;
import vn.thidua.eligibility.rules.InvalidParametersException;
import vn.thidua.eligibility.rules.RuleSetVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The runs module's public API: start a run, read runs and their decisions. */
@Service
public class RunService {
    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private final Runs runs;
    private final ActiveRuleSet ruleSets;
    private final RunExecutor executor;
    private final DecisionStore decisions;
    private final RunSettings settings;
    private final Clock clock;
    private final ExecutorService pool;

    RunService(Runs runs, ActiveRuleSet ruleSets, RunExecutor executor, DecisionStore decisions, RunSettings settings,
               Clock clock) {
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.executor = executor;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(settings.concurrentRuns(), r -> {
            Thread t = new Thread(r, "eligibility-run");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Checks the request, records the run and evaluates it, waiting up to the configured time: the
     * summary is COMPLETED or FAILED, or still RUNNING for the caller to poll. The rule set is
     * taken here, once: a version activated while the run waits or evaluates does not change it.
     */
    public RunSummary start(RunRequest request, String user) {
        RunRequest checked = validate(request);
        RuleSetVersion rules = ruleSetOf(checked);
        Run run = runs.save(Run.start(checked.kind(), checked.year(), checked.fromYear(), checked.toYear(),
                checked.quota(), checked.referenceDate(), rules.number(), user, clock.instant()));
        Future<RunSummary> done = pool.submit(() -> executor.execute(run, rules.ruleSet()));
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

    public Optional<RunSummary> find(RunId id) {
        return runs.findById(id.value()).map(Run::summary);
    }

    public List<RunSummary> latest() {
        return runs.findTop100ByOrderByIdDesc().stream().map(Run::summary).toList();
    }

    public List<DecisionView> decisions(RunId id, SubjectType type, Outcome outcome, boolean english) {
        return decisions.list(id, type, outcome, english);
    }

    public Optional<DecisionView> decision(RunId id, SubjectType type, String code, boolean english) {
        return decisions.find(id, type, code, english);
    }

    private RunRequest validate(RunRequest r) {
        List<String> errors = new ArrayList<>();
        if (r.kind() == null) {
            errors.add("kind: required, one of ANNUAL, PHASE");
        } else if (r.kind() == RunKind.PHASE) {
            errors.add("kind: PHASE runs (the Bằng khen within the quota) are not available yet; use ANNUAL");
        }
        if (r.year() == null) {
            errors.add("year: required for an ANNUAL run");
        } else if (r.year() < 2000 || r.year() > 2100) {
            errors.add("year: " + r.year() + " is out of range 2000..2100");
        }
        LocalDate reference = r.referenceDate() != null ? r.referenceDate() : LocalDate.now(clock.withZone(ZoneId.of(settings.zone())));
        if (r.year() != null && r.referenceDate() != null && reference.getYear() < r.year()) {
            errors.add("referenceDate: " + reference + " is before the evaluated year " + r.year()
                    + " has begun; the Council considers a year's awards after it starts");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRunRequestException(errors);
        }
        if (r.ruleSetVersion() != null && r.ruleSetVersion() < 1) {
            throw new InvalidRunRequestException(List.of("ruleSetVersion: " + r.ruleSetVersion() + " is not a version number"));
        }
        return new RunRequest(r.kind(), r.year(), reference, r.year(), r.year(), null, r.ruleSetVersion());
    }

    private RuleSetVersion ruleSetOf(RunRequest r) {
        if (r.ruleSetVersion() == null) {
            return ruleSets.current();
        }
        try {
            return ruleSets.version(r.ruleSetVersion()).orElseThrow(() -> new InvalidRunRequestException(
                    List.of("ruleSetVersion: there is no rule set version " + r.ruleSetVersion())));
        } catch (InvalidParametersException e) {
            throw new InvalidRunRequestException(List.of("ruleSetVersion: version " + r.ruleSetVersion()
                    + " cannot be used, its parameters.yaml is invalid: " + e.problems().get(0)));
        }
    }

    /** A run left RUNNING by a stopped service will never finish: say so. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        for (Run run : runs.findByStatus(RunStatus.RUNNING)) {
            log.warn("Run {} was interrupted by a restart", run.id);
            run.fail(run.ruleSetHash, "Interrupted: the service stopped before the run finished", clock.instant());
            runs.save(run);
        }
    }
}
