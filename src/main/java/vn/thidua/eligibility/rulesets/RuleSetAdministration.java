package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;
import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import vn.thidua.eligibility.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleLimitExceededException;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What administrators do with rule set versions; each change is published for the audit log. */
@Service
public class RuleSetAdministration {
    /** Relative paths of DRL files, decision tables, the parameters and scenarios: no "..", no absolute path, no hidden file. */
    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final RuleSetVersions versions;
    private final RuleSetValidator validator;
    private final ScenarioRunner scenarios;
    private final Simulation simulation;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean fourEyes;
    private final RuleEngine engine;
    private final CoveragePolicy coveragePolicy;
    /** Rule coverage by content hash, for the pages: the same files always give the same coverage. */
    private final Map<String, RuleCoverage> coverageByHash = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleCoverage> eldest) {
                    return size() > 16;
                }
            });

    /**
     * Parsed contents of valid versions by hash, for the what-if: a stored version's files never
     * change, and reading and parsing them costs more than deciding one subject.
     */
    private final Map<String, RuleSet> contentByHash = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
                    return size() > 16;
                }
            });

    RuleSetAdministration(RuleSetVersions versions, RuleSetValidator validator,
                          ScenarioRunner scenarios, Simulation simulation, TransactionTemplate tx,
                          ApplicationEventPublisher events, Clock clock,
                          @Value("${eligibility.rulesets.four-eyes:true}") boolean fourEyes,
                          @Value("${eligibility.rulesets.require-full-coverage:false}") boolean requireFullCoverage,
                          RuleEngine engine) {
        this.engine = engine;
        this.versions = versions;
        this.validator = validator;
        this.scenarios = scenarios;
        this.simulation = simulation;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.fourEyes = fourEyes;
        this.coveragePolicy = new CoveragePolicy(requireFullCoverage);
    }

    /**
     * What an activation answers: the version now active and the rule coverage of its scenarios,
     * with a warning naming the rules no scenario fires (activation is refused for them only when
     * {@code eligibility.rulesets.require-full-coverage=true}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivatedVersion(@JsonUnwrapped RuleSetVersion ruleSet, RuleCoverageSummary coverage) {
    }

    /** Rule coverage in brief: how many rules, how many exercised, which not, and the warning when any is not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleCoverageSummary(int rules, int exercised, List<String> unexercised, String warning) {
    }

    public record Draft(Integer basedOn, Map<String, String> files, String note) {
    }

    record Validation(int version, boolean valid, List<RuleProblem> problems) {
    }

    record FileDiff(String path, String change, String diff) {
        /** The diff's lines, for a page that marks the added and removed ones. */
        public List<String> lines() {
            return diff.lines().toList();
        }
    }

    record Diff(int from, int to, List<FileDiff> files) {
    }

    public List<RuleSetVersion> list() {
        return versions.all();
    }

    public RuleSetVersion get(int version) {
        return versions.find(version).orElseThrow(() -> notFound(version));
    }

    /** Stored even when invalid, so that work is not lost; the answer says what is wrong. */
    public RuleSetVersion create(Draft draft, String user) {
        List<ApiError.Detail> errors = new ArrayList<>();
        if (draft.files() == null || draft.files().isEmpty()) {
            errors.add(new ApiError.Detail("files", "required: the files to add, replace (path: content) or remove (path: null)"));
        }
        if (draft.note() != null && draft.note().length() > 2000) {
            errors.add(new ApiError.Detail("note", "at most 2000 characters"));
        }
        SortedMap<String, String> files = new TreeMap<>();
        if (draft.basedOn() != null) {
            RuleSetVersion base = versions.find(draft.basedOn()).orElse(null);
            if (base == null) {
                errors.add(new ApiError.Detail("basedOn", "there is no rule set version " + draft.basedOn()));
            } else {
                files.putAll(base.files());
            }
        }
        if (draft.files() != null) {
            draft.files().forEach((path, content) -> {
                // A misnamed spreadsheet (.xlsx, not .drl.xlsx) is kept: validation tells how to rename it.
                if (!PATH.matcher(path).matches() || !(path.endsWith(".drl") || RuleSource.isBinary(path)
                        || RuleSet.DATA_FILES.contains(path) || Scenario.isScenario(path))) {
                    errors.add(new ApiError.Detail("files." + path, "not a rule set file: expected a relative path to a"
                            + " .drl file, a *" + RuleSource.DECISION_TABLE + " decision table (as base64), "
                            + String.join(", ", new java.util.TreeSet<>(RuleSet.DATA_FILES)) + " or tests/*.yaml (no '..', no hidden files)"));
                } else if (content == null) {
                    if (files.remove(path) == null) {
                        errors.add(new ApiError.Detail("files." + path, "cannot be removed: version " + draft.basedOn()
                                + " has no such file"));
                    }
                } else {
                    canonical(path, content, errors).ifPresent(text -> files.put(path, text));
                }
            });
        }
        if (errors.isEmpty() && files.isEmpty()) {
            errors.add(new ApiError.Detail("files", "the new version would have no file at all"));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetRefusedException(Refusal.Kind.INVALID, "The draft was rejected", errors);
        }
        List<RuleProblem> problems = validator.validate(files);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("basedOn", draft.basedOn());
        details.put("hash", RuleSet.hashOf(files));
        details.put("files", new TreeSet<>(draft.files().keySet()));
        details.put("valid", problems.isEmpty());
        details.put("problems", problems.size());
        // the version and its audit entry in one transaction
        int version = tx.execute(status -> {
            int added = versions.add(draft.basedOn(), RuleSet.hashOf(files), files, user, draft.note(),
                    RuleSetStatus.DRAFT, problems, clock.instant());
            events.publishEvent(new RuleSetEvent("CREATED", added, user, details));
            return added;
        });
        return get(version);
    }

    /**
     * The content as stored: a spreadsheet's base64 re-encoded without line breaks, so that the
     * same workbook is always the same text; empty (with an error) when it is not base64.
     */
    private static Optional<String> canonical(String path, String content, List<ApiError.Detail> errors) {
        try {
            return Optional.of(RuleSource.content(path, RuleSource.bytes(path, content)));
        } catch (IllegalArgumentException e) {
            errors.add(new ApiError.Detail("files." + path, "a spreadsheet is given as base64 text: " + e.getMessage()));
            return Optional.empty();
        }
    }

    Validation validate(int version, String user) {
        RuleSetVersion v = get(version);
        List<RuleProblem> problems = validator.validate(v.files());
        tx.executeWithoutResult(status -> {
            versions.recordValidation(version, problems);
            events.publishEvent(new RuleSetEvent("VALIDATED", version, user, Map.of("valid", problems.isEmpty(),
                    "problems", problems.size())));
        });
        return new Validation(version, problems.isEmpty(), problems);
    }

    public ScenarioRunner.Report test(int version, String user) {
        RuleSetVersion v = get(version);
        ScenarioRunner.Report report = runScenarios(v);
        coverageByHash.put(v.hash(), report.coverage());
        events.publishEvent(new RuleSetEvent("TESTED", version, user, Map.of("passed", report.passed(),
                "scenarios", report.scenarios(), "expectations", report.expectations(), "failed", report.failed(),
                "rulesExercised", report.coverage().exercised() + "/" + report.coverage().rules())));
        return report;
    }

    /**
     * Activates the version if it compiles, passes the security check and all its scenarios, and
     * the caller is not its author (unless four-eyes is off). The previous active version is
     * retired in the same transaction: a run reads either the old or the new one, never none.
     */
    public ActivatedVersion activate(int version, String user) {
        RuleSetVersion v = get(version);
        if (v.status() == RuleSetStatus.ACTIVE) {
            throw new RuleSetRefusedException(Refusal.Kind.CONFLICT, RuleSetRefusedException.Reason.ALREADY_ACTIVE,
                    "version " + version + " is already active", List.of());
        }
        if (v.status() == RuleSetStatus.DISCARDED) {
            throw new RuleSetRefusedException(Refusal.Kind.CONFLICT, RuleSetRefusedException.Reason.DISCARDED,
                    "version " + version + " was discarded; write a new draft from it to activate its rules", List.of());
        }
        if (mayNotActivate(v, user)) {
            throw new RuleSetRefusedException(Refusal.Kind.CONFLICT, RuleSetRefusedException.Reason.SAME_AUTHOR,
                    "version " + version + " was written by " + user + "; another administrator must activate it", List.of());
        }
        List<RuleProblem> problems = validator.validate(v.files());
        versions.recordValidation(version, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, RuleSetRefusedException.Reason.INVALID,
                    "version " + version + " cannot be activated: it has " + problems.size() + " problem(s)",
                    details(problems));
        }
        ScenarioRunner.Report report = runScenarios(v);
        if (!report.passed()) {
            List<ApiError.Detail> failures = new ArrayList<>();
            report.results().forEach(r -> {
                if (r.problems() != null) {
                    r.problems().forEach(p -> failures.add(new ApiError.Detail(r.file(), p.message(), ProblemWording.withDetail(p))));
                } else {
                    r.checks().stream().filter(c -> !c.passed()).forEach(c -> failures.add(new ApiError.Detail(
                            r.file() + " " + c.subject(), String.join("; ", c.failures()))));
                }
            });
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, RuleSetRefusedException.Reason.SCENARIOS_FAIL,
                    "version " + version + " cannot be activated: " + report.failed() + " of " + report.expectations()
                    + " scenario expectations fail", failures);
        }
        RuleCoverage coverage = report.coverage();
        coverageByHash.put(v.hash(), coverage);
        coveragePolicy.check(version, coverage);
        tx.executeWithoutResult(status -> {
            RuleSetVersion locked = versions.lock(version).orElseThrow(() -> notFound(version));
            if (locked.status() != RuleSetStatus.DRAFT && locked.status() != RuleSetStatus.RETIRED) {
                throw new RuleSetRefusedException(Refusal.Kind.CONFLICT, locked.status() == RuleSetStatus.ACTIVE
                        ? RuleSetRefusedException.Reason.ALREADY_ACTIVE : RuleSetRefusedException.Reason.DISCARDED,
                        "version " + version + " is " + locked.status().name().toLowerCase(Locale.ROOT), List.of());
            }
            String previous = versions.active().map(a -> Integer.toString(a.version())).orElse(null);
            versions.activate(version, user, clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("hash", v.hash());
            details.put("author", v.author());
            details.put("retired", previous == null ? null : Integer.valueOf(previous));
            details.put("scenarios", report.scenarios());
            details.put("rulesExercised", coverage.exercised() + "/" + coverage.rules());
            if (!coverage.complete()) {
                details.put("rulesNotExercised", coverage.unexercised());
            }
            details.put("fourEyes", fourEyes ? "checked: activated by someone other than the author"
                    : "NOT checked: eligibility.rulesets.four-eyes=false" + (v.author().equals(user) ? "; the author activated it" : ""));
            // in the activation's transaction: no activation without its entry
            events.publishEvent(new RuleSetEvent("ACTIVATED", version, user, details));
        });
        return new ActivatedVersion(get(version), coveragePolicy.describe(coverage));
    }

    /**
     * Whether the four-eyes rule keeps this person from activating the version: its author may not,
     * unless {@code eligibility.rulesets.four-eyes=false}. The page disables its button for the same reason.
     */
    public boolean mayNotActivate(RuleSetVersion version, String user) {
        return fourEyes && version.author().equals(user);
    }

    /**
     * Discards a draft that was never activated: it stays stored (its number and content remain in the
     * history) but can no longer be activated. Any administrator may discard it, its author too.
     *
     * @throws RuleSetRefusedException 409 when the version is not a draft (active, retired or discarded)
     */
    public RuleSetVersion discard(int version, String user) {
        RuleSetVersion v = get(version);
        tx.executeWithoutResult(status -> {
            if (!versions.discard(version)) {
                throw new RuleSetRefusedException(Refusal.Kind.CONFLICT, RuleSetRefusedException.Reason.NOT_A_DRAFT,
                        "version " + version + " is " + get(version).status().name().toLowerCase(Locale.ROOT)
                        + "; only a draft never activated can be discarded", List.of());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("hash", v.hash());
            details.put("author", v.author());
            details.put("basedOn", v.basedOn());
            // in the discarding's transaction: no discarded version without its entry
            events.publishEvent(new RuleSetEvent("DISCARDED", version, user, details));
        });
        return get(version);
    }

    /**
     * The rule coverage of a version's scenarios, for its page; empty when the version is not valid
     * (its scenarios cannot run). Computed once per content.
     */
    public Optional<RuleCoverage> coverage(int version) {
        RuleSetVersion v = get(version);
        if (!v.valid()) {
            return Optional.empty();
        }
        RuleCoverage known = coverageByHash.get(v.hash());
        if (known != null) {
            return Optional.of(known);
        }
        RuleSet content;
        try {
            content = v.ruleSet();
        } catch (InvalidParametersException e) {
            return Optional.empty();
        }
        RuleCoverage computed = scenarios.run(version, content).coverage();
        coverageByHash.put(v.hash(), computed);
        return Optional.of(computed);
    }

    /** What a version changes from the active one, for the administrator who approves it; empty for the active one. */
    Optional<Diff> diffFromActive(int version) {
        RuleSetVersion active = versions.current();
        return active.version() == version ? Optional.empty() : Optional.of(diff(active.version(), version));
    }

    Diff diff(int from, int to) {
        SortedMap<String, String> a = get(from).files();
        SortedMap<String, String> b = get(to).files();
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String path : paths) {
            String before = a.get(path);
            String after = b.get(path);
            String diff = RuleSource.isBinary(path) ? binaryDiff(path, before, after) : LineDiff.unified(path, before, after);
            if (!diff.isEmpty()) {
                files.add(new FileDiff(path, before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED", diff));
            }
        }
        return new Diff(from, to, files);
    }

    /** A spreadsheet has no lines to compare: the diff says that it changed, by size and SHA-256. */
    private static String binaryDiff(String path, String before, String after) {
        if (Objects.equals(before, after)) {
            return "";
        }
        if (before == null) {
            return "binary file added: " + describeBinary(path, after) + "\n";
        }
        if (after == null) {
            return "binary file removed: " + describeBinary(path, before) + "\n";
        }
        return "binary file changed: " + describeBinary(path, before) + " → " + describeBinary(path, after) + "\n";
    }

    private static String describeBinary(String path, String content) {
        byte[] bytes = RuleSource.bytes(path, content);
        try {
            return bytes.length + " bytes, SHA-256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] export(int version) {
        RuleSetVersion v = get(version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : v.files().entrySet()) {
                zip.putNextEntry(new ZipEntry("rules-v" + version + "/" + f.getKey()));
                zip.write(RuleSource.bytes(f.getKey(), f.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The version against the active one on the stored facts: every subject, or, with a subject's type
     * and code, that one subject alone (404 naming the code when there is no such subject).
     */
    public Simulation.Report simulate(int version, Integer year, LocalDate referenceDate, SubjectType subjectType,
                               String subjectCode, Locale locale) {
        List<ApiError.Detail> errors = new ArrayList<>();
        if (year == null || year < Evaluation.MIN_YEAR || year > Evaluation.MAX_YEAR) {
            errors.add(ApiError.Detail.of("year", Text.of("simulation.problem.year", Evaluation.MIN_YEAR, Evaluation.MAX_YEAR)));
        }
        if (referenceDate == null) {
            errors.add(ApiError.Detail.of("referenceDate", Text.of("simulation.problem.referenceDate")));
        } else if (year != null && referenceDate.getYear() < year) {
            errors.add(ApiError.Detail.of("referenceDate", Text.of("simulation.problem.referenceBeforeYear", referenceDate, year,
                    referenceDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")))));
        }
        boolean noCode = subjectCode == null || subjectCode.isBlank();
        if (subjectType != null && noCode) {
            errors.add(ApiError.Detail.of("subjectCode", Text.of("simulation.problem.subjectCode")));
        } else if (subjectType == null && !noCode) {
            errors.add(ApiError.Detail.of("subjectType", Text.of("simulation.problem.subjectType")));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetRefusedException(Refusal.Kind.INVALID, "The simulation request was rejected", errors);
        }
        RuleSet candidate = content(versions.summary(version).orElseThrow(() -> notFound(version)));
        RuleSetVersion active = versions.currentSummary();
        RuleSet activeContent = content(active);
        try {
            if (subjectType == null) {
                return simulation.run(version, candidate, active.version(), activeContent, year, referenceDate, locale);
            }
            SubjectRef subject = new SubjectRef(subjectType, subjectCode.strip());
            return simulation.subject(version, candidate, active.version(), activeContent, year, referenceDate, subject,
                    locale).orElseThrow(() -> noSuchSubject(subject));
        } catch (NoValueInForceException | RuleLimitExceededException e) {
            // a limit (firings, or a session's time) is the rules' fault, said with the session it hit
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, e.getMessage());
        }
    }

    private static RuleSetRefusedException noSuchSubject(SubjectRef subject) {
        boolean unit = subject.type() == SubjectType.UNIT;
        return new RuleSetRefusedException(Refusal.Kind.NOT_FOUND,
                "There is no " + (unit ? "unit " : "person ") + subject.code() + " in the stored facts",
                List.of(ApiError.Detail.of("subjectCode",
                        Text.of(unit ? "simulation.problem.noSuchUnit" : "simulation.problem.noSuchPerson", subject.code()))));
    }

    /** The legal coverage of a version on a date (a draft too: it is what an administrator checks before activation). */
    public LegalCoverage coverage(int version, LocalDate on, Locale locale) {
        if (on == null) {
            throw new RuleSetRefusedException(Refusal.Kind.INVALID, "The coverage request was rejected",
                    List.of(new ApiError.Detail("on", "required, YYYY-MM-DD")));
        }
        RuleSet rules = usable(get(version));
        return LegalCoverage.of(version, rules, engine.compile(rules.source()).rules(), on, locale);
    }

    /** The version's rules as they read on a date, with the provisions they name. */
    public List<RuleWording> wording(int version, LocalDate on, Locale locale) {
        RuleSet rules = usable(get(version));
        return RuleWording.of(rules, engine.compile(rules.source()).rules(), on, locale);
    }

    /** {@link #usable} for a version read without its files: its files are read only when not parsed before. */
    private RuleSet content(RuleSetVersion summary) {
        RuleSet known = summary.valid() ? contentByHash.get(summary.hash()) : null;
        if (known != null) {
            return known;
        }
        RuleSet parsed = usable(get(summary.version()));
        contentByHash.put(summary.hash(), parsed);
        return parsed;
    }

    private ScenarioRunner.Report runScenarios(RuleSetVersion v) {
        return scenarios.run(v.version(), usable(v));
    }

    /** The content of a version whose rules compile and whose parameters read; otherwise 422 with every problem. */
    private RuleSet usable(RuleSetVersion v) {
        List<RuleProblem> problems = v.valid() ? List.of() : validator.validate(v.files());
        if (!problems.isEmpty()) {
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, "version " + v.version()
                    + " is not valid; fix it in a new version first",
                    details(problems));
        }
        try {
            return v.ruleSet();
        } catch (InvalidParametersException e) {
            throw new RuleSetRefusedException(Refusal.Kind.UNPROCESSABLE, e.getMessage());
        }
    }

    private static List<ApiError.Detail> details(List<RuleProblem> problems) {
        return problems.stream().map(p -> new ApiError.Detail(p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message(),
                ProblemWording.withDetail(p))).toList();
    }

    private static RuleSetRefusedException notFound(int version) {
        return new RuleSetRefusedException(Refusal.Kind.NOT_FOUND, "There is no rule set version " + version);
    }
}
