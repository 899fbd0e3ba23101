package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.SubjectType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static vn.thidua.eligibility.workbook.Column.choice;
import static vn.thidua.eligibility.workbook.Column.date;
import static vn.thidua.eligibility.workbook.Column.decimal;
import static vn.thidua.eligibility.workbook.Column.text;
import static vn.thidua.eligibility.workbook.Column.year;

/**
 * The workbook's sheets: one per kind of fact of the bundle, named as the bundle's array, with the
 * Vietnamese headings staff read in row 1 and, under each, the bundle field it fills. The headings
 * are the contract of the template: a workbook is read only if its row 1 says exactly these, in
 * this order, so a shifted or renamed column is caught instead of filling the wrong field.
 */
enum FactSheet {
    UNITS("Đơn vị", List.of(
            text("code", "Mã đơn vị", 14),
            text("name", "Tên đơn vị", 44),
            date("dissolvedOn", "Ngày giải thể"))),
    PEOPLE("Cá nhân", List.of(
            text("code", "Mã cá nhân", 14),
            text("fullName", "Họ và tên", 28),
            text("unitCode", "Mã đơn vị", 14),
            choice("category", "Ngạch", PersonCategory.class),
            choice("gender", "Giới tính", Gender.class))),
    CRITERIA("Tiêu chí chấm điểm", List.of(
            year("year", "Năm"),
            text("code", "Mã tiêu chí", 14),
            text("name", "Tên tiêu chí", 48),
            decimal("maxScore", "Điểm chuẩn"),
            decimal("score", "Điểm"),
            text("unitCode", "Mã đơn vị", 14),
            text("officerCode", "Mã cán bộ phụ trách", 20))),
    TASKS("Nhiệm vụ UBND tỉnh giao", List.of(
            text("code", "Mã nhiệm vụ", 16),
            text("unitCode", "Mã đơn vị", 14),
            text("title", "Nội dung nhiệm vụ", 48),
            date("dueDate", "Hạn hoàn thành"),
            date("completedDate", "Ngày hoàn thành"))),
    DOSSIERS("Hồ sơ TTHC", List.of(
            text("code", "Mã hồ sơ", 18),
            text("unitCode", "Mã đơn vị", 14),
            date("dueDate", "Hạn giải quyết"),
            date("completedDate", "Ngày hoàn thành"))),
    INITIATIVES("Sáng kiến", List.of(
            text("code", "Mã sáng kiến", 16),
            text("personCode", "Mã cá nhân", 14),
            year("year", "Năm"),
            text("title", "Tên sáng kiến", 48),
            date("recognizedOn", "Ngày công nhận"))),
    DISCIPLINES("Kỷ luật, xem xét, thanh tra", List.of(
            choice("subjectType", "Loại đối tượng", SubjectType.class),
            text("subjectCode", "Mã đối tượng", 16),
            choice("kind", "Hình thức", DisciplineKind.class),
            date("from", "Từ ngày"),
            date("to", "Đến ngày"))),
    RATINGS("Xếp loại", List.of(
            text("personCode", "Mã cá nhân", 14),
            year("year", "Năm"),
            choice("rating", "Xếp loại", RatingLevel.class))),
    AWARDS("Khen thưởng", List.of(
            year("year", "Năm"),
            choice("subjectType", "Loại đối tượng", SubjectType.class),
            text("subjectCode", "Mã đối tượng", 16),
            choice("award", "Hình thức khen thưởng", AwardType.class),
            text("decisionNo", "Số quyết định", 18),
            date("decisionDate", "Ngày quyết định")));

    /** The sheet of instructions, which the reader passes over. */
    static final String INSTRUCTIONS = "Hướng dẫn";
    /** "units, people, …" for messages. */
    static final String NAMES = Arrays.stream(values()).map(FactSheet::sheetName).collect(Collectors.joining(", "));

    private final String title;
    private final List<Column> columns;

    FactSheet(String title, List<Column> columns) {
        this.title = title;
        this.columns = columns;
    }

    /** The sheet's name, which is the bundle's name for the kind: {@code units}, {@code criteria}, … */
    String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the sheet holds, in Vietnamese, for the instructions. */
    String title() {
        return title;
    }

    List<Column> columns() {
        return columns;
    }

    Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Sheet names are matched as Excel does: without regard to case. */
    static Optional<FactSheet> named(String sheetName) {
        return Arrays.stream(values()).filter(s -> s.sheetName().equalsIgnoreCase(sheetName.strip())).findFirst();
    }
}
