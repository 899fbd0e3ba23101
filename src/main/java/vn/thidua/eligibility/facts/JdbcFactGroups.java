package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads each group with a handful of queries keyed by the group's unit codes (people are reached
 * by joining on their unit), so no query's size depends on anything but the group.
 */
@Component
class JdbcFactGroups implements FactGroups {

    private static final String CRITERION = "c.year, c.code, c.name, c.max_score, c.score, c.unit_code, c.officer_code";

    /** Criteria of the group's units, of its people as officers, and the year before of those its people officer. */
    private static final String CRITERIA = """
            SELECT %1$s FROM criteria c
             WHERE c.unit_code IN (:units) AND c.year BETWEEN :yearBefore AND :toYear
            UNION
            SELECT %1$s FROM people p JOIN criteria c ON c.officer_code = p.code
             WHERE p.unit_code IN (:units) AND c.year BETWEEN :yearBefore AND :toYear
            UNION
            SELECT %1$s FROM people p
              JOIN criteria o ON o.officer_code = p.code
              JOIN criteria c ON c.year = o.year - 1 AND c.code = o.code
             WHERE p.unit_code IN (:units) AND o.year BETWEEN :fromYear AND :toYear
            ORDER BY year, code
            """.formatted(CRITERION);

    private static final String TASKS = """
            SELECT code, unit_code, title, due_date, completed_date FROM tasks
             WHERE unit_code IN (:units) AND due_date >= :firstDay AND due_date < :dayAfter
             ORDER BY code
            """;

    private static final String DOSSIERS = """
            SELECT code, unit_code, due_date, completed_date FROM dossiers
             WHERE unit_code IN (:units) AND due_date >= :firstDay AND due_date < :dayAfter
             ORDER BY code
            """;

    private static final String INITIATIVES = """
            SELECT i.code, i.person_code, i.year, i.title, i.recognized_on
              FROM people p JOIN initiatives i ON i.person_code = p.code
             WHERE p.unit_code IN (:units) AND i.year BETWEEN :fromYear AND :toYear
             ORDER BY i.code
            """;

    private static final String DISCIPLINES = """
            SELECT d.subject_type, d.subject_code, d.kind, d.from_date, d.to_date FROM disciplines d
             WHERE d.subject_type = 'UNIT' AND d.subject_code IN (:units)
            UNION ALL
            SELECT d.subject_type, d.subject_code, d.kind, d.from_date, d.to_date
              FROM people p JOIN disciplines d ON d.subject_type = 'PERSON' AND d.subject_code = p.code
             WHERE p.unit_code IN (:units)
            ORDER BY subject_type, subject_code, kind, from_date
            """;

    private static final String RATINGS = """
            SELECT r.person_code, r.year, r.rating FROM people p JOIN ratings r ON r.person_code = p.code
             WHERE p.unit_code IN (:units) AND r.year BETWEEN :fromYear AND :toYear
             ORDER BY r.person_code, r.year
            """;

