package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.Refusal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the stored facts of one kind, in natural-key order, as records (field name → value) whose
 * JSON form is the import format: an export can be imported again. Plain JDBC over the kind's
 * {@link FactKind descriptor}, the fast path for bulk reads.
 */
@Component
class FactExport {
    /** "criteria, tasks, … and awards": the kinds {@code ?year=} applies to, for the message when it does not. */
    private static final String YEAR_KINDS = andList(FactKind.values().stream()
            .filter(k -> k.yearFilter().isPresent()).map(FactKind::jsonName).toList());

    private final NamedParameterJdbcTemplate jdbc;

    FactExport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of records when none is asked for, and the most a page may hold. */
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    /**
     * One page of a kind's records.
     *
     * @param items the page's records, in natural-key order
     * @param total the records of the kind (and year) in all
     * @param page  its number, from 0
     * @param size  records per page
     */
    record FactPage(List<Map<String, Object>> items, long total, int page, int size) {
    }

    /**
     * @param kindName a kind's name in the import format
     * @param year     null for every year; else the year of criteria, initiatives, ratings and
     *                 awards, or of the due date of tasks and dossiers
     * @param page     from 0; null for the first
     * @param size     1 to {@value #MAX_SIZE}; null for {@value #DEFAULT_SIZE}
     */
    FactPage page(String kindName, Integer year, Integer page, Integer size) {
        FactKind kind = FactKind.byName(kindName).orElseThrow(() -> new FactQueryException(Refusal.Kind.NOT_FOUND,
                "Unknown fact kind '" + kindName + "'; known: " + FactKind.NAMES));
        int number = page == null ? 0 : page;
        int rows = size == null ? DEFAULT_SIZE : size;
        if (number < 0) {
            throw new FactQueryException(Refusal.Kind.INVALID, "page " + number + " is below 0; pages count from 0");
        }
        if (rows < 1 || rows > MAX_SIZE) {
            throw new FactQueryException(Refusal.Kind.INVALID, "size " + rows + " is outside 1.." + MAX_SIZE);
        }
        String condition = "TRUE";
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (year != null) {
            FactKind.YearFilter filter = kind.yearFilter().orElseThrow(() -> new FactQueryException(
                    Refusal.Kind.INVALID, "year does not apply to " + kind.jsonName() + "; it filters " + YEAR_KINDS));
            condition = filter.condition;
            params.addValue("year", year).addValue("firstDay", LocalDate.of(year, 1, 1))
                    .addValue("lastDay", LocalDate.of(year, 12, 31));
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + kind.table() + " f WHERE " + condition, params, Long.class);
        params.addValue("limit", rows).addValue("offset", (long) number * rows);
        return new FactPage(select(kind, condition + " ORDER BY " + order(kind) + " LIMIT :limit OFFSET :offset", params),
                total == null ? 0 : total, number, rows);
    }

    /**
     * The records of a kind matching a condition over its table (aliased {@code f}), in natural-key order.
     * Absent values are left out, as the import format leaves them out.
     */
    List<Map<String, Object>> read(FactKind kind, String condition, MapSqlParameterSource params) {
        return select(kind, condition + " ORDER BY " + order(kind), params);
    }

    /** @param tail the WHERE clause's condition, with its ORDER BY and any LIMIT */
    private List<Map<String, Object>> select(FactKind kind, String tail, MapSqlParameterSource params) {
        return jdbc.query("SELECT " + kind.columns("f") + " FROM " + kind.table() + " f WHERE " + tail,
                params, (rs, row) -> record(kind, rs));
    }

    /** The natural key: unique, so a page's place among the others is stable. */
    private static String order(FactKind kind) {
        return kind.key().stream().map(f -> "f." + f.column()).collect(Collectors.joining(", "));
    }

    /** The records of a kind matching a condition, as the {@code model} objects the rules see, in natural-key order. */
    @SuppressWarnings("unchecked") // the kind's model function makes the T its caller asks for
    <T> List<T> models(FactKind kind, String condition, MapSqlParameterSource params) {
        return read(kind, condition, params).stream().map(r -> (T) kind.toModel(r)).toList();
    }

    /**
     * One row as a record (field name → value), absent values left out; its columns are the kind's
     * fields in their order, as {@link FactKind#columns} lists them.
     */
    static Map<String, Object> record(FactKind kind, ResultSet rs) throws SQLException {
        Map<String, Object> record = new LinkedHashMap<>();
        List<Field> fields = kind.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            Object value = field.type().stored(rs, i + 1);
            if (value != null) {
                record.put(field.name(), value);
            }
        }
        return record;
    }

    private static String andList(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
