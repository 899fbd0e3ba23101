package vn.thidua.eligibility.rulesets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The versions runs use. On the first start (no version stored yet) the rules folder becomes
 * version 1, active: from then on the database, not the folder, holds the rules.
 */
@Component
class FirstStartImport implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(FirstStartImport.class);

    private final RuleSetVersions versions;
    private final RuleFolder folder;
    private final RuleSetValidator validator;
    private final TransactionTemplate tx;
    private final Clock clock;

    FirstStartImport(RuleSetVersions versions, RuleFolder folder, RuleSetValidator validator, TransactionTemplate tx,
                   Clock clock) {
        this.versions = versions;
        this.folder = folder;
        this.validator = validator;
        this.tx = tx;
        this.clock = clock;
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
                versions.add(null, rules.hash(), rules.files(), "system", folder.firstStartNote(), RuleSetStatus.ACTIVE, problems, clock.instant());
                log.info("Rule set version 1 stored from {} ({} files, {})", source, rules.files().size(),
                        problems.isEmpty() ? "valid" : problems.size() + " problems");
            }
        });
    }
}
