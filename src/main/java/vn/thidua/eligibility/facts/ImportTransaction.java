package vn.thidua.eligibility.facts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The import's transaction, run again when a concurrent import made the database roll it back:
 * imports of overlapping bundles at once deadlock, or both insert a key new to each. Each attempt
 * runs the whole import again, from its checks, in a fresh transaction that sees what the other one
 * stored; a caller is told of a conflict (409) only when it persists.
 */
final class ImportTransaction extends TransactionTemplate {
    private static final Logger log = LoggerFactory.getLogger(ImportTransaction.class);
    /** Attempts before the conflict is the caller's to resolve. */
    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MS = 1000;

    ImportTransaction(TransactionTemplate template) {
        super(Objects.requireNonNull(template.getTransactionManager()), template);
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        for (int tried = 1; ; tried++) {
            try {
                return super.execute(action);
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (tried == ATTEMPTS) {
                    throw e;
                }
                log.debug("Import rolled back by a concurrent one ({}); attempt {} of {}", e.getClass().getSimpleName(),
                        tried + 1, ATTEMPTS);
                pause(tried);
            }
        }
    }

    /** Randomised and growing, so that the imports that collided do not collide again in step. */
    private static void pause(int tried) {
        long bound = Math.min(MAX_PAUSE_MS, 10L << tried);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an import", e);
        }
    }
}
