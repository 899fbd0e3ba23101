package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Repository;
import vn.thidua.eligibility.model.SubjectType;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import's writes and look-ups in bulk, with plain JDBC: statements generated from
 * {@link FactKind}'s table, batched, in the caller's transaction.
 * <p>
 * New keys are inserted and stored keys updated by two plain batches rather than one
 * {@code INSERT … ON DUPLICATE KEY UPDATE}: the MariaDB driver sends plain batches with its bulk
 * protocol, but cannot do so for an upsert, and its {@code rewriteBatchedStatements} mangles an
 * upsert whose update clause calls {@code VALUES(…)}.
 */
@Repository
class FactStore {
    /** Rows per batch and keys per look-up: large enough to be fast, small enough for any server's limits. */
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of the codes the units or people table holds. */
    Set<String> existingCodes(SubjectType type, Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT code FROM " + FactKind.of(type).table() + " WHERE code IN ("
                    + placeholders(chunk.size()) + ")";
            found.addAll(jdbc.queryForList(sql, String.class, chunk.toArray()));
        }
        return found;
    }

    /** The stored records of a kind whose field holds one of the values, as the export reads them. */
    List<Map<String, Object>> storedWith(FactKind kind, String fieldName, Collection<String> values) {
        Field field = kind.findField(fieldName).orElseThrow();
        List<String> all = new ArrayList<>(values);
        List<Map<String, Object>> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT " + kind.columns("f") + " FROM " + kind.table() + " f WHERE f.`" + field.column()
                    + "` IN (" + placeholders(chunk.size()) + ")";
            found.addAll(jdbc.query(sql, (rs, row) -> FactExport.record(kind, rs), chunk.toArray()));
        }
        return found;
    }

    /**
     * Stores the records, each replacing the stored row of the same natural key if there is one
     * (its absent optional fields become null). The records' keys are distinct.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another import inserted one of
     *                                                       the new keys meanwhile
     */
    Written write(FactKind kind, List<Map<String, Object>> records) {
        Set<List<String>> stored = storedKeys(kind, records);
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> replaced = new ArrayList<>();
        for (Map<String, Object> record : records) {
            (stored.contains(keyOf(kind, record)) ? replaced : added).add(record);
        }
        List<Field> values = kind.fields().stream().filter(f -> !kind.key().contains(f)).toList();
        batch("INSERT INTO " + kind.table() + " (" + columns(kind.fields(), ", ") + ") VALUES ("
                + placeholders(kind.fields().size()) + ")", added, kind.fields());
        List<Field> updateParameters = new ArrayList<>(values);
        updateParameters.addAll(kind.key());
        batch("UPDATE " + kind.table() + " SET " + columns(values, " = ?, ") + " = ? WHERE "
                + columns(kind.key(), " = ? AND ") + " = ?", replaced, updateParameters);
        return new Written(new ImportReport.Counts(added.size(), replaced.size()),
                FactsImported.Keys.of(keys(kind, added), keys(kind, replaced)));
    }

    /** What a write did, with the keys for the audit log. */
    record Written(ImportReport.Counts counts, FactsImported.Keys keys) {
    }

    private static List<String> keys(FactKind kind, List<Map<String, Object>> records) {
        return records.stream().map(r -> String.join("/", keyOf(kind, r))).toList();
    }

    /** What {@link #compare} found for one kind: its counts and its first changed records. */
    record Compared(ImportPreview.Counts counts, List<ImportPreview.Replacement> replacements) {
    }

    /**
     * What {@link #write} would do with the records now: which are new, which are identical to the
     * stored record of their key, and which would replace it with other values, field by field.
     *
     * @param listed at most this many changed records are described; all are counted
     */
    Compared compare(FactKind kind, List<Map<String, Object>> records, int listed) {
        Map<List<String>, Map<String, Object>> stored = storedRecords(kind, records);
        int added = 0;
        int unchanged = 0;
        int changed = 0;
        List<ImportPreview.Replacement> replacements = new ArrayList<>();
        for (Map<String, Object> record : records) {
            List<String> key = keyOf(kind, record);
            Map<String, Object> before = stored.get(key);
            if (before == null) {
                added++;
                continue;
            }
            List<ImportPreview.Change> changes = kind.fields().stream()
                    .filter(f -> !same(before.get(f.name()), record.get(f.name())))
                    .map(f -> new ImportPreview.Change(f.name(), f.label(), before.get(f.name()), record.get(f.name())))
                    .toList();
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed++;
                if (replacements.size() < listed) {
                    replacements.add(new ImportPreview.Replacement(kind.jsonName(), String.join("/", key), changes));
                }
            }
        }
        return new Compared(new ImportPreview.Counts(added, unchanged, changed), replacements);
    }

    /** Decimals compare by value: the column's scale pads a stored 9.75 to 9.7500. */
    private static boolean same(Object stored, Object imported) {
        if (stored instanceof BigDecimal a && imported instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(stored, imported);
    }

    /** The stored records among the records' natural keys, by key in the form of {@link #keyOf}. */
    private Map<List<String>, Map<String, Object>> storedRecords(FactKind kind, List<Map<String, Object>> records) {
        Map<List<String>, Map<String, Object>> stored = new HashMap<>();
        eachStored(kind, records, kind.columns("f"), rs -> {
            Map<String, Object> record = FactExport.record(kind, rs);
            stored.put(keyOf(kind, record), record);
        });
        return stored;
    }

    /** Reads the given columns of every stored row whose natural key one of the records has, a chunk of keys per query. */
    private void eachStored(FactKind kind, List<Map<String, Object>> records, String columns, RowCallbackHandler row) {
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<Map<String, Object>> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            String sql = "SELECT " + columns + " FROM " + kind.table() + " f WHERE " + matching(kind.key(), chunk.size());
            jdbc.query(sql, ps -> {
                int i = 0;
                for (Map<String, Object> record : chunk) {
                    bind(ps, record, kind.key(), i);
                    i += kind.key().size();
                }
            }, row);
        }
    }

    private void batch(String sql, List<Map<String, Object>> records, List<Field> parameters) {
        if (!records.isEmpty()) {
            jdbc.batchUpdate(sql, records, CHUNK, (ps, record) -> bind(ps, record, parameters));
        }
    }

    /** The natural keys among the records' that are stored, in the form of {@link #keyOf}. */
    private Set<List<String>> storedKeys(FactKind kind, List<Map<String, Object>> records) {
        Set<List<String>> stored = new HashSet<>();
        eachStored(kind, records, columns(kind.key(), ", "), rs -> {
            List<String> key = new ArrayList<>(kind.key().size());
            for (int c = 1; c <= kind.key().size(); c++) {
                key.add(rs.getString(c));
            }
            stored.add(key);
        });
        return stored;
    }

    /**
     * A condition matching n keys: an IN list for a one-column key, else ORs of equalities, which
     * MariaDB answers with a range scan of the unique key (an IN list of row values may scan it whole).
     */
    private static String matching(List<Field> key, int n) {
        if (key.size() == 1) {
            return columns(key, "") + " IN (" + placeholders(n) + ")";
        }
        return String.join(" OR ", Collections.nCopies(n, "(" + columns(key, " = ? AND ") + " = ?)"));
    }

    /** A natural key as the database spells it in text: years and dates in ISO form, enums by name. */
    private static List<String> keyOf(FactKind kind, Map<String, Object> record) {
        return kind.key().stream().map(f -> String.valueOf(column(record.get(f.name())))).toList();
    }

    private static void bind(PreparedStatement ps, Map<String, Object> record, List<Field> fields) throws SQLException {
        bind(ps, record, fields, 0);
    }

    private static void bind(PreparedStatement ps, Map<String, Object> record, List<Field> fields, int offset)
            throws SQLException {
        for (int i = 0; i < fields.size(); i++) {
            StatementCreatorUtils.setParameterValue(ps, offset + i + 1, SqlTypeValue.TYPE_UNKNOWN,
                    column(record.get(fields.get(i).name())));
        }
    }

    /** Enums are stored by name. */
    private static Object column(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }

    private static String columns(List<Field> fields, String separator) {
        return fields.stream().map(f -> "`" + f.column() + "`").collect(Collectors.joining(separator));
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
