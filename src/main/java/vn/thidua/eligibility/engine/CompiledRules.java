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

    CompiledRules(String hash, KieBase kieBase, List<RuleInfo> rules, ReleaseId releaseId) {
        this.hash = hash;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.releaseId = releaseId;
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
