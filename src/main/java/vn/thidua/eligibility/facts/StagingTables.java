package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import vn.thidua.eligibility.model.SubjectType;

/**
 * An import's records on their way in: one temporary table per kind ({@code staged_dossiers}, …), on
 * the import's own connection, so no other session sees them and they vanish with it. Records are
 * written there as they are read, {@value #BATCH} at a time, by {@code LOAD DATA LOCAL INFILE} from memory
 * (a third faster for the server than statements of many rows, which it falls back to when the
 * database refuses it); the checks that need every record
 * (natural keys given twice: the staging table's unique key finds them) and the comparison with the
 * stored facts run in the database; the import's transaction then copies them into the fact tables
 * in one statement per kind and table. Only a batch of rows is held in memory at a time.
 * <p>
 * Each staged row keeps its place ({@code seq}: the index in its JSON array, or its CSV line). A
 * faulty record is staged too, with its valid fields: its code still counts for references and
 * duplicates, as in the in-memory validation; a bundle with a faulty record is never written.
 */
final class StagingTables {
    /** Rows per INSERT: 1,000 rows of the widest kind stay far below the 65,535 placeholders of a statement. */
    private static final int ROWS = 1000;
    /** Rows staged at a time: one LOAD DATA each (the server takes 1 M rows in 3.7 s this way, 4.9 s 1,000 at a time). */
    private static final int BATCH = 10_000;
    private static final String PREFIX = "staged_";
    /** Characters of a decimal as written: the import allows six digits, a point and four decimals. */
    private static final int DECIMAL_TEXT = 40;

    private static final Logger log = LoggerFactory.getLogger(StagingTables.class);

    private final JdbcTemplate jdbc;
    /** Until the database refuses it once: then for the rest of this import, INSERT. */
    private volatile boolean loadData = true;
    private final Map<FactKind, Writer> writers = new LinkedHashMap<>();
    /**
     * Writes the staged rows while the caller reads the next ones, so that reading and the database use
     * both cores; one batch at a time, since the connection serves one statement at a time.
     */
    private final ExecutorService stager = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-staging"));
    private Future<?> pending;

