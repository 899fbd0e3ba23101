package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
    private final FactStore store;
    private final TransactionTemplate transaction;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    FactImport(FactStore store, TransactionTemplate transaction, FactSettings settings, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.transaction = new ImportTransaction(transaction);
        this.maxBytes = settings.maxBundleBytes().toBytes();
    }

    /**
     * @param body the bundle as JSON; read up to the size limit ({@code eligibility.facts.max-bundle-bytes})
     * @param user who imports it, for the audit log
     * @throws RejectedBundleException with every error found; nothing was stored
     */
    public ImportReport importBundle(InputStream body, String user) {
        JsonNode root = BundleReader.read(body, maxBytes);
        return transaction.execute(status -> {
            Map<String, FactsImported.Keys> keys = new LinkedHashMap<>();
            ImportReport report = report(root, (kind, records) -> {
                FactStore.Written written = store.write(kind, records);
                keys.put(kind.jsonName(), written.keys());
                return written.counts();
            });
            // in the transaction: the audit entry commits, or rolls back, with the facts
            events.publishEvent(new FactsImported(user, report, keys));
            return report;
        });
    }

    /**
     * Checks a bundle exactly as {@link #importBundle} does and says what it would do today, storing
     * nothing: for a page that shows the effect before the person confirms. Each stored record it would
     * change is listed with its fields before and after.
     *
     * @throws RejectedBundleException with every error found
     */
    public ImportPreview preview(InputStream body) {
        JsonNode root = BundleReader.read(body, maxBytes);
        return transaction.execute(status -> {
            Map<FactKind, List<Map<String, Object>>> records = validated(root);
            Map<String, ImportPreview.Counts> kinds = new LinkedHashMap<>();
            List<ImportPreview.Replacement> replacements = new ArrayList<>();
            int added = 0;
            int unchanged = 0;
            int changed = 0;
            for (FactKind kind : FactKind.values()) {
                List<Map<String, Object>> list = records.getOrDefault(kind, List.of());
                FactStore.Compared compared = list.isEmpty()
                        ? new FactStore.Compared(new ImportPreview.Counts(0, 0, 0), List.of())
                        : store.compare(kind, list, ImportPreview.LISTED - replacements.size());
                kinds.put(kind.jsonName(), compared.counts());
                replacements.addAll(compared.replacements());
                added += compared.counts().added();
                unchanged += compared.counts().unchanged();
                changed += compared.counts().changed();
            }
            return new ImportPreview(added, unchanged, changed, kinds, replacements);
        });
    }

    /** Validates the bundle and hands each kind's records, in write order, to {@code each}. */
    private ImportReport report(JsonNode root, BiFunction<FactKind, List<Map<String, Object>>, ImportReport.Counts> each) {
        Map<FactKind, List<Map<String, Object>>> records = validated(root);
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

    private Map<FactKind, List<Map<String, Object>>> validated(JsonNode root) {
        return BundleValidator.validate(root, store::existingCodes, store::storedWith);
    }

    /** Refuses a body whose declared length is over the limit without reading it. */
    void refuseDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw BundleReader.tooLarge(maxBytes);
        }
    }
}