    private static final String AWARDS = """
            SELECT a.year, a.subject_type, a.subject_code, a.award, a.decision_no, a.decision_date FROM awards a
             WHERE a.subject_type = 'UNIT' AND a.subject_code IN (:units) AND a.year BETWEEN :fromYear AND :toYear
            UNION ALL
            SELECT a.year, a.subject_type, a.subject_code, a.award, a.decision_no, a.decision_date
              FROM people p JOIN awards a ON a.subject_type = 'PERSON' AND a.subject_code = p.code
             WHERE p.unit_code IN (:units) AND a.year BETWEEN :fromYear AND :toYear
            ORDER BY year, subject_type, subject_code, award
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    JdbcFactGroups(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public void forEachGroup(int fromYear, int toYear, int unitsPerGroup, Consumer<FactGroup> consumer) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
        if (unitsPerGroup < 1) {
            throw new IllegalArgumentException("unitsPerGroup must be at least 1, not " + unitsPerGroup);
        }
        snapshot.executeWithoutResult(status -> {
            String after = ""; // codes are never blank, so every code sorts after it
            while (true) {
                List<Unit> units = jdbc.query(
                        "SELECT code, name, dissolved_on FROM units WHERE code > :after ORDER BY code LIMIT :limit",
                        new MapSqlParameterSource("after", after).addValue("limit", unitsPerGroup), JdbcFactGroups::unit);
                if (units.isEmpty()) {
                    return;
                }
                consumer.accept(load(units, fromYear, toYear));
                if (units.size() < unitsPerGroup) {
                    return;
                }
                after = units.get(units.size() - 1).getCode();
            }
        });
    }

    private FactGroup load(List<Unit> units, int fromYear, int toYear) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("units", units.stream().map(Unit::getCode).toList())
                .addValue("fromYear", fromYear)
                .addValue("toYear", toYear)
                .addValue("yearBefore", fromYear - 1)
                .addValue("firstDay", LocalDate.of(fromYear, 1, 1))
                .addValue("dayAfter", LocalDate.of(toYear + 1, 1, 1));
        List<Person> people = jdbc.query(
                "SELECT code, full_name, unit_code, category, gender FROM people WHERE unit_code IN (:units) ORDER BY code",
                params, JdbcFactGroups::person);
        List<Subject> subjects = new ArrayList<>(units.size() + people.size());
        subjects.addAll(units);
        subjects.addAll(people);
        List<Object> facts = new ArrayList<>();
        facts.addAll(jdbc.query(CRITERIA, params, JdbcFactGroups::criterion));
        facts.addAll(jdbc.query(TASKS, params, JdbcFactGroups::task));
        facts.addAll(jdbc.query(DOSSIERS, params, JdbcFactGroups::dossier));
        facts.addAll(jdbc.query(INITIATIVES, params, JdbcFactGroups::initiative));
        facts.addAll(jdbc.query(DISCIPLINES, params, JdbcFactGroups::discipline));
        facts.addAll(jdbc.query(RATINGS, params, JdbcFactGroups::rating));
        facts.addAll(jdbc.query(AWARDS, params, JdbcFactGroups::award));
        return new FactGroup(subjects, facts);
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), date(rs, "dissolved_on"));
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("code"), rs.getString("full_name"), rs.getString("unit_code"),
                PersonCategory.valueOf(rs.getString("category")), Gender.valueOf(rs.getString("gender")));
    }

    private static Criterion criterion(ResultSet rs, int row) throws SQLException {
        return new Criterion(rs.getInt("year"), rs.getString("code"), rs.getString("name"),
                rs.getBigDecimal("max_score"), rs.getBigDecimal("score"), rs.getString("unit_code"),
                rs.getString("officer_code"));
    }

    private static ProvincialTask task(ResultSet rs, int row) throws SQLException {
        return new ProvincialTask(rs.getString("code"), rs.getString("unit_code"), rs.getString("title"),
                date(rs, "due_date"), date(rs, "completed_date"));
    }

    private static Dossier dossier(ResultSet rs, int row) throws SQLException {
        return new Dossier(rs.getString("code"), rs.getString("unit_code"), date(rs, "due_date"),
                date(rs, "completed_date"));
    }

    private static Initiative initiative(ResultSet rs, int row) throws SQLException {
        return new Initiative(rs.getString("code"), rs.getString("person_code"), rs.getInt("year"),
                rs.getString("title"), date(rs, "recognized_on"));
    }

    private static Discipline discipline(ResultSet rs, int row) throws SQLException {
        return new Discipline(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_code"),
                DisciplineKind.valueOf(rs.getString("kind")), date(rs, "from_date"), date(rs, "to_date"));
    }

    private static Rating rating(ResultSet rs, int row) throws SQLException {
        return new Rating(rs.getString("person_code"), rs.getInt("year"), RatingLevel.valueOf(rs.getString("rating")));
    }

    private static Award award(ResultSet rs, int row) throws SQLException {
        return new Award(rs.getInt("year"), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("subject_code"), AwardType.valueOf(rs.getString("award")), rs.getString("decision_no"),
                date(rs, "decision_date"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
