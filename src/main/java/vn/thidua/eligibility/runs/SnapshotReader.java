package vn.thidua.eligibility.runs;

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

/** Rebuilds the facts of a stored snapshot chunk (written by {@link FactJson#group}) for a replay. */
final class SnapshotReader {
    private SnapshotReader() {
    }

    static FactGroup group(JsonNode chunk) {
        List<Subject> subjects = new ArrayList<>();
        chunk.path("subjects").forEach(n -> subjects.add((Subject) fact(n)));
        List<Object> facts = new ArrayList<>();
        chunk.path("facts").forEach(n -> facts.add(fact(n)));
        return new FactGroup(subjects, facts);
    }

    private static Object fact(JsonNode n) {
        String type = n.path("type").asText();
        return switch (type) {
            case "Unit" -> new Unit(text(n, "code"), text(n, "name"), date(n, "dissolvedOn"));
            case "Person" -> new Person(text(n, "code"), text(n, "fullName"), text(n, "unitCode"),
                    PersonCategory.valueOf(text(n, "category")), Gender.valueOf(text(n, "gender")), text(n, "position"));
            case "Criterion" -> new Criterion(n.path("year").asInt(), text(n, "code"), text(n, "name"),
                    decimal(n, "maxScore"), decimal(n, "score"), text(n, "unitCode"), text(n, "officerCode"));
            case "ProvincialTask" -> new ProvincialTask(text(n, "code"), text(n, "unitCode"), text(n, "title"),
                    date(n, "dueDate"), date(n, "completedDate"));
            case "Dossier" -> new Dossier(text(n, "code"), text(n, "unitCode"), date(n, "dueDate"), date(n, "completedDate"));
            case "Initiative" -> new Initiative(text(n, "code"), text(n, "personCode"), n.path("year").asInt(),
                    text(n, "title"), date(n, "recognizedOn"));
            case "Discipline" -> new Discipline(SubjectType.valueOf(text(n, "subjectType")), text(n, "subjectCode"),
                    DisciplineKind.valueOf(text(n, "kind")), date(n, "from"), date(n, "to"));
            case "Rating" -> new Rating(text(n, "personCode"), n.path("year").asInt(), RatingLevel.valueOf(text(n, "rating")));
            case "Award" -> new Award(n.path("year").asInt(), SubjectType.valueOf(text(n, "subjectType")),
                    text(n, "subjectCode"), AwardType.valueOf(text(n, "award")), text(n, "decisionNo"),
                    date(n, "decisionDate"), integer(n, "phaseFrom"), integer(n, "phaseTo"));
            default -> throw new IllegalStateException("The run's snapshot holds a fact of unknown type '" + type + "'");
        };
    }

    /** Null when absent: snapshots taken before a field existed lack it. */
    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : LocalDate.parse(v);
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        return n.get(field).decimalValue();
    }
}
