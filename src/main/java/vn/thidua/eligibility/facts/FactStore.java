package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import's look-ups of stored facts in bulk, with plain JDBC, in the caller's transaction: which
 * codes exist, and the stored periods a bundle's periods must not overlap. The writes go through
 * {@link StagingTables}.
 */
@Repository
class FactStore {
    /** Keys per look-up: large enough to be fast, small enough for any server's limits. */
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

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
