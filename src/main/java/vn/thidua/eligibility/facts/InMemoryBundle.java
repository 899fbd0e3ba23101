package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fact bundle turned into one group of model facts without touching the database: for the test
 * scenarios of a rule set. The bundle is checked exactly as an import is, except that every
 * reference must be to a unit or person of the bundle itself.
 */
public final class InMemoryBundle {
    private InMemoryBundle() {
    }

    /**
     * @param bundle the bundle as a JSON tree, decimals read as {@link BigDecimal}
     * @return every unit and person as subjects (units first, in bundle order), every other record as a fact
     * @throws RejectedBundleException listing every error
     */
    public static FactGroup read(JsonNode bundle) {
        Map<FactKind, List<Map<String, Object>>> records = BundleValidator.validate(bundle, (type, codes) -> Set.of());
        List<Subject> subjects = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        records.forEach((kind, list) -> list.forEach(r -> {
            Object fact = fact(kind, r);
            if (fact instanceof Subject subject) {
                subjects.add(subject);
            } else {
                facts.add(fact);
            }
        }));
        return new FactGroup(subjects, facts);
    }

    private static Object fact(FactKind kind, Map<String, Object> r) {
        return switch (kind) {
            case UNITS -> new Unit(s(r, "code"), s(r, "name"), d(r, "dissolvedOn"));
            case PEOPLE -> new Person(s(r, "code"), s(r, "fullName"), s(r, "unitCode"),
                    (PersonCategory) r.get("category"), (Gender) r.get("gender"));
            case CRITERIA -> new Criterion((Integer) r.get("year"), s(r, "code"), s(r, "name"),
                    (BigDecimal) r.get("maxScore"), (BigDecimal) r.get("score"), s(r, "unitCode"), s(r, "officerCode"));
            case TASKS -> new ProvincialTask(s(r, "code"), s(r, "unitCode"), s(r, "title"), d(r, "dueDate"), d(r, "completedDate"));
            case DOSSIERS -> new Dossier(s(r, "code"), s(r, "unitCode"), d(r, "dueDate"), d(r, "completedDate"));
            case INITIATIVES -> new Initiative(s(r, "code"), s(r, "personCode"), (Integer) r.get("year"), s(r, "title"),
                    d(r, "recognizedOn"));
            case DISCIPLINES -> new Discipline((SubjectType) r.get("subjectType"), s(r, "subjectCode"),
                    (DisciplineKind) r.get("kind"), d(r, "from"), d(r, "to"));
            case RATINGS -> new Rating(s(r, "personCode"), (Integer) r.get("year"), (RatingLevel) r.get("rating"));
            case AWARDS -> new Award((Integer) r.get("year"), (SubjectType) r.get("subjectType"), s(r, "subjectCode"),
                    (AwardType) r.get("award"), s(r, "decisionNo"), d(r, "decisionDate"));
        };
    }

    private static String s(Map<String, Object> r, String field) {
        return (String) r.get(field);
    }

    private static LocalDate d(Map<String, Object> r, String field) {
        return (LocalDate) r.get(field);
    }
}
