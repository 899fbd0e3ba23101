package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Imports one fact bundle, all or nothing.
 * <p>
 * The bundle is a JSON object with an optional array per kind ({@code units}, {@code people},
 * {@code criteria}, {@code tasks}, {@code dossiers}, {@code initiatives}, {@code disciplines},
 * {@code ratings}, {@code awards}) of records with exactly the fields of the import format. Dates are
 * strings {@code YYYY-MM-DD}; years are JSON whole numbers; scores are JSON numbers, read exactly as
 * decimals with at most four decimal places. A number written as a JSON string ({@code "8.5"}) is
 * refused, as is a date written as a number: one spelling for each value. An optional field may be
 * absent or {@code null}. Importing a record whose natural key is stored replaces that record.
 * <p>
 * The whole bundle is checked before anything is written, and every error is reported; the checks
 * that read the database and the writes share one transaction, so a rejected bundle, or one that
 * fails while written, leaves the database as it was.
 */
@Service
public class FactImport {
    private static final Logger log = LoggerFactory.getLogger(FactImport.class);
    /** Attempts at one import before its conflict is the caller's to resolve (409). */
    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MS = 1000;

    private final FactStore store;
    private final TransactionTemplate transaction;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    FactImport(FactStore store, TransactionTemplate transaction, FactSettings settings, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.transaction = transaction;
        this.maxBytes = settings.maxBundleBytes().toBytes();
    }

    /**
     * @param body the bundle as JSON; read up to the size limit ({@code eligibility.facts.max-bundle-bytes})
     * @param user who imports it, for the audit log
     * @throws RejectedBundleException with every error found; nothing was stored
     */
    public ImportReport importBundle(InputStream body, String user) {
        JsonNode root = BundleReader.read(body, maxBytes);
        ImportReport report = retryingConflicts(() -> transaction.execute(status -> report(root, store::write)));
        events.publishEvent(new FactsImported(user, report));
        return report;
    }

    /**
     * Imports of overlapping bundles at once deadlock, or both insert a key new to each: the database
     * rolls one back whole. It is run again, from its checks, in a fresh transaction that sees what the
     * other stored; a caller is told of a conflict only when it persists.
     */
    private static ImportReport retryingConflicts(Supplier<ImportReport> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
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

    /**
     * Checks a bundle exactly as {@link #importBundle} does and says what it would add and replace
     * today, storing nothing: for a page that shows the effect before the person confirms.
     *
     * @throws RejectedBundleException with every error found
     */
    public ImportReport preview(InputStream body) {
        JsonNode root = BundleReader.read(body, maxBytes);
        return transaction.execute(status -> report(root, store::count));
    }

    /** Validates the bundle and hands each kind's records, in write order, to {@code each}. */
    private ImportReport report(JsonNode root, BiFunction<FactKind, List<Map<String, Object>>, ImportReport.Counts> each) {
        Map<FactKind, List<Map<String, Object>>> records = BundleValidator.validate(root, store::existingCodes);
        Map<String, ImportReport.Counts> kinds = new LinkedHashMap<>();
        int added = 0;
        int replaced = 0;
        for (FactKind kind : FactKind.values()) {
            List<Map<String, Object>> list = records.getOrDefault(kind, List.of());
            ImportReport.Counts counts = list.isEmpty() ? new ImportReport.Counts(0, 0) : each.apply(kind, list);
            kinds.put(kind.jsonName(), counts);
            added += counts.added();
            replaced += counts.replaced();
        }
        return new ImportReport(added, replaced, kinds);
    }

    /** Refuses a body whose declared length is over the limit without reading it. */
    void refuseDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw BundleReader.tooLarge(maxBytes);
        }
    }
}
