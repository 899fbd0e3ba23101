package vn.thidua.eligibility.profiles;

import org.springframework.stereotype.Service;
import vn.thidua.eligibility.facts.FactHistory;
import vn.thidua.eligibility.facts.UnitNames;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Membership;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.web.Language;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the profiles from the facts module's history and the runs' decisions. */
@Service
class Profiles {
    private final FactHistory facts;
    private final UnitNames unitNames;
    private final RunService runs;

    Profiles(FactHistory facts, UnitNames unitNames, RunService runs) {
        this.facts = facts;
        this.unitNames = unitNames;
        this.runs = runs;
    }

    ProfileSearch search(String text) {
        NameQuery query = NameQuery.of(text);
        return new ProfileSearch(query.text(),
                facts.units().stream().filter(u -> query.matches(u.getCode(), u.getName()))
                        .map(u -> Rows.ProfileHit.of(SubjectType.UNIT, u.getCode(), u.getName(), null, null)).toList(),
                facts.people().stream().filter(p -> query.matches(p.getCode(), p.getFullName()))
                        .map(p -> Rows.ProfileHit.of(SubjectType.PERSON, p.getCode(), p.getFullName(), p.getUnitCode(),
                                p.getPosition())).toList());
    }

    Optional<PersonProfile> person(String code) {
        return facts.person(code).map(found -> {
            Person p = found.person();
            Map<String, String> names = unitNames.all();
            return new PersonProfile(p.getCode(), p.getFullName(), p.getCategory(), p.getGender(), p.getPosition(),
                    p.getUnitCode(), names.get(p.getUnitCode()),
                    found.memberships().stream().sorted(Comparator.comparing(Membership::getFrom).reversed())
                            .map(m -> new Rows.UnitPeriod(m.getUnitCode(), names.get(m.getUnitCode()), m.getFrom(), m.getTo()))
                            .toList(),
                    awards(found.awards()), disciplines(found.disciplines()),
                    found.initiatives().stream()
                            .sorted(Comparator.comparing(Initiative::getYear).reversed().thenComparing(Initiative::getCode))
                            .map(i -> new Rows.InitiativeHeld(i.getYear(), i.getCode(), i.getTitle(), i.getRecognizedOn()))
                            .toList(),
                    found.ratings().stream().sorted(Comparator.comparing(Rating::getYear).reversed())
                            .map(r -> new Rows.RatingHeld(r.getYear(), r.getRating())).toList(),
                    Rows.ItemsOfYear.of(found.officered()), decisions(SubjectType.PERSON, code));
        });
    }

    Optional<UnitProfile> unit(String code) {
        return facts.unit(code).map(found -> {
            Map<String, Person> people = facts.people().stream()
                    .collect(Collectors.toMap(Person::getCode, p -> p));
            List<Rows.UnitMember> members = Stream.concat(
                    found.memberships().stream().sorted(Comparator.comparing(Membership::getFrom).reversed()
                                    .thenComparing(Membership::getPersonCode))
                            .map(m -> member(people.get(m.getPersonCode()), m)),
                    found.people().stream().map(p -> member(p, null))).toList();
            return new UnitProfile(found.unit().getCode(), found.unit().getName(), found.unit().getDissolvedOn(), members,
                    awards(found.awards()), disciplines(found.disciplines()), Rows.ItemsOfYear.of(found.criteria()),
                    decisions(SubjectType.UNIT, code));
        });
    }

    private static Rows.UnitMember member(Person p, Membership m) {
        return new Rows.UnitMember(p.getCode(), p.getFullName(), p.getPosition(), m == null ? null : m.getFrom(),
                m == null ? null : m.getTo());
    }

    private static List<Rows.AwardHeld> awards(List<Award> awards) {
        return awards.stream().sorted(Comparator.comparing(Award::getYear).reversed().thenComparing(Award::getAward))
                .map(a -> new Rows.AwardHeld(a.getYear(), a.getAward(), a.getPhaseFrom(), a.getPhaseTo(),
                        a.getDecisionNo(), a.getDecisionDate())).toList();
    }

    private static List<Rows.DisciplineHeld> disciplines(List<Discipline> disciplines) {
        return disciplines.stream().sorted(Comparator.comparing(Discipline::getFrom).reversed())
                .map(d -> Rows.DisciplineHeld.of(d.getKind(), d.getFrom(), d.getTo())).toList();
    }

    /** The decisions say what decided them by codes, so the language they are read in does not matter. */
    private List<Rows.DecisionMade> decisions(SubjectType type, String code) {
        return runs.decisionsAbout(type, code, Language.VIETNAMESE).stream().map(Rows.DecisionMade::of).toList();
    }
}
