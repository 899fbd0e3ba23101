package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.SubjectType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static vn.thidua.eligibility.facts.Field.optional;
import static vn.thidua.eligibility.facts.Field.required;
import static vn.thidua.eligibility.facts.FieldType.choice;
import static vn.thidua.eligibility.facts.FieldType.code;
import static vn.thidua.eligibility.facts.FieldType.date;
import static vn.thidua.eligibility.facts.FieldType.decimal;
import static vn.thidua.eligibility.facts.FieldType.text;
import static vn.thidua.eligibility.facts.FieldType.year;

/**
 * The kinds of fact of the import format (issue 2, section 2): each one's JSON name, table, fields,
 * natural key, references and cross-field rules. This table drives the validation and the writes;
 * the order of the constants is the order of the writes (units before the people in them, people
 * before what they are credited with), matching the foreign keys.
 */
enum FactKind {
    UNITS("units", List.of(
            required("code", "code", code()),
            required("name", "name", text(500)),
            optional("dissolvedOn", "dissolved_on", date())),
            List.of("code"), List.of(), List.of()),
    PEOPLE("people", List.of(
            required("code", "code", code()),
            required("fullName", "full_name", text(500)),
            required("unitCode", "unit_code", code()),
            required("category", "category", choice(PersonCategory.class)),
            required("gender", "gender", choice(Gender.class))),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of()),
    CRITERIA("criteria", List.of(
            required("year", "year", year()),
            required("code", "code", code()),
            required("name", "name", text(500)),
            required("maxScore", "max_score", decimal(true)),
            required("score", "score", decimal(false)),
            required("unitCode", "unit_code", code()),
            optional("officerCode", "officer_code", code())),
            List.of("year", "code"),
            List.of(Reference.to(SubjectType.UNIT, "unitCode"), Reference.to(SubjectType.PERSON, "officerCode")),
            List.of(RecordCheck.notAbove("score", "maxScore"))),
    TASKS("tasks", List.of(
            required("code", "code", code()),
            required("unitCode", "unit_code", code()),
            required("title", "title", text(500)),
            required("dueDate", "due_date", date()),
            optional("completedDate", "completed_date", date())),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of()),
    DOSSIERS("dossiers", List.of(
            required("code", "code", code()),
            required("unitCode", "unit_code", code()),
            required("dueDate", "due_date", date()),
            optional("completedDate", "completed_date", date())),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of()),
    INITIATIVES("initiatives", List.of(
            required("code", "code", code()),
            required("personCode", "person_code", code()),
            required("year", "year", year()),
            required("title", "title", text(500)),
            optional("recognizedOn", "recognized_on", date())),
            List.of("code"), List.of(Reference.to(SubjectType.PERSON, "personCode")), List.of()),
    DISCIPLINES("disciplines", List.of(
            required("subjectType", "subject_type", choice(SubjectType.class)),
            required("subjectCode", "subject_code", code()),
            required("kind", "kind", choice(DisciplineKind.class)),
            required("from", "from_date", date()),
            optional("to", "to_date", date())),
            List.of("subjectType", "subjectCode", "kind", "from"),
            List.of(Reference.bySubjectType("subjectCode")),
            List.of(RecordCheck.notBefore("to", "from"))),
    RATINGS("ratings", List.of(
            required("personCode", "person_code", code()),
            required("year", "year", year()),
            required("rating", "rating", choice(RatingLevel.class))),
            List.of("personCode", "year"), List.of(Reference.to(SubjectType.PERSON, "personCode")), List.of()),
    AWARDS("awards", List.of(
            required("year", "year", year()),
            required("subjectType", "subject_type", choice(SubjectType.class)),
            required("subjectCode", "subject_code", code()),
            required("award", "award", choice(AwardType.class)),
            required("decisionNo", "decision_no", text(100)),
            required("decisionDate", "decision_date", date())),
            List.of("year", "subjectType", "subjectCode", "award"),
            List.of(Reference.bySubjectType("subjectCode")), List.of());

    /** "units, people, criteria, …" for messages. */
    static final String NAMES = Arrays.stream(values()).map(FactKind::jsonName).collect(Collectors.joining(", "));

    private final String jsonName;
    private final List<Field> fields;
    private final List<Field> key;
    private final List<Reference> references;
    private final List<RecordCheck> checks;
    private final String fieldNames;

    FactKind(String jsonName, List<Field> fields, List<String> key, List<Reference> references,
             List<RecordCheck> checks) {
        this.jsonName = jsonName;
        this.fields = fields;
        this.key = key.stream().map(this::field).toList();
        this.references = references;
        this.checks = checks;
        this.fieldNames = fields.stream().map(Field::name).collect(Collectors.joining(", "));
    }

    /** Its name in the bundle and in {@code /api/facts/{kind}}; also its table's name. */
    String jsonName() {
        return jsonName;
    }

    String table() {
        return jsonName;
    }

    List<Field> fields() {
        return fields;
    }

    /** The fields of the natural key, a UNIQUE key of the table. */
    List<Field> key() {
        return key;
    }

    List<Reference> references() {
        return references;
    }

    List<RecordCheck> checks() {
        return checks;
    }

    /** "code, name, dissolvedOn" for messages. */
    String fieldNames() {
        return fieldNames;
    }

    Optional<Field> findField(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private Field field(String name) {
        return findField(name).orElseThrow();
    }

    static Optional<FactKind> byName(String jsonName) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(jsonName)).findFirst();
    }

    /** The table holding the subjects of a type: the target of a {@link Reference}. */
    static FactKind of(SubjectType type) {
        return type == SubjectType.UNIT ? UNITS : PEOPLE;
    }
}
