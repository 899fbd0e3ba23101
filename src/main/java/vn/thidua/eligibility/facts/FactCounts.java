package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * How many facts each year holds, so that a person can see whether a year is complete enough to be
 * evaluated before starting a run. Counts only: the facts themselves are read through the export.
 */
@Service
public class FactCounts {
    private final JdbcTemplate jdbc;

    FactCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit, and every year some fact belongs to (newest first), read in one snapshot. */
    @Transactional(readOnly = true)
    public FactCoverage coverage() {
        List<FactCoverage.UnitName> units = jdbc.query("SELECT code, name FROM units ORDER BY code",
                (rs, i) -> new FactCoverage.UnitName(rs.getString("code"), rs.getString("name")));
        Map<Integer, Tally> years = new TreeMap<>(Comparator.reverseOrder());
        jdbc.query("SELECT year, unit_code, COUNT(*) AS n FROM criteria GROUP BY year, unit_code",
                (RowCallbackHandler) rs -> years.computeIfAbsent(rs.getInt("year"), y -> new Tally()).items
                        .put(rs.getString("unit_code"), rs.getInt("n")));
        // tasks and dossiers belong to the year they are due in, as the rules read them
        count("SELECT YEAR(due_date) AS year, COUNT(*) AS n FROM tasks GROUP BY YEAR(due_date)", years, (t, n) -> t.tasks = n);
        count("SELECT YEAR(due_date) AS year, COUNT(*) AS n FROM dossiers GROUP BY YEAR(due_date)", years, (t, n) -> t.dossiers = n);
        count("SELECT year, COUNT(*) AS n FROM initiatives GROUP BY year", years, (t, n) -> t.initiatives = n);
        count("SELECT year, COUNT(*) AS n FROM ratings GROUP BY year", years, (t, n) -> t.ratings = n);
        count("SELECT year, COUNT(*) AS n FROM awards GROUP BY year", years, (t, n) -> t.awards = n);
        List<FactCoverage.YearFacts> result = new ArrayList<>();
        years.forEach((year, t) -> result.add(new FactCoverage.YearFacts(year, t.items, t.tasks, t.dossiers,
                t.initiatives, t.ratings, t.awards)));
        return new FactCoverage(units, result);
    }

    private void count(String sql, Map<Integer, Tally> years, BiConsumer<Tally, Integer> into) {
        jdbc.query(sql, (RowCallbackHandler) rs -> into.accept(years.computeIfAbsent(rs.getInt("year"), y -> new Tally()), rs.getInt("n")));
    }

    private static final class Tally {
        final Map<String, Integer> items = new LinkedHashMap<>();
        int tasks;
        int dossiers;
        int initiatives;
        int ratings;
        int awards;
    }
}
