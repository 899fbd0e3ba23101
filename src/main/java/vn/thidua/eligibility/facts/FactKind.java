package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Membership;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * A kind of fact of the import format (issue 2, section 2), described once: its JSON name (also its
 * table's), fields (name, column, type), natural key, references, cross-field rules, which column
 * {@code ?year=} filters, and how a record becomes the {@code model} object the rules see. The
 * validation, the writes, the export, the group reads and the workbook all follow it, so adding a
 * field is a migration, a line here, the model's constructor and the field's label.
 *
 * <p>The order of {@link #values()} is the order of the writes (units before the people in them,
 * people before what they are credited with), matching the foreign keys.
 */
public final class FactKind {
    static final FactKind UNITS = new FactKind("units", "Đơn vị", List.of(
            required("code", "code", code(), "Mã đơn vị"),
            required("name", "name", text(500), "Tên đơn vị"),
            optional("dissolvedOn", "dissolved_on", date(), "Ngày giải thể")),
            List.of("code"), List.of(), List.of(), null,
            r -> new Unit(r.get("code"), r.get("name"), r.get("dissolvedOn")));
    static final FactKind PEOPLE = new FactKind("people", "Cá nhân", List.of(
            required("code", "code", code(), "Mã cá nhân"),
            required("fullName", "full_name", text(500), "Họ và tên"),
            required("unitCode", "unit_code", code(), "Mã đơn vị"),
            required("category", "category", choice(PersonCategory.class), "Ngạch"),
            required("gender", "gender", choice(Gender.class), "Giới tính"),
            optional("position", "position", text(200), "Chức vụ")),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of(), null,
            r -> new Person(r.get("code"), r.get("fullName"), r.get("unitCode"), r.get("category"), r.get("gender"),
                    r.get("position")));
    /** The units a person belonged to, dated: a run takes the one on its reference date (see {@link FactGroups}). */
    static final FactKind MEMBERSHIPS = new FactKind("memberships", "Quá trình công tác (đơn vị theo thời gian)", List.of(
            required("personCode", "person_code", code(), "Mã cá nhân"),
            required("unitCode", "unit_code", code(), "Mã đơn vị"),
            required("from", "from_date", date(), "Từ ngày"),
            optional("to", "to_date", date(), "Đến ngày")),
            List.of("personCode", "from"),
            List.of(Reference.to(SubjectType.PERSON, "personCode"), Reference.to(SubjectType.UNIT, "unitCode")),
            List.of(RecordCheck.notBefore("to", "from")), null,
            new Periods("personCode", "from", "to"),
            r -> new Membership(r.get("personCode"), r.get("unitCode"), r.get("from"), r.get("to")));
    static final FactKind CRITERIA = new FactKind("criteria", "Tiêu chí chấm điểm", List.of(
            required("year", "year", year(), "Năm"),
            required("code", "code", code(), "Mã tiêu chí"),
            required("name", "name", text(500), "Tên tiêu chí"),
            required("maxScore", "max_score", decimal(true), "Điểm chuẩn"),
            required("score", "score", decimal(false), "Điểm"),
            required("unitCode", "unit_code", code(), "Mã đơn vị"),
            optional("officerCode", "officer_code", code(), "Mã cán bộ phụ trách")),
            List.of("year", "code"),
            List.of(Reference.to(SubjectType.UNIT, "unitCode"), Reference.to(SubjectType.PERSON, "officerCode")),
            List.of(RecordCheck.notAbove("score", "maxScore")), YearFilter.YEAR,
            r -> new Criterion(r.get("year"), r.get("code"), r.get("name"), r.get("maxScore"), r.get("score"),
                    r.get("unitCode"), r.get("officerCode")));
    static final FactKind TASKS = new FactKind("tasks", "Nhiệm vụ UBND tỉnh giao", List.of(
            required("code", "code", code(), "Mã nhiệm vụ"),
            required("unitCode", "unit_code", code(), "Mã đơn vị"),
            required("title", "title", text(500), "Nội dung nhiệm vụ"),
            required("dueDate", "due_date", date(), "Hạn hoàn thành"),
            optional("completedDate", "completed_date", date(), "Ngày hoàn thành")),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of(), YearFilter.DUE_DATE,
            r -> new ProvincialTask(r.get("code"), r.get("unitCode"), r.get("title"), r.get("dueDate"),
                    r.get("completedDate")));
    static final FactKind DOSSIERS = new FactKind("dossiers", "Hồ sơ TTHC", List.of(
            required("code", "code", code(), "Mã hồ sơ"),
            required("unitCode", "unit_code", code(), "Mã đơn vị"),
            required("dueDate", "due_date", date(), "Hạn giải quyết"),
            optional("completedDate", "completed_date", date(), "Ngày hoàn thành")),
            List.of("code"), List.of(Reference.to(SubjectType.UNIT, "unitCode")), List.of(), YearFilter.DUE_DATE,
            r -> new Dossier(r.get("code"), r.get("unitCode"), r.get("dueDate"), r.get("completedDate")));
    static final FactKind INITIATIVES = new FactKind("initiatives", "Sáng kiến", List.of(
            required("code", "code", code(), "Mã sáng kiến"),
            required("personCode", "person_code", code(), "Mã cá nhân"),
            required("year", "year", year(), "Năm"),
            required("title", "title", text(500), "Tên sáng kiến"),
            optional("recognizedOn", "recognized_on", date(), "Ngày công nhận")),
            List.of("code"), List.of(Reference.to(SubjectType.PERSON, "personCode")), List.of(), YearFilter.YEAR,
            r -> new Initiative(r.get("code"), r.get("personCode"), r.get("year"), r.get("title"),
                    r.get("recognizedOn")));
    static final FactKind DISCIPLINES = new FactKind("disciplines", "Kỷ luật, xem xét, thanh tra", List.of(
            required("subjectType", "subject_type", choice(SubjectType.class), "Loại đối tượng"),
            required("subjectCode", "subject_code", code(), "Mã đối tượng"),
            required("kind", "kind", choice(DisciplineKind.class), "Hình thức"),
            required("from", "from_date", date(), "Từ ngày"),
            optional("to", "to_date", date(), "Đến ngày")),
            List.of("subjectType", "subjectCode", "kind", "from"),
            List.of(Reference.bySubjectType("subjectCode")),
            List.of(RecordCheck.notBefore("to", "from")), null,
            r -> new Discipline(r.get("subjectType"), r.get("subjectCode"), r.get("kind"), r.get("from"), r.get("to")));
    static final FactKind RATINGS = new FactKind("ratings", "Xếp loại", List.of(
            required("personCode", "person_code", code(), "Mã cá nhân"),
            required("year", "year", year(), "Năm"),
            required("rating", "rating", choice(RatingLevel.class), "Xếp loại")),
            List.of("personCode", "year"), List.of(Reference.to(SubjectType.PERSON, "personCode")), List.of(),
            YearFilter.YEAR,
            r -> new Rating(r.get("personCode"), r.get("year"), r.get("rating")));
    static final FactKind AWARDS = new FactKind("awards", "Khen thưởng", List.of(
            required("year", "year", year(), "Năm"),
            required("subjectType", "subject_type", choice(SubjectType.class), "Loại đối tượng"),
            required("subjectCode", "subject_code", code(), "Mã đối tượng"),
            required("award", "award", choice(AwardType.class), "Hình thức khen thưởng"),
            required("decisionNo", "decision_no", text(100), "Số quyết định"),
            required("decisionDate", "decision_date", date(), "Ngày quyết định"),
            optional("phaseFrom", "phase_from", year(), "Giai đoạn từ năm"),
            optional("phaseTo", "phase_to", year(), "Giai đoạn đến năm")),
            List.of("year", "subjectType", "subjectCode", "award"),
            List.of(Reference.bySubjectType("subjectCode")),
            List.of(RecordCheck.phaseOfAward("phaseFrom", "phaseTo", "award", AwardType.BANG_KHEN_CCHC)), YearFilter.YEAR,
            r -> new Award(r.get("year"), r.get("subjectType"), r.get("subjectCode"), r.get("award"),
                    r.get("decisionNo"), r.get("decisionDate"), r.get("phaseFrom"), r.get("phaseTo")));

    private static final List<FactKind> ALL = List.of(UNITS, PEOPLE, MEMBERSHIPS, CRITERIA, TASKS, DOSSIERS, INITIATIVES,
            DISCIPLINES, RATINGS, AWARDS);

    /** "units, people, criteria, …" for messages. */
    static final String NAMES = ALL.stream().map(FactKind::jsonName).collect(Collectors.joining(", "));

    /** How {@code ?year=} selects a kind's records: by their year, or by the year of their due date. */
    enum YearFilter {
        YEAR("year = :year"),
        DUE_DATE("due_date BETWEEN :firstDay AND :lastDay");

        final String condition;

        YearFilter(String condition) {
            this.condition = condition;
        }
    }

    /**
     * Records that are periods of an owner, which must not overlap: two records with the same
     * {@code owner} value may not share a day ({@code from}..{@code to} inclusive, {@code to} null: open).
     */
    record Periods(String owner, String from, String to) {
    }

    /** A valid record's values by field name, typed as the fields' types read them. */
    record Values(Map<String, Object> byField) {
        @SuppressWarnings("unchecked") // the field's type fixes the value's class; the model's constructor names it
        <T> T get(String field) {
            return (T) byField.get(field);
        }
    }

    private final String jsonName;
    private final String title;
    private final List<Field> fields;
    private final List<Field> key;
    private final List<Reference> references;
    private final List<RecordCheck> checks;
    private final YearFilter yearFilter;
    private final Periods periods;
    private final Function<Values, Object> model;
    private final String fieldNames;
    private final Map<String, Field> byName;

    /**
     * @param title      what its records are, in Vietnamese: the workbook's instructions name its sheet so
     * @param yearFilter how {@code ?year=} selects records, or null when the kind has no year
     * @param model      the record as the rules see it
     */
    FactKind(String jsonName, String title, List<Field> fields, List<String> key, List<Reference> references,
             List<RecordCheck> checks, YearFilter yearFilter, Function<Values, Object> model) {
        this(jsonName, title, fields, key, references, checks, yearFilter, null, model);
    }

    /** @param periods when its records are periods that must not overlap, which fields say so; else null */
    FactKind(String jsonName, String title, List<Field> fields, List<String> key, List<Reference> references,
             List<RecordCheck> checks, YearFilter yearFilter, Periods periods, Function<Values, Object> model) {
        this.jsonName = jsonName;
        this.title = title;
        this.fields = fields;
        this.byName = fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, f -> f));
        this.key = key.stream().map(this::field).toList();
        this.references = references;
        this.checks = checks;
        this.yearFilter = yearFilter;
        this.periods = periods;
        this.model = model;
        this.fieldNames = fields.stream().map(Field::name).collect(Collectors.joining(", "));
    }

    /** Every kind of the import format, in the order of the writes. */
    public static List<FactKind> values() {
        return ALL;
    }

    /** Its name in the bundle, in {@code /api/facts/{kind}} and of its workbook sheet; also its table's name. */
    public String jsonName() {
        return jsonName;
    }

    public String title() {
        return title;
    }

    String table() {
        return jsonName;
    }

    public List<Field> fields() {
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

    Optional<YearFilter> yearFilter() {
        return Optional.ofNullable(yearFilter);
    }

    /** Its records' periods, when they must not overlap. */
    Optional<Periods> periods() {
        return Optional.ofNullable(periods);
    }

    /** "code, name, dissolvedOn" for messages. */
    String fieldNames() {
        return fieldNames;
    }

    /** The columns of its fields, each prefixed with a table alias ("c.year, c.code, …"), for a SELECT. */
    String columns(String alias) {
        return fields.stream().map(f -> alias + "." + f.column()).collect(Collectors.joining(", "));
    }

    /** A valid or stored record (field name → value) as the {@code model} object the rules see. */
    Object toModel(Map<String, Object> record) {
        return model.apply(new Values(record));
    }

    /** By a map: an import asks for each field of each of a million records. */
    Optional<Field> findField(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private Field field(String name) {
        return findField(name).orElseThrow();
    }

    static Optional<FactKind> byName(String jsonName) {
        return ALL.stream().filter(k -> k.jsonName.equals(jsonName)).findFirst();
    }

    /** The table holding the subjects of a type: the target of a {@link Reference}. */
    static FactKind of(SubjectType type) {
        return type == SubjectType.UNIT ? UNITS : PEOPLE;
    }
}
