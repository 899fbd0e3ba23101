package vn.thidua.eligibility.rulesets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.rules.ActiveRuleSet;
import vn.thidua.eligibility.rules.RuleFolder;
import vn.thidua.eligibility.rules.RuleSet;
import vn.thidua.eligibility.rules.RuleSetVersion;

import java.time.Clock;
import java.util.Optional;

/**
 * The versions runs use. On the first start (no version stored yet) the rules folder becomes
 * version 1, active: from then on the database, not the folder, holds the rules.
 */
@Component
class StoredRuleSets implements ActiveRuleSet, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(StoredRuleSets.class);

    private final RuleSetVersions versions;
    private final RuleFolder folder;
    private final RuleSetValidator validator;
    private final TransactionTemplate tx;
    private final Clock clock;

    StoredRuleSets(RuleSetVersions versions, RuleFolder folder, RuleSetValidator validator, TransactionTemplate tx,
                   Clock clock) {
        this.versions = versions;
        this.folder = folder;
        this.validator = validator;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public RuleSetVersion current() {
        StoredVersion active = versions.active().orElseThrow(() ->
                new IllegalStateException("No rule set version is active; the first start stores the rules folder as version 1"));
        return new RuleSetVersion(active.version(), RuleSet.of(active.files()), true);
    }

    @Override
    public Optional<RuleSetVersion> version(int number) {
        return versions.find(number).map(v -> new RuleSetVersion(v.version(), RuleSet.of(v.files()),
                v.status() != RuleSetStatus.DRAFT));
    }

    /** Before the server takes its first request, so that no request can see an empty rule-set table. */
    @Override
    public void afterSingletonsInstantiated() {
        importFolderOnFirstStart();
    }

    void importFolderOnFirstStart() {
        if (!versions.isEmpty()) {
            return;
        }
        String source = folder.source();
        RuleSet rules = folder.read();
        var problems = validator.validate(rules.files());
        tx.executeWithoutResult(status -> {
            if (versions.isEmpty()) {
                versions.add(null, rules.hash(), rules.files(), "system", "From " + source + " at the first start", RuleSetStatus.ACTIVE, problems, clock.instant());
                log.info("Rule set version 1 stored from {} ({} files, {})", source, rules.files().size(),
                        problems.isEmpty() ? "valid" : problems.size() + " problems");
            }
        });
    }
}
