package vn.thidua.eligibility.engine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return bounded(rules, timeLeft, (limit, named) -> new GroupSession(rules, maxFiringsPerGroup)
                .run(evaluation, parameters, group, limit, named));
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
        FactGroup qualified = new FactGroup(merits.stream().map(Merit::getPerson).toList(), merits);
        return bounded(rules, timeLeft, (limit, named) -> new GroupSession(rules, maxFiringsPerGroup)
                .run(phase.forRanking(), parameters, qualified, limit, named));
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
