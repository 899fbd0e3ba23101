package vn.thidua.eligibility.engine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's public face: compile a rule source (cached by its hash) and evaluate groups of
 * facts with it. Compiled rule sets beyond the cache size are dropped from the KIE repository too,
 * which otherwise keeps every module it ever built. Every session is bounded in time
 * ({@code eligibility.engine.session-timeout}) as well as in firings.
 */
@Component
public class RuleEngine {
    static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(10);

    private final RuleCompiler compiler;
    private final int maxFiringsPerGroup;
    private final int cacheSize;
    private final Duration sessionTimeout;
    private final Map<String, CompiledRules> cache;
    private final Citations.Source citations;

    @Autowired
    public RuleEngine(@Value("${eligibility.engine.max-firings-per-group:1000000}") int maxFiringsPerGroup,
                      @Value("${eligibility.engine.cache-size:8}") int cacheSize,
                      @Value("${eligibility.engine.session-timeout:10s}") Duration sessionTimeout,
                      Citations.Source citations) {
        this(new RuleCompiler(), maxFiringsPerGroup, cacheSize, sessionTimeout, citations);
    }

    /** With the default session time limit; rules cite the provisions as they name them (no register). */
    public RuleEngine(int maxFiringsPerGroup, int cacheSize) {
        this(maxFiringsPerGroup, cacheSize, Citations.Source.AS_NAMED);
    }

    /** Rules cite the provisions as they name them (no register). */
    public RuleEngine(int maxFiringsPerGroup, int cacheSize, Duration sessionTimeout) {
        this(new RuleCompiler(), maxFiringsPerGroup, cacheSize, sessionTimeout, Citations.Source.AS_NAMED);
    }

    /** With the default session time limit, citing through the register each rule source carries. */
    public RuleEngine(int maxFiringsPerGroup, int cacheSize, Citations.Source citations) {
        this(new RuleCompiler(), maxFiringsPerGroup, cacheSize, DEFAULT_SESSION_TIMEOUT, citations);
    }

    RuleEngine(RuleCompiler compiler, int maxFiringsPerGroup, int cacheSize, Duration sessionTimeout) {
        this(compiler, maxFiringsPerGroup, cacheSize, sessionTimeout, Citations.Source.AS_NAMED);
    }

