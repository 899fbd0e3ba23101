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

    /**
     * @param kindName a kind's name in the import format
     * @param year     null for every year; else the year of criteria, initiatives, ratings and
     *                 awards, or of the due date of tasks and dossiers
     */
    List<Map<String, Object>> list(String kindName, Integer year) {
        FactKind kind = FactKind.byName(kindName).orElseThrow(() -> new FactQueryException(Refusal.Kind.NOT_FOUND,
                "Unknown fact kind '" + kindName + "'; known: " + FactKind.NAMES));
        if (year == null) {
            return read(kind, "TRUE", new MapSqlParameterSource());
        }
        FactKind.YearFilter filter = kind.yearFilter().orElseThrow(() -> new FactQueryException(
                Refusal.Kind.INVALID, "year does not apply to " + kind.jsonName() + "; it filters " + YEAR_KINDS));
        return read(kind, filter.condition, new MapSqlParameterSource("year", year)
                .addValue("firstDay", LocalDate.of(year, 1, 1))
                .addValue("lastDay", LocalDate.of(year, 12, 31)));
    }

    /**
     * The records of a kind matching a condition over its table (aliased {@code f}), in natural-key order.
     * Absent values are left out, as the import format leaves them out.
     */
    List<Map<String, Object>> read(FactKind kind, String condition, MapSqlParameterSource params) {
        String order = kind.key().stream().map(f -> "f." + f.column()).collect(Collectors.joining(", "));
        return jdbc.query("SELECT " + kind.columns("f") + " FROM " + kind.table() + " f WHERE " + condition
                + " ORDER BY " + order, params, (rs, row) -> record(kind, rs));
    }

    /** The records of a kind matching a condition, as the {@code model} objects the rules see, in natural-key order. */
    @SuppressWarnings("unchecked") // the kind's model function makes the T its caller asks for
    <T> List<T> models(FactKind kind, String condition, MapSqlParameterSource params) {
        return read(kind, condition, params).stream().map(r -> (T) kind.toModel(r)).toList();
    }

    /** One row of a kind's columns as a record (field name → value), absent values left out. */
    static Map<String, Object> record(FactKind kind, ResultSet rs) throws SQLException {
        Map<String, Object> record = new LinkedHashMap<>();
        for (Field field : kind.fields()) {
            Object value = field.type().stored(rs, field.column());
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
