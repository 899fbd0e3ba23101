package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Membership;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.util.List;
import java.util.Optional;

/**
 * Every stored fact about one unit or one person, of every year, as the rules would see it: what a
 * profile (lý lịch thi đua) shows. A person's {@code unitCode} here is the one of the people table,
 * the unit a person belongs to when no membership covers the day.
 */
@Service
public class FactHistory {
    private final FactExport stored;

    FactHistory(FactExport stored) {
        this.stored = stored;
    }

    /** Every unit, in code order. */
    @Transactional(readOnly = true)
    public List<Unit> units() {
        return stored.models(FactKind.UNITS, "TRUE", new MapSqlParameterSource());
    }

    /** Every person, in code order. */
    @Transactional(readOnly = true)
    public List<Person> people() {
        return stored.models(FactKind.PEOPLE, "TRUE", new MapSqlParameterSource());
    }

    /** Each list in natural-key order (so by year where the kind has one); empty when no person has the code. */
    @Transactional(readOnly = true)
    public Optional<OfPerson> person(String code) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", code).addValue("type", SubjectType.PERSON.name());
        return stored.<Person>models(FactKind.PEOPLE, "f.code = :code", params).stream().findFirst().map(person -> new OfPerson(
                person,
                stored.models(FactKind.MEMBERSHIPS, "f.person_code = :code", params),
                stored.models(FactKind.CRITERIA, "f.officer_code = :code", params),
                stored.models(FactKind.INITIATIVES, "f.person_code = :code", params),
                stored.models(FactKind.RATINGS, "f.person_code = :code", params),
                stored.models(FactKind.DISCIPLINES, "f.subject_type = :type AND f.subject_code = :code", params),
                stored.models(FactKind.AWARDS, "f.subject_type = :type AND f.subject_code = :code", params)));
    }

    /** Each list in natural-key order; empty when no unit has the code. */
    @Transactional(readOnly = true)
    public Optional<OfUnit> unit(String code) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", code).addValue("type", SubjectType.UNIT.name());
        return stored.<Unit>models(FactKind.UNITS, "f.code = :code", params).stream().findFirst().map(unit -> new OfUnit(
                unit,
                stored.models(FactKind.PEOPLE, "f.unit_code = :code"
                        + " AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_code = f.code)", params),
                stored.models(FactKind.MEMBERSHIPS, "f.unit_code = :code", params),
                stored.models(FactKind.CRITERIA, "f.unit_code = :code", params),
                stored.models(FactKind.DISCIPLINES, "f.subject_type = :type AND f.subject_code = :code", params),
                stored.models(FactKind.AWARDS, "f.subject_type = :type AND f.subject_code = :code", params)));
    }

    /**
     * @param officered the scored items the person is the responsible officer of (cán bộ phụ trách)
     */
    public record OfPerson(Person person, List<Membership> memberships, List<Criterion> officered,
                           List<Initiative> initiatives, List<Rating> ratings, List<Discipline> disciplines,
                           List<Award> awards) {
    }

    /**
     * @param people      the people without dated periods whose unit in the people table is this one
     * @param memberships the dated periods people belonged to this unit (a person with periods belongs to
     *                    the units of their periods)
     */
    public record OfUnit(Unit unit, List<Person> people, List<Membership> memberships, List<Criterion> criteria,
                         List<Discipline> disciplines, List<Award> awards) {
    }
}
