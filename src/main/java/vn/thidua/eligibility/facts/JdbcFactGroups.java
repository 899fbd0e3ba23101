package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads each group with a handful of queries keyed by the group's unit codes and the codes of its
 * people (those whose unit on the reference date is one of the group's), so no query's size depends
 * on anything but the group. One person's group runs the same fact queries with no unit.
 */
@Component
class JdbcFactGroups implements FactGroups {

    /**
     * The people of the group's units on the reference date: those with no membership that started on
     * or before it, by {@code people.unit_code}; the others by the latest membership that started on or
     * before it (the one covering the date, as a person's memberships do not overlap; or, when none
     * covers it, the last one before it). The unit column is the unit on the reference date.
     */
    private static final String PEOPLE = """
            SELECT %1$s FROM people p
             WHERE p.unit_code IN (:units)
               AND NOT EXISTS (SELECT 1 FROM memberships e WHERE e.person_code = p.code AND e.from_date <= :on)
            UNION ALL
            SELECT %2$s FROM memberships m JOIN people p ON p.code = m.person_code
             WHERE m.unit_code IN (:units) AND m.from_date <= :on
               AND NOT EXISTS (SELECT 1 FROM memberships l
                                WHERE l.person_code = m.person_code AND l.from_date > m.from_date AND l.from_date <= :on)
            ORDER BY code
            """.formatted(FactKind.PEOPLE.columns("p"), FactKind.PEOPLE.fields().stream()
            .map(f -> f.name().equals("unitCode") ? "m.unit_code" : "p." + f.column())
            .collect(java.util.stream.Collectors.joining(", ")));

    /** Criteria of the group's units, of its people as officers, and the year before of those its people officer. */
    private static final String CRITERIA = """
            SELECT %1$s FROM criteria c
             WHERE c.unit_code IN (:units) AND c.year BETWEEN :yearBefore AND :toYear
            UNION
            SELECT %1$s FROM criteria c
             WHERE c.officer_code IN (:people) AND c.year BETWEEN :yearBefore AND :toYear
            UNION
            SELECT %1$s FROM criteria o
              JOIN criteria c ON c.year = o.year - 1 AND c.code = o.code
             WHERE o.officer_code IN (:people) AND o.year BETWEEN :fromYear AND :toYear
            ORDER BY year, code
            """.formatted(FactKind.CRITERIA.columns("c"));

    private static final String TASKS = """
            SELECT %s FROM tasks t
             WHERE t.unit_code IN (:units) AND t.due_date >= :firstDay AND t.due_date < :dayAfter
             ORDER BY t.code
            """.formatted(FactKind.TASKS.columns("t"));

    private static final String DOSSIERS = """
            SELECT %s FROM dossiers d
             WHERE d.unit_code IN (:units) AND d.due_date >= :firstDay AND d.due_date < :dayAfter
             ORDER BY d.code
            """.formatted(FactKind.DOSSIERS.columns("d"));

    private static final String INITIATIVES = """
            SELECT %s FROM initiatives i
             WHERE i.person_code IN (:people) AND i.year BETWEEN :fromYear AND :toYear
             ORDER BY i.code
            """.formatted(FactKind.INITIATIVES.columns("i"));

    private static final String DISCIPLINES = """
            SELECT %1$s FROM disciplines d
             WHERE d.subject_type = 'UNIT' AND d.subject_code IN (:units)
            UNION ALL
            SELECT %1$s FROM disciplines d
             WHERE d.subject_type = 'PERSON' AND d.subject_code IN (:people)
            ORDER BY subject_type, subject_code, kind, from_date
            """.formatted(FactKind.DISCIPLINES.columns("d"));

    private static final String RATINGS = """
            SELECT %s FROM ratings r
             WHERE r.person_code IN (:people) AND r.year BETWEEN :fromYear AND :toYear
             ORDER BY r.person_code, r.year
            """.formatted(FactKind.RATINGS.columns("r"));

    private static final String AWARDS = """
            SELECT %1$s FROM awards a
             WHERE a.subject_type = 'UNIT' AND a.subject_code IN (:units) AND a.year BETWEEN :fromYear AND :toYear
            UNION ALL
            SELECT %1$s FROM awards a
             WHERE a.subject_type = 'PERSON' AND a.subject_code IN (:people) AND a.year BETWEEN :fromYear AND :toYear
            ORDER BY year, subject_type, subject_code, award
            """.formatted(FactKind.AWARDS.columns("a"));

    private static final String UNITS = "SELECT %s FROM units u WHERE u.code > :after ORDER BY u.code LIMIT :limit"
            .formatted(FactKind.UNITS.columns("u"));

    private static final String UNIT = "SELECT %s FROM units u WHERE u.code = :code".formatted(FactKind.UNITS.columns("u"));

    /** One person with their unit on the reference date, chosen as {@link #PEOPLE} chooses it. */
    private static final String PERSON = """
            SELECT %s FROM people p WHERE p.code = :code
            """.formatted(FactKind.PEOPLE.fields().stream()
            .map(f -> f.name().equals("unitCode") ? """
                    COALESCE((SELECT m.unit_code FROM memberships m WHERE m.person_code = p.code AND m.from_date <= :on
                               ORDER BY m.from_date DESC LIMIT 1), p.unit_code) AS unit_code""" : "p." + f.column())
            .collect(java.util.stream.Collectors.joining(", ")));

    /** Stands for "no people" in an IN list, which may not be empty: codes are never blank. */
    private static final List<String> NOBODY = List.of("");

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    JdbcFactGroups(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public void forEachGroup(int fromYear, int toYear, LocalDate referenceDate, int unitsPerGroup,
                             Consumer<FactGroup> consumer) {
        checkYears(fromYear, toYear);
        if (unitsPerGroup < 1) {
            throw new IllegalArgumentException("unitsPerGroup must be at least 1, not " + unitsPerGroup);
        }
        snapshot.executeWithoutResult(status -> {
            String after = ""; // codes are never blank, so every code sorts after it
            while (true) {
                List<Unit> units = jdbc.query(UNITS,
                        new MapSqlParameterSource("after", after).addValue("limit", unitsPerGroup), model(FactKind.UNITS));
                if (units.isEmpty()) {
                    return;
                }
                consumer.accept(load(units, params(units, fromYear, toYear, referenceDate)));
                if (units.size() < unitsPerGroup) {
                    return;
                }
                after = units.get(units.size() - 1).getCode();
            }
        });
    }

    @Override
    public Optional<FactGroup> groupOf(SubjectRef subject, int fromYear, int toYear, LocalDate referenceDate) {
        checkYears(fromYear, toYear);
        MapSqlParameterSource code = new MapSqlParameterSource("code", subject.code()).addValue("on", referenceDate);
        return snapshot.execute(status -> switch (subject.type()) {
            case UNIT -> jdbc.<Unit>query(UNIT, code, model(FactKind.UNITS)).stream().findFirst()
                    .map(unit -> load(List.of(unit), params(List.of(unit), fromYear, toYear, referenceDate)));
            case PERSON -> jdbc.<Person>query(PERSON, code, model(FactKind.PEOPLE)).stream().findFirst()
                    .map(person -> facts(List.of(person), params(List.of(), fromYear, toYear, referenceDate)
                            .addValue("people", List.of(person.getCode()))));
        });
    }

    private static void checkYears(int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
    }

    private static MapSqlParameterSource params(List<Unit> units, int fromYear, int toYear, LocalDate referenceDate) {
        return new MapSqlParameterSource()
                .addValue("units", units.isEmpty() ? NOBODY : units.stream().map(Unit::getCode).toList())
                .addValue("on", referenceDate)
                .addValue("fromYear", fromYear)
                .addValue("toYear", toYear)
                .addValue("yearBefore", fromYear - 1)
                .addValue("firstDay", LocalDate.of(fromYear, 1, 1))
                .addValue("dayAfter", LocalDate.of(toYear + 1, 1, 1));
    }

    /** The units' group: the units, then their people, and the facts of all of them. */
    private FactGroup load(List<Unit> units, MapSqlParameterSource params) {
        List<Person> people = jdbc.query(PEOPLE, params, model(FactKind.PEOPLE));
        params.addValue("people", people.isEmpty() ? NOBODY : people.stream().map(Person::getCode).toList());
        List<Subject> subjects = new ArrayList<>(units.size() + people.size());
        subjects.addAll(units);
        subjects.addAll(people);
        return facts(subjects, params);
    }

    /** The facts of the subjects whose codes {@code params} holds as {@code units} and {@code people}. */
    private FactGroup facts(List<? extends Subject> subjects, MapSqlParameterSource params) {
        List<Object> facts = new ArrayList<>();
        facts.addAll(jdbc.query(CRITERIA, params, model(FactKind.CRITERIA)));
        facts.addAll(jdbc.query(TASKS, params, model(FactKind.TASKS)));
        facts.addAll(jdbc.query(DOSSIERS, params, model(FactKind.DOSSIERS)));
        facts.addAll(jdbc.query(INITIATIVES, params, model(FactKind.INITIATIVES)));
        facts.addAll(jdbc.query(DISCIPLINES, params, model(FactKind.DISCIPLINES)));
        facts.addAll(jdbc.query(RATINGS, params, model(FactKind.RATINGS)));
        facts.addAll(jdbc.query(AWARDS, params, model(FactKind.AWARDS)));
        return new FactGroup(subjects, facts);
    }

    /** Rows of a kind's columns as the model objects the rules see. */
    @SuppressWarnings("unchecked") // the kind's model function makes the T its caller asks for
    private static <T> RowMapper<T> model(FactKind kind) {
        return (rs, row) -> (T) kind.toModel(FactExport.record(kind, rs));
    }
}
