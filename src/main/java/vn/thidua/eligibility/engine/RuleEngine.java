package vn.thidua.eligibility.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's public face: compile a rule source (cached by its hash) and evaluate groups of
 * facts with it. Compiled rule sets beyond the cache size are dropped from the KIE repository too,
 * which otherwise keeps every module it ever built.
 */
@Component
public class RuleEngine {
    private final RuleCompiler compiler = new RuleCompiler();
    private final int maxFiringsPerGroup;
    private final int cacheSize;
    private final Map<String, CompiledRules> cache;

    public RuleEngine(@Value("${eligibility.engine.max-firings-per-group:1000000}") int maxFiringsPerGroup,
                      @Value("${eligibility.engine.cache-size:8}") int cacheSize) {
        this.maxFiringsPerGroup = maxFiringsPerGroup;
        this.cacheSize = cacheSize;
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
        CompiledRules built = compiler.compile(source);
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
        return new GroupSession(rules, maxFiringsPerGroup).run(evaluation, parameters, group);
    }

    /**
     * The second session of a phase run: the merits of the qualified people, all at once and
     * nothing else of them, for the ranking rules to rank against the quota. One verdict per merit,
     * in the merits' order, each with its rank and outcome (conditions and exclusions stay with the
     * first session's verdict).
     */
    public List<Verdict> rank(CompiledRules rules, Evaluation phase, List<Parameter> parameters, List<Merit> merits) {
        FactGroup qualified = new FactGroup(merits.stream().map(Merit::getPerson).toList(), merits);
        return new GroupSession(rules, maxFiringsPerGroup).run(phase.forRanking(), parameters, qualified);
    }
}
