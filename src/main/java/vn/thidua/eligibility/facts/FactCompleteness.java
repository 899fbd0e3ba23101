package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The completeness check before a run (issue 9): what is missing for year Y and Y−1, per unit and per
 * person, read in one snapshot.
 * <ul>
 *   <li>a unit with no scored item of Y: U1 and U2 cannot be judged; none of Y−1: U2 cannot;</li>
 *   <li>no provincial task due in Y, no TTHC dossier due in Y: U3 rests on the other one only (or on
 *       nothing, when both are missing);</li>
 *   <li>a person with no rating of Y: the phase condition (d), HTXSNV in two consecutive years;</li>
 *   <li>a person who officers an item of Y whose code has no item of Y−1: P2 cannot compare it.</li>
 * </ul>
 * Units dissolved before Y began are not listed. People are listed with their unit on the reference
 * date, as a run groups them (see {@link FactGroups}).
 */
@Service
public class FactCompleteness {
    /** The unit on :on: the latest membership that started on or before it, else people.unit_code (as FactGroups). */
    private static final String PEOPLE = """
            SELECT p.code, p.full_name,
                   COALESCE((SELECT m.unit_code FROM memberships m
                              WHERE m.person_code = p.code AND m.from_date <= :on
                              ORDER BY m.from_date DESC LIMIT 1), p.unit_code) AS unit_code
              FROM people p ORDER BY p.code
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FactCompleteness(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param referenceDate the day people's units are taken on; null for the last day of the year
     */
    @Transactional(readOnly = true)
    public Completeness of(int year, LocalDate referenceDate) {
        LocalDate on = referenceDate != null ? referenceDate : LocalDate.of(year, 12, 31);
        MapSqlParameterSource params = params(year).addValue("on", on);
        Map<String, Map<Integer, Integer>> items = new HashMap<>();
        jdbc.query("SELECT unit_code, year, COUNT(*) AS n FROM criteria WHERE year IN (:year, :yearBefore)"
                + " GROUP BY unit_code, year", params, (RowCallbackHandler) rs -> items
                .computeIfAbsent(rs.getString("unit_code"), u -> new HashMap<>()).put(rs.getInt("year"), rs.getInt("n")));
        Set<String> withTasks = codes("SELECT DISTINCT unit_code FROM tasks WHERE due_date BETWEEN :firstDay AND :lastDay", params);
        Set<String> withDossiers = codes("SELECT DISTINCT unit_code FROM dossiers WHERE due_date BETWEEN :firstDay AND :lastDay", params);
        Set<String> rated = codes("SELECT person_code FROM ratings WHERE year = :year", params);
        Map<String, List<String>> unmatchedItems = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.officer_code, c.code FROM criteria c
                 WHERE c.year = :year AND c.officer_code IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM criteria b WHERE b.year = :yearBefore AND b.code = c.code)
                 ORDER BY c.officer_code, c.code
                """, params, (RowCallbackHandler) rs -> unmatchedItems
                .computeIfAbsent(rs.getString("officer_code"), o -> new ArrayList<>()).add(rs.getString("code")));
        Map<String, List<Completeness.PersonGaps>> peopleGaps = new HashMap<>();
        jdbc.query(PEOPLE, params, (RowCallbackHandler) rs -> {
            String code = rs.getString("code");
            List<Completeness.Missing> missing = new ArrayList<>();
            if (!rated.contains(code)) {
                missing.add(new Completeness.Missing("ratings", year, null, List.of("PH_D"),
                        "No rating of " + year + " (the phase condition (d), HTXSNV in two consecutive years)"));
            }
            for (String item : unmatchedItems.getOrDefault(code, List.of())) {
                missing.add(new Completeness.Missing("criteria", year - 1, item, List.of("P2"), "No scored item "
                        + item + " of " + (year - 1) + " to compare the officered item " + item + " of " + year + " with (P2)"));
            }
            if (!missing.isEmpty()) {
                peopleGaps.computeIfAbsent(rs.getString("unit_code"), u -> new ArrayList<>())
                        .add(new Completeness.PersonGaps(code, rs.getString("full_name"), missing));
            }
        });
        List<Completeness.UnitGaps> units = jdbc.query(
                "SELECT code, name FROM units WHERE dissolved_on IS NULL OR dissolved_on >= :firstDay ORDER BY code",
                params, (rs, row) -> {
                    String code = rs.getString("code");
                    Map<Integer, Integer> counts = items.getOrDefault(code, Map.of());
                    List<Completeness.Missing> missing = new ArrayList<>();
                    if (!counts.containsKey(year)) {
                        missing.add(new Completeness.Missing("criteria", year, null, List.of("U1", "U2"),
                                "No scored items of " + year + " (U1 and U2 cannot be judged)"));
                    }
                    if (!counts.containsKey(year - 1)) {
                        missing.add(new Completeness.Missing("criteria", year - 1, null, List.of("U2"),
                                "No scored items of " + (year - 1) + " (U2 cannot be judged)"));
                    }
                    if (!withTasks.contains(code)) {
                        missing.add(new Completeness.Missing("tasks", year, null, List.of("U3"),
                                "No provincial task due in " + year + " (U3 rests on the dossiers only)"));
                    }
                    if (!withDossiers.contains(code)) {
                        missing.add(new Completeness.Missing("dossiers", year, null, List.of("U3"),
                                "No TTHC dossier due in " + year + " (U3 rests on the tasks only)"));
                    }
                    return new Completeness.UnitGaps(code, rs.getString("name"), missing,
                            peopleGaps.getOrDefault(code, List.of()));
                });
        return new Completeness(year, on, hasFactsOf(year), units);
    }

    /**
     * Whether the year has any fact of its own: a scored item, a provincial task or TTHC dossier due in
     * it, an initiative credited to it or a rating of it (awards and disciplines are not the year's
     * achievements).
     */
    @Transactional(readOnly = true)
    public boolean hasFactsOf(int year) {
        Boolean any = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM criteria WHERE year = :year)
                    OR EXISTS (SELECT 1 FROM tasks WHERE due_date BETWEEN :firstDay AND :lastDay)
                    OR EXISTS (SELECT 1 FROM dossiers WHERE due_date BETWEEN :firstDay AND :lastDay)
                    OR EXISTS (SELECT 1 FROM initiatives WHERE year = :year)
                    OR EXISTS (SELECT 1 FROM ratings WHERE year = :year)
                """, params(year), Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    /**
     * Whether any year of a phase has a fact the phase conditions count: as {@link #hasFactsOf}, or an
     * award of the year (the annual Giấy khen a phase counts).
     */
    @Transactional(readOnly = true)
    public boolean hasPhaseFacts(int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            if (hasFactsOf(year) || Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM awards WHERE year = :year)", params(year), Boolean.class))) {
                return true;
            }
        }
        return false;
    }

    private Set<String> codes(String sql, MapSqlParameterSource params) {
        return new HashSet<>(jdbc.queryForList(sql, params, String.class));
    }

    private static MapSqlParameterSource params(int year) {
        return new MapSqlParameterSource("year", year).addValue("yearBefore", year - 1)
                .addValue("firstDay", LocalDate.of(year, 1, 1)).addValue("lastDay", LocalDate.of(year, 12, 31));
    }
}
