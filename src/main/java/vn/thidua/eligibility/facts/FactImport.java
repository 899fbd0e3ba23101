package vn.thidua.eligibility.facts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * The body is read as a stream, record by record, and each record is checked and staged at once
 * ({@link StagedBundle}, {@link StagingTables}): memory does not grow with the bundle. The checks
 * across records, those that read the database and the writes then share one transaction, so a
 * rejected bundle, or one that fails while written, leaves the database as it was; every error is
 * reported. A transaction rolled back by a concurrent import runs again from the staged records.
 */
@Service
public class FactImport {
    private final FactStore store;
    private final TransactionTemplate transaction;
    private final long maxBytes;
    private final ApplicationEventPublisher events;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    FactImport(FactStore store, TransactionTemplate transaction, FactSettings settings, ApplicationEventPublisher events,
               DataSource dataSource, JdbcTemplate jdbc) {
        this.events = events;
        this.store = store;
        this.transaction = new ImportTransaction(transaction);
        this.maxBytes = settings.maxBundleBytes().toBytes();
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * @param body the bundle as JSON; read up to the size limit ({@code eligibility.facts.max-bundle-bytes})
     * @param user who imports it, for the audit log
     * @throws RejectedBundleException with every error found; nothing was stored
     */
    public ImportReport importBundle(InputStream body, String user) {
        return importStaged(bundle -> BundleReader.read(body, maxBytes, FactKind.values(), bundle),
                StagedBundle::json, user);
    }

    /**
     * Checks a bundle exactly as {@link #importBundle} does and says what it would do today, storing
     * nothing: for a page that shows the effect before the person confirms. Each stored record it would
     * change is listed with its fields before and after.
     *
     * @throws RejectedBundleException with every error found
     */
    public ImportPreview preview(InputStream body) {
        return previewStaged(bundle -> BundleReader.read(body, maxBytes, FactKind.values(), bundle), StagedBundle::json);
    }

    /**
     * Imports a CSV file of dossiers or provincial tasks ({@link CsvFile}), all or nothing, as a bundle of
     * that kind alone would be.
     *
     * @param kindName {@code dossiers} or {@code tasks}
     * @throws RejectedBundleException with every error found, each naming its line and column; nothing was stored
     */
    public ImportReport importCsv(String kindName, InputStream body, String user) {
        FactKind kind = csvKind(kindName);
        try {
            CsvFile csv = CsvFile.open(body, maxBytes, kind);
            return importStaged(csv::read, tables -> new StagedBundle(tables, k -> csv.place()), user);
        } catch (RejectedBundleException e) {
            throw e.ofCsvFile();
        }
    }

    private static FactKind csvKind(String name) {
        return CsvFile.KINDS.stream().filter(k -> k.jsonName().equals(name)).findFirst()
                .orElseThrow(() -> new FactQueryException(vn.thidua.eligibility.web.Refusal.Kind.NOT_FOUND,
                        "A CSV file holds dossiers or tasks, not '" + name + "'"));
    }

    /**
     * Reads records into staging with {@code read}; then, in one transaction, checks them across
     * records and against the database and does {@code work} with them.
     */
    private <T> T checkedStaged(Consumer<StagedBundle> read, Function<StagingTables, StagedBundle> bundleOf,
                                Function<StagingTables, T> work) {
        return staged(tables -> {
            StagedBundle bundle = bundleOf.apply(tables);
            read.accept(bundle);
            return transaction.execute(status -> {
                bundle.check(store::existingCodes, store::storedWith);
                return work.apply(tables);
            });
        });
    }

    private ImportPreview previewStaged(Consumer<StagedBundle> read, Function<StagingTables, StagedBundle> bundleOf) {
        return checkedStaged(read, bundleOf, tables -> {
            Map<String, ImportPreview.Counts> kinds = new LinkedHashMap<>();
            List<ImportPreview.Replacement> replacements = new ArrayList<>();
            int added = 0;
            int unchanged = 0;
            int changed = 0;
            List<FactKind> staged = tables.kinds();
            for (FactKind kind : FactKind.values()) {
                StagingTables.Compared compared = staged.contains(kind)
                        ? tables.compare(kind, ImportPreview.LISTED - replacements.size())
                        : new StagingTables.Compared(new ImportPreview.Counts(0, 0, 0), List.of());
                kinds.put(kind.jsonName(), compared.counts());
                replacements.addAll(compared.replacements());
                added += compared.counts().added();
                unchanged += compared.counts().unchanged();
                changed += compared.counts().changed();
            }
            return new ImportPreview(added, unchanged, changed, kinds, replacements);
        });
    }

    /** Stages, checks and writes the records in one transaction, audited in it. */
    private ImportReport importStaged(Consumer<StagedBundle> read, Function<StagingTables, StagedBundle> bundleOf, String user) {
        return checkedStaged(read, bundleOf, tables -> {
            Map<String, FactsImported.Keys> keys = new LinkedHashMap<>();
            Map<String, ImportReport.Counts> kinds = new LinkedHashMap<>();
            int added = 0;
            int replaced = 0;
            List<FactKind> staged = tables.kinds();
            for (FactKind kind : FactKind.values()) {
                ImportReport.Counts counts = new ImportReport.Counts(0, 0);
                if (staged.contains(kind)) {
                    tables.matchStored(kind);
                    counts = tables.counts(kind);
                    FactsImported.Keys.Collector collector = new FactsImported.Keys.Collector();
                    tables.keys(kind, false, collector::added);
                    tables.keys(kind, true, collector::replaced);
                    keys.put(kind.jsonName(), collector.keys());
                    tables.write(kind);
                }
                kinds.put(kind.jsonName(), counts);
                added += counts.added();
                replaced += counts.replaced();
            }
            ImportReport report = new ImportReport(added, replaced, kinds);
            // in the transaction: the audit entry commits, or rolls back, with the facts
            events.publishEvent(new FactsImported(user, report, keys));
            return report;
        });
    }

    /**
     * Runs {@code work} with staging tables on one connection from start to end: temporary tables
     * belong to a connection, and the transaction that writes runs on the same one (a transaction the
     * caller has open already is joined, on its connection). The tables are dropped after.
     */
    private <T> T staged(Function<StagingTables, T> work) {
        Connection own = null;
        if (!TransactionSynchronizationManager.hasResource(dataSource)) {
            try {
                own = dataSource.getConnection();
            } catch (SQLException e) {
                throw new org.springframework.jdbc.CannotGetJdbcConnectionException("No connection for the import", e);
            }
            // the transaction manager and JdbcTemplate find this connection bound, and use it
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(own));
        }
        StagingTables tables = new StagingTables(jdbc);
        try {
            return work.apply(tables);
        } finally {
            try {
                tables.drop();
            } finally {
                if (own != null) {
                    TransactionSynchronizationManager.unbindResource(dataSource);
                    try {
                        own.close();
                    } catch (SQLException ignored) {
                        // the pool discards a connection it cannot take back
                    }
                }
            }
        }
    }

    /** Refuses a body whose declared length is over the limit without reading it. */
    void refuseDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw BundleReader.tooLarge(maxBytes);
        }
    }
}
