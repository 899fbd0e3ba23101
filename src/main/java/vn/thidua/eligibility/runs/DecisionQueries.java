package vn.thidua.eligibility.runs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Folded;
import vn.thidua.eligibility.web.Text;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's decisions a page at a time, and all of them streamed, filtered and sorted in SQL. A page's
 * keys and its total come from an index alone ({@code decision_page}, {@code decision_by_name}: V20);
 * only the page's own rows are read whole. Nothing here holds more than a page.
 */
@Component
class DecisionQueries {
    /** Rows the export holds at a time, whatever the run's size. */
    private static final int EXPORT_FETCH = 500;
    /** Bytes of a sort's row up to which MariaDB sorts the selected columns with the key (default 1024). */
    private static final int SORT_DATA = 8192;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final DecisionStore store;

    DecisionQueries(JdbcTemplate jdbc, DataSource dataSource, DecisionStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EXPORT_FETCH);
    }

    /** A decision's primary key within its run. */
    record Key(SubjectType type, String code) {
    }

    DecisionPage page(RunId run, DecisionFilter filter, DecisionPaging paging, Locale locale) {
        Where where = where(run, filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(paging.size());
        args.add(paging.offset());
        // An order no index gives is a sort: of the keys themselves, as the index holds them. By
        // default MariaDB sorts row ids when the sort key is long (a name), then reads every row up to
        // the page's end from the table's wide rows: 12 s, not 1 s, deep in a run of 100,000.
        List<Key> keys = jdbc.query("SET STATEMENT max_length_for_sort_data = " + SORT_DATA + " FOR"
                        + " SELECT subject_type, subject_code FROM decision" + where.sql()
                        + paging.sort().orderBy(paging.descending()) + " LIMIT ? OFFSET ?",
                (rs, i) -> new Key(SubjectType.valueOf(rs.getString(1)), rs.getString(2)), args.toArray());
        if (keys.isEmpty() && DecisionFilter.given(filter.condition()) && !judgedAnywhere(run, filter.condition().strip())) {
            // a mistyped code would otherwise read as "no decision missed it"
            throw new InvalidDecisionQueryException(List.of(ApiError.Detail.of("condition",
                    Text.of("decisions.problem.unknownCondition", filter.condition().strip(), run.value()))));
        }
        long total = paging.page() == 0 && keys.size() < paging.size() ? keys.size() // a first page not full holds every match
                : !filter.any() ? jdbc.queryForObject("SELECT subject_count FROM run WHERE id = ?", Long.class, run.value())
                : jdbc.queryForObject("SELECT COUNT(*) FROM decision" + where.sql(), Long.class, where.args().toArray());
        Map<Key, DecisionView> rows = new HashMap<>();
        store.byKeys(run, keys, locale).forEach(d -> rows.put(new Key(d.subjectType(), d.subjectCode()), d));
        return new DecisionPage(keys.stream().map(rows::get).toList(), total, paging.page(), paging.size(),
                paging.sortParameter());
    }

    /** Whether any decision of the run has the condition, met, not met or undetermined. */
    private boolean judgedAnywhere(RunId run, String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM decision WHERE run_id = ? AND"
                        + " (LOCATE(?, condition_states) > 0 OR LOCATE(?, condition_states) > 0 OR LOCATE(?, condition_states) > 0))",
                Boolean.class, run.value(), " " + ConditionStates.MET + code + " ", ConditionStates.missed(code),
                " " + ConditionStates.UNDETERMINED + code + " "));
    }

    /**
     * Every decision that matches, in the order asked, handed to {@code row} as the database streams
     * them: the columns of the export, {@code condition_states} for the conditions, never a trace.
     */
    void each(RunId run, DecisionFilter filter, DecisionSort sort, boolean descending, RowCallbackHandler row) {
        Where where = where(run, filter);
        streaming.query("SELECT subject_type, subject_code, subject_name, unit_code, award, outcome, `rank`,"
                + " condition_states, exclusions FROM decision" + where.sql() + sort.orderBy(descending), row,
                where.args().toArray());
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(RunId run, DecisionFilter filter) {
        // A unit holds a few hundred decisions at most: its own index finds them at once. Left to itself
        // MariaDB walks the index that gives the order, unit after unit, half the run deep for U0500.
        StringBuilder sql = new StringBuilder(DecisionFilter.given(filter.unit()) ? " FORCE INDEX (decision_unit)" : "")
                .append(" WHERE run_id = ?");
        List<Object> args = new ArrayList<>(List.of(run.value()));
        if (filter.type() != null) {
            sql.append(" AND subject_type = ?");
            args.add(filter.type().name());
        }
        if (filter.outcome() != null) {
            sql.append(" AND outcome = ?");
            args.add(filter.outcome().name());
        }
        if (DecisionFilter.given(filter.unit())) {
            sql.append(" AND unit_code = ?");
            args.add(filter.unit().strip());
        }
        if (DecisionFilter.given(filter.condition())) {
            sql.append(" AND LOCATE(?, condition_states) > 0");
            args.add(ConditionStates.missed(filter.condition().strip()));
        }
        if (DecisionFilter.given(filter.q())) {
            // the table's utf8mb4_unicode_ci ignores case and marks, but holds đ a letter apart from d
            sql.append(" AND (subject_code COLLATE utf8mb4_unicode_ci LIKE ?"
                    + " OR REPLACE(REPLACE(subject_name, 'đ', 'd'), 'Đ', 'd') LIKE ?)");
            String pattern = "%" + likeEscaped(Folded.of(filter.q().strip())) + "%";
            args.add(pattern);
            args.add(pattern);
        }
        return new Where(sql.toString(), args);
    }

    /** The search taken literally: % and _ are characters of a name, not wildcards. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
