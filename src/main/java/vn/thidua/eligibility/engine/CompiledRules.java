package vn.thidua.eligibility.engine;

import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

import java.util.List;

/** A rule set compiled once and shared: a KieBase is thread-safe; sessions are made per group. */
public final class CompiledRules {
    private final String hash;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final ReleaseId releaseId;
    private final Citations citations;

    CompiledRules(String hash, KieBase kieBase, List<RuleInfo> rules, ReleaseId releaseId, Citations citations) {
        this.hash = hash;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.releaseId = releaseId;
        this.citations = citations;
    }

    /** What the rules cite on a date, from the register that came with them (same hash, same register). */
    public Citations citations() {
        return citations;
    }

    public String hash() {
        return hash;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    KieBase kieBase() {
        return kieBase;
    }

    ReleaseId releaseId() {
        return releaseId;
    }
}