    RuleEngine(RuleCompiler compiler, int maxFiringsPerGroup, int cacheSize, Duration sessionTimeout,
               Citations.Source citations) {
        this.citations = citations;
        this.compiler = compiler;
        this.maxFiringsPerGroup = maxFiringsPerGroup;
        this.cacheSize = cacheSize;
        this.sessionTimeout = sessionTimeout;
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Compiles the source, or returns the cached build of the same hash. */
    public CompiledRules compile(RuleSource source) {
        synchronized (cache) {
            CompiledRules cached = cache.get(source.hash());
            if (cached != null) {
                return cached;
            }
        }
        CompiledRules built = compiler.compile(source, citations);
        synchronized (cache) {
            CompiledRules raced = cache.putIfAbsent(source.hash(), built);
            if (raced != null) {
                return raced;
            }
            while (cache.size() > cacheSize) {
                var eldest = cache.entrySet().iterator().next();
                cache.remove(eldest.getKey());
                compiler.dispose(eldest.getValue().releaseId());
            }
            return built;
        }
    }

    /** Runs the rules over one group; the verdicts come in the group's subject order. */
    public List<Verdict> evaluate(CompiledRules rules, Evaluation evaluation, List<Parameter> parameters, FactGroup group) {
        return evaluate(rules, evaluation, parameters, group, sessionTimeout);
    }

    /**
     * The same, within what is left of a longer task's own time limit (a run's) when that is less
     * than the session's.
     */
    public List<Verdict> evaluate(CompiledRules rules, Evaluation evaluation, List<Parameter> parameters, FactGroup group,
                                  Duration timeLeft) {
        return session(rules, evaluation, parameters, group, timeLeft).verdicts();
    }

    private Decided session(CompiledRules rules, Evaluation evaluation, List<Parameter> parameters, FactGroup group,
                            Duration timeLeft) {
        GroupSession session = new GroupSession(rules, maxFiringsPerGroup);
        List<Verdict> verdicts = bounded(rules, timeLeft, (limit, named) -> session.run(evaluation, parameters, group, limit, named));
        return new Decided(verdicts, session.firedRules());
    }

    /**
     * The subjects an evaluation decides among a group's: all of them in an annual run; in a phase
     * run's first session those of the types the rule set's parameter {@value #PHASE_SUBJECT_TYPES}
     * names (the plan's Bằng khen is an individual award: {@code PERSON}). A rule set stored before
     * that parameter existed decides people only in a phase, as its rules were written to.
     */
    public FactGroup judgedIn(Evaluation evaluation, List<Parameter> parameters, FactGroup group) {
        if (evaluation.getKind() != RunKind.PHASE || evaluation.isRanking()) {
            return group;
        }
        Set<SubjectType> types = phaseSubjectTypes(parameters);
        return new FactGroup(group.subjects().stream().filter(s -> types.contains(s.getSubjectType())).toList(),
                group.facts());
    }

    /** The parameter naming the subject types a phase run judges. */
    public static final String PHASE_SUBJECT_TYPES = "phase.subjectTypes";

    private static Set<SubjectType> phaseSubjectTypes(List<Parameter> parameters) {
        return parameters.stream().filter(p -> p.getName().equals(PHASE_SUBJECT_TYPES)).findFirst()
                .map(p -> subjectTypes(p.getValue())).orElse(EnumSet.of(SubjectType.PERSON));
    }

    /**
     * The subject types a value of {@value #PHASE_SUBJECT_TYPES} names: {@code PERSON}, {@code UNIT},
     * or both separated by commas.
     *
     * @throws IllegalArgumentException naming the word that is not a subject type
     */
    public static Set<SubjectType> subjectTypes(Object value) {
        Set<SubjectType> types = EnumSet.noneOf(SubjectType.class);
        for (String word : String.valueOf(value).split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            try {
                types.add(SubjectType.valueOf(word));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + word + "' is not a subject type: expected PERSON, UNIT or both, comma-separated");
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no subject type: expected PERSON, UNIT or both, comma-separated");
        }
        return types;
    }

    /**
     * Every subject of the facts decided in memory, as a run decides them: an annual evaluation in
     * one session; a phase evaluation in its two steps, exactly as a phase run does group by group
     * — the subjects it judges ({@link #judgedIn}) in one session, then the qualified people's
     * merits ranked together in another — each ranked person's verdict merged with its ranking
     * ({@link Verdict#rankedAs}). With the id of every rule that fired in either session.
     */
    public Decided decide(CompiledRules rules, Evaluation evaluation, List<Parameter> parameters, FactGroup facts) {
        Decided judged = session(rules, evaluation, parameters, judgedIn(evaluation, parameters, facts), sessionTimeout);
        if (evaluation.getKind() != RunKind.PHASE) {
            return judged;
        }
        List<Merit> merits = judged.verdicts().stream().flatMap(v -> v.meritToRank().stream()).toList();
        if (merits.isEmpty()) {
            return judged;
        }
        Decided ranked = ranking(rules, evaluation, parameters, merits, sessionTimeout);
        Map<SubjectRef, Verdict> ranking = new HashMap<>();
        ranked.verdicts().forEach(v -> ranking.put(v.subject().ref(), v));
        List<Verdict> verdicts = judged.verdicts().stream().map(v -> {
            Verdict r = ranking.get(v.subject().ref());
            return r == null ? v : v.rankedAs(r);
        }).toList();
        Set<String> fired = new LinkedHashSet<>(judged.firedRules());
        fired.addAll(ranked.firedRules());
        return new Decided(verdicts, fired);
    }

    /**
     * What {@link #decide} concluded: a verdict per subject decided, in the facts' subject order, and
     * the id of every rule that fired in its sessions (what rule coverage counts).
     */
    public record Decided(List<Verdict> verdicts, Set<String> firedRules) {
        public Decided {
            verdicts = List.copyOf(verdicts);
            firedRules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(firedRules));
        }
    }

    /**
     * The second session of a phase run: the merits of the qualified people, all at once and
     * nothing else of them, for the ranking rules to rank against the quota. One verdict per merit,
     * in the merits' order, each with its rank and outcome (conditions and exclusions stay with the
     * first session's verdict).
     */
    public List<Verdict> rank(CompiledRules rules, Evaluation phase, List<Parameter> parameters, List<Merit> merits) {
        return rank(rules, phase, parameters, merits, sessionTimeout);
    }

    /** The same, within what is left of a run's own time limit. */
    public List<Verdict> rank(CompiledRules rules, Evaluation phase, List<Parameter> parameters, List<Merit> merits,
                              Duration timeLeft) {
        return ranking(rules, phase, parameters, merits, timeLeft).verdicts();
    }

    /** The ranking session: the qualified people's merits and nothing else of them. */
    private Decided ranking(CompiledRules rules, Evaluation phase, List<Parameter> parameters, List<Merit> merits,
                            Duration timeLeft) {
        FactGroup qualified = new FactGroup(merits.stream().map(Merit::getPerson).toList(), merits);
        return session(rules, phase.forRanking(), parameters, qualified, timeLeft);
    }

    private interface Session {
        List<Verdict> run(Duration limit, String limited);
    }

    private List<Verdict> bounded(CompiledRules rules, Duration timeLeft, Session session) {
        boolean ownLimit = sessionTimeout.compareTo(timeLeft) <= 0;
        try {
            return session.run(ownLimit ? sessionTimeout : timeLeft, ownLimit
                    ? "the session time limit of " + sessionTimeout.toMillis() + " ms (eligibility.engine.session-timeout)"
                    : "the time left to its run (eligibility.runs.max-duration)");
        } catch (RuleTimeoutException e) {
            if (e.stopped()) {
                evict(rules);
            }
            throw e;
        }
    }

    /** A stopped thread may have left the shared KieBase half-updated: the next use compiles afresh. */
    private void evict(CompiledRules rules) {
        synchronized (cache) {
            if (cache.remove(rules.hash(), rules)) {
                compiler.dispose(rules.releaseId());
            }
        }
    }
}
