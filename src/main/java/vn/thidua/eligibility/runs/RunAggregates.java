package vn.thidua.eligibility.runs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the run page counts and charts, from SQL aggregates over the index {@code decision_page}:
 * the units' own outcomes, their people's outcomes grouped by unit, and the conditions grouped by
 * their states. What it reads grows with the number of units and of distinct condition outcomes,
 * never with the number of people.
 */
@Component
class RunAggregates {
    private final JdbcTemplate jdbc;

    RunAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RunOverview overview(RunId run) {
        List<RunOverview.UnitRow> units = jdbc.query("SELECT subject_code, subject_name, outcome FROM decision"
                        + " WHERE run_id = ? AND subject_type = 'UNIT'",
                (rs, i) -> new RunOverview.UnitRow(rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3))),
                run.value());
        List<RunOverview.PeopleCount> people = jdbc.query("SELECT unit_code, outcome, COUNT(*) FROM decision"
                        + " WHERE run_id = ? AND subject_type = 'PERSON' GROUP BY unit_code, outcome",
                (rs, i) -> new RunOverview.PeopleCount(rs.getString(1), Outcome.valueOf(rs.getString(2)), rs.getInt(3)),
                run.value());
        List<RunOverview.StatesCount> states = new ArrayList<>();
        jdbc.query("SELECT subject_type, condition_states, COUNT(*) FROM decision WHERE run_id = ?"
                + " GROUP BY subject_type, condition_states", rs -> {
            states.add(new RunOverview.StatesCount(SubjectType.valueOf(rs.getString(1)),
                    ConditionStates.parse(rs.getString(2)), rs.getInt(3)));
        }, run.value());
        return RunOverview.of(units, people, states);
    }
}