    /** @param jdbc bound to the import's one connection (the temporary tables live there) */
    StagingTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the staging thread does with the connection. */
    @FunctionalInterface
    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    /** Runs the statements on the staging thread, once the batch before is written. */
    private void submit(Statements statements) {
        awaitStaged();
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource());
        // the import's own connection, bound to the caller's thread; the staging thread uses it while the caller does not
        Connection connection = DataSourceUtils.getConnection(dataSource);
        DataSourceUtils.releaseConnection(connection, dataSource);
        pending = stager.submit(() -> {
            try {
                statements.run(connection);
            } catch (SQLException e) {
                throw Objects.requireNonNull(jdbc.getExceptionTranslator().translate("staging", null, e));
            }
            return null;
        });
    }

    /** Waits for the batch being written, failing as it failed. */
    private void awaitStaged() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while staging an import", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pending = null;
        }
    }

    static String table(FactKind kind) {
        return PREFIX + kind.table();
    }

    /** Stages a record: its fields' values (a faulty record's valid ones), at its place. */
    void add(FactKind kind, int seq, Map<String, Object> values) {
        writers.computeIfAbsent(kind, this::create).add(seq, values);
    }

    /** Writes what is still buffered, and waits until it is written. */
    void flush() {
        writers.values().forEach(Writer::flush);
        awaitStaged();
    }

    /** The kinds that have staged records, in the order of the writes. */
    List<FactKind> kinds() {
        return FactKind.values().stream().filter(writers::containsKey).toList();
    }

    /** Drops the tables: a pooled connection outlives the import. */
    void drop() {
        stager.shutdown();
        try {
            awaitStaged();
        } catch (RuntimeException e) {
            // the import fails already (this is its clean-up): its own error is the one reported
        }
        for (FactKind kind : writers.keySet()) {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + table(kind));
        }
        writers.clear();
    }

    private Writer create(FactKind kind) {
        awaitStaged();
        jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + table(kind));
        String columns = kind.fields().stream().map(f -> "`" + f.column() + "` " + sqlType(f) + " NULL")
                .collect(Collectors.joining(", "));
        // InnoDB: a million rows stage in a third of MyISAM's time, whose unique key is slow to grow
        // (README, Performance); the rows are staged before the import's transaction, so
        // one rolled back finds them still staged for its next attempt
        jdbc.execute("CREATE TEMPORARY TABLE " + table(kind) + " (seq INT NOT NULL PRIMARY KEY, "
                + "stored_id BIGINT NULL, " + columns + ", UNIQUE KEY natural_key (" + columns(kind.key(), "")
                + ")) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
        return new Writer(kind);
    }

    /**
     * The column type of the fact tables (db/migration), every string compared byte for byte; a
     * decimal as written ("1.5", not "1.5000"), so that the preview shows the imported value as it came.
     */
    private static String sqlType(Field field) {
        Class<?> type = field.valueType();
        if (type == Integer.class) {
            return "SMALLINT";
        }
        if (type == BigDecimal.class) {
            return "VARCHAR(" + DECIMAL_TEXT + ")";
        }
        if (type == LocalDate.class) {
            return "DATE";
        }
        return "VARCHAR(" + (type.isEnum() ? 32 : field.type().maxLength()) + ")";
    }

    /** A natural key given more than once: each later record with the first that gave it. */
    record Duplicate(int seq, int first, List<Object> key) {
    }

    /** The records whose natural key an earlier record of the same kind gave, in their order, at most {@value #ROWS}. */
    List<Duplicate> duplicates(FactKind kind) {
        Writer writer = writers.get(kind);
        return writer == null ? List.of() : writer.duplicates;
    }

    /** A record naming a subject by code. */
    record Referring(int seq, String code) {
    }

    /**
     * The records whose field holds one of the codes (for a reference by subject type, naming that type),
     * in their order, at most {@code limit}.
     */
    List<Referring> referring(FactKind kind, Reference reference, SubjectType type, Collection<String> codes, int limit) {
        List<String> all = new ArrayList<>(codes);
        List<Referring> found = new ArrayList<>();
        String column = kind.findField(reference.field()).orElseThrow().column();
        String ofType = reference.byType() ? " AND `" + kind.findField("subjectType").orElseThrow().column() + "` = ?" : "";
        for (int from = 0; from < all.size(); from += ROWS) {
            List<Object> parameters = new ArrayList<>(all.subList(from, Math.min(all.size(), from + ROWS)));
            if (reference.byType()) {
                parameters.add(type.name());
            }
            found.addAll(jdbc.query("SELECT seq, `" + column + "` FROM " + table(kind) + " WHERE `" + column + "` IN ("
                    + String.join(", ", Collections.nCopies(parameters.size() - (reference.byType() ? 1 : 0), "?")) + ")"
                    + ofType + " ORDER BY seq LIMIT " + limit,
                    (rs, row) -> new Referring(rs.getInt(1), rs.getString(2)), parameters.toArray()));
        }
        found.sort(java.util.Comparator.comparingInt(Referring::seq));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * Which staged records' natural keys are stored: each staged row learns the id of the stored row it
     * would replace. Run in the import's transaction, before it counts, lists and writes.
     */
    void matchStored(FactKind kind) {
        jdbc.update("UPDATE " + table(kind) + " s LEFT JOIN " + kind.table() + " f ON " + sameKey(kind, "f")
                + " SET s.stored_id = f.id");
    }

    /** Records new and stored, after {@link #matchStored}. */
    ImportReport.Counts counts(FactKind kind) {
        return jdbc.queryForObject("SELECT COUNT(*) - COUNT(stored_id), COUNT(stored_id) FROM " + table(kind),
                (rs, row) -> new ImportReport.Counts(rs.getInt(1), rs.getInt(2)));
    }

    /** The natural keys of the new records, then of the stored ones, each joined by "/", in the records' order. */
    void keys(FactKind kind, boolean stored, Consumer<String> each) {
        String sql = "SELECT " + columns(kind.key(), "") + " FROM " + table(kind) + " WHERE stored_id IS "
                + (stored ? "NOT " : "") + "NULL ORDER BY seq";
        int width = kind.key().size();
        streamed(sql, rs -> {
            StringBuilder key = new StringBuilder(rs.getString(1));
            for (int c = 2; c <= width; c++) {
                key.append('/').append(rs.getString(c));
            }
            each.accept(key.toString());
        });
    }

    /** Inserts the new records and updates the stored ones in place, after {@link #matchStored}. */
    void write(FactKind kind) {
        String columns = columns(kind.fields(), "");
        jdbc.update("INSERT INTO " + kind.table() + " (" + columns + ") SELECT " + columns + " FROM " + table(kind)
                + " WHERE stored_id IS NULL");
        List<Field> values = kind.fields().stream().filter(f -> !kind.key().contains(f)).toList();
        if (!values.isEmpty()) {
            jdbc.update("UPDATE " + kind.table() + " f JOIN " + table(kind) + " s ON f.id = s.stored_id SET "
                    + values.stream().map(f -> "f.`" + f.column() + "` = s.`" + f.column() + "`")
                    .collect(Collectors.joining(", ")));
        }
    }

    /** What {@link #compare} found: counts, and the first changed records field by field. */
    record Compared(ImportPreview.Counts counts, List<ImportPreview.Replacement> replacements) {
    }

    /**
     * What the import would do with the staged records now: new, identical to the stored record of
     * their key, or replacing it with other values.
     *
     * @param listed at most this many changed records are described; all are counted
     */
    Compared compare(FactKind kind, int listed) {
        String same = kind.fields().stream().map(f -> same(f)).collect(Collectors.joining(" AND "));
        String from = table(kind) + " s LEFT JOIN " + kind.table() + " f ON " + sameKey(kind, "f");
        ImportPreview.Counts counts = jdbc.queryForObject("SELECT COUNT(*) - COUNT(f.id), SUM(f.id IS NOT NULL AND "
                + same + "), SUM(f.id IS NOT NULL AND NOT (" + same + ")) FROM " + from, (rs, row) ->
                new ImportPreview.Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
        List<ImportPreview.Replacement> replacements = new ArrayList<>();
        if (listed > 0 && counts.changed() > 0) {
            String selected = kind.fields().stream().map(f -> "s.`" + f.column() + "` AS `s_" + f.column() + "`, f.`"
                    + f.column() + "` AS `f_" + f.column() + "`").collect(Collectors.joining(", "));
            jdbc.query("SELECT " + selected + " FROM " + from + " WHERE f.id IS NOT NULL AND NOT (" + same
                    + ") ORDER BY s.seq LIMIT " + listed, (RowCallbackHandler) rs -> {
                List<ImportPreview.Change> changes = new ArrayList<>();
                List<String> key = new ArrayList<>();
                for (Field field : kind.fields()) {
                    Object after = field.type().stored(rs, "s_" + field.column());
                    Object before = field.type().stored(rs, "f_" + field.column());
                    if (kind.key().contains(field)) {
                        key.add(String.valueOf(after instanceof Enum<?> e ? e.name() : after));
                    }
                    if (!sameValue(before, after)) {
                        changes.add(new ImportPreview.Change(field.name(), field.label(), before, after));
                    }
                }
                replacements.add(new ImportPreview.Replacement(kind.jsonName(), String.join("/", key), changes));
            });
        }
        return new Compared(counts, replacements);
    }

    /** Decimals compare by value, every string byte for byte (the fact tables' texts compare ignoring case). */
    private static String same(Field field) {
        String column = "`" + field.column() + "`";
        if (field.valueType() == BigDecimal.class) {
            return "CAST(s." + column + " AS DECIMAL(10, 4)) <=> f." + column;
        }
        return field.valueType() == String.class || field.valueType().isEnum()
                ? "CAST(s." + column + " AS BINARY) <=> CAST(f." + column + " AS BINARY)"
                : "s." + column + " <=> f." + column;
    }

    private static boolean sameValue(Object stored, Object imported) {
        if (stored instanceof BigDecimal a && imported instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(stored, imported);
    }

    private static String sameKey(FactKind kind, String alias) {
        return kind.key().stream().map(f -> alias + ".`" + f.column() + "` = s.`" + f.column() + "`")
                .collect(Collectors.joining(" AND "));
    }

    private static String columns(List<Field> fields, String alias) {
        return prefixed(fields, alias);
    }

    private static String prefixed(List<Field> fields, String alias) {
        return fields.stream().map(f -> alias + "`" + f.column() + "`").collect(Collectors.joining(", "));
    }

    /** Rows read one at a time from the server, not all fetched first: a kind may have millions. */
    private void streamed(String sql, RowCallbackHandler row) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(ROWS);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        row.processRow(rs);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Rows of {@code width} values as LOAD DATA reads them with its default separators: a tab between
     * values, a line feed after each row, {@code \N} for NULL, and a backslash before a backslash, tab,
     * line feed, carriage return or NUL within a value.
     */
    private static byte[] tabSeparated(List<Object> values, int width) {
        StringBuilder out = new StringBuilder(values.size() * 12);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                out.append("\\N");
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\0' -> out.append("\\0");
                        default -> out.append(ch);
                    }
                }
            }
            out.append((i + 1) % width == 0 ? '\n' : '\t');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The server's {@code local_infile} is off (ER_NOT_ALLOWED_COMMAND, or MariaDB's 4166), or the
     * connection's {@code allowLocalInfile}: staging then inserts.
     */
    private static boolean localInfileRefused(SQLException e) {
        return e.getErrorCode() == 1148 || e.getErrorCode() == 4166
                || e.getMessage() != null && e.getMessage().contains("allowLocalInfile");
    }

    /** A decimal as written, unless trailing zeros make it longer than its column (the value is the same). */
    private static String written(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= DECIMAL_TEXT ? plain : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Buffers one kind's rows and stages them {@value #BATCH} at a time. The table's unique
     * natural key leaves out a record whose key an earlier one gave: each such record is looked up and
     * kept as a duplicate (the first {@value #ROWS}), the check costing nothing when there is none.
     */
    private final class Writer {
        private final FactKind kind;
        private final int width;
        private List<Object> buffered;
        private final List<Duplicate> duplicates = new ArrayList<>();
        private int rows;
        private String full;

        Writer(FactKind kind) {
            this.kind = kind;
            this.width = kind.fields().size() + 1;
            this.buffered = new ArrayList<>(BATCH * width);
        }

        void add(int seq, Map<String, Object> values) {
            buffered.add(seq);
            for (Field field : kind.fields()) {
                Object value = values.get(field.name());
                buffered.add(value instanceof Enum<?> e ? e.name() : value instanceof BigDecimal d ? written(d) : value);
            }
            if (++rows == BATCH) {
                flush();
            }
        }

        /** Hands the buffered rows to the staging thread and starts a new buffer. */
        void flush() {
            if (rows == 0) {
                return;
            }
            List<Object> batch = buffered;
            int count = rows;
            buffered = new ArrayList<>(BATCH * width);
            rows = 0;
            submit(connection -> {
                if (stage(connection, batch, count) < count) {
                    findDuplicates(connection, batch, count);
                }
            });
        }

        /** Stages the batch, by LOAD DATA while the server takes it; the rows it stored (those with a key not staged yet). */
        private int stage(Connection connection, List<Object> batch, int count) throws SQLException {
            if (loadData) {
                try (Statement statement = connection.createStatement()) {
                    statement.unwrap(org.mariadb.jdbc.Statement.class)
                            .setLocalInfileInputStream(new ByteArrayInputStream(tabSeparated(batch, width)));
                    return statement.executeUpdate(loadData());
                } catch (SQLException e) {
                    if (!localInfileRefused(e)) {
                        throw e;
                    }
                    log.info("The database refuses LOAD DATA LOCAL INFILE ({}): imports stage their records with INSERT",
                            e.getMessage());
                    loadData = false;
                }
            }
            int stored = 0;
            for (int from = 0; from < count; from += ROWS) {
                int n = Math.min(ROWS, count - from);
                try (PreparedStatement statement = connection.prepareStatement(n == ROWS ? full() : insert(n))) {
                    // as text, which the server converts to each column's type: the driver's search for
                    // a codec per value costs more than the conversion
                    for (int i = 0; i < n * width; i++) {
                        Object value = batch.get(from * width + i);
                        if (value == null) {
                            statement.setNull(i + 1, Types.VARCHAR);
                        } else {
                            statement.setString(i + 1, value.toString());
                        }
                    }
                    stored += statement.executeUpdate();
                }
            }
            return stored;
        }

        /** Tab-separated, one row a line, as LOAD DATA reads by default; the name is the driver's, no file is read. */
        private String loadData() {
            return "LOAD DATA LOCAL INFILE 'staged-records' IGNORE INTO TABLE " + table(kind)
                    + " CHARACTER SET utf8mb4 (seq, " + columns(kind.fields(), "") + ")";
        }

        /** The rows of a batch the table left out: each names the staged record that holds its key. */
        private void findDuplicates(Connection connection, List<Object> batch, int count) throws SQLException {
            List<Integer> staged = new ArrayList<>();
            try (PreparedStatement present = connection.prepareStatement("SELECT seq FROM " + table(kind)
                    + " WHERE seq BETWEEN ? AND ? ORDER BY seq")) {
                present.setInt(1, (Integer) batch.get(0));
                present.setInt(2, (Integer) batch.get((count - 1) * width));
                try (ResultSet rs = present.executeQuery()) {
                    while (rs.next()) {
                        staged.add(rs.getInt(1));
                    }
                }
            }
            String holder = "SELECT seq FROM " + table(kind) + " WHERE " + kind.key().stream()
                    .map(f -> "`" + f.column() + "` = ?").collect(Collectors.joining(" AND "));
            for (int row = 0; row < count && duplicates.size() < ROWS; row++) {
                int seq = (Integer) batch.get(row * width);
                if (Collections.binarySearch(staged, seq) >= 0) {
                    continue;
                }
                List<Object> key = new ArrayList<>();
                try (PreparedStatement first = connection.prepareStatement(holder)) {
                    int p = 1;
                    for (Field field : kind.key()) {
                        Object value = batch.get(row * width + 1 + kind.fields().indexOf(field));
                        first.setObject(p++, value);
                        key.add(value);
                    }
                    try (ResultSet rs = first.executeQuery()) {
                        rs.next();
                        duplicates.add(new Duplicate(seq, rs.getInt(1), key));
                    }
                }
            }
        }

        private String full() {
            if (full == null) {
                full = insert(ROWS);
            }
            return full;
        }

        private String insert(int n) {
            String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
            return "INSERT IGNORE INTO " + table(kind) + " (seq, " + columns(kind.fields(), "") + ") VALUES "
                    + String.join(", ", Collections.nCopies(n, row));
        }
    }
}
