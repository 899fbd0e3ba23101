package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.facts.FactKind;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sheet of the workbook: one per kind of fact of the bundle, named in Vietnamese after what it
 * holds, its columns the kind's fields with their Vietnamese labels as headings in row 1. The
 * headings are the contract of the template: a workbook is read only if its row 1 says exactly
 * these, in this order, so a shifted or renamed column is caught instead of filling the wrong field.
 *
 * @param sheetName the sheet's name in the template: the kind's title without its explanation in
 *                  brackets (Excel allows 31 characters), {@code Đơn vị}, {@code Hồ sơ TTHC}, …
 * @param kindName  the bundle's name for the kind ({@code units}, {@code dossiers}, …), which the
 *                  earlier template used as the sheet's name and which is still read
 * @param title     what the sheet holds, in Vietnamese, for the instructions
 */
record FactSheet(String sheetName, String kindName, String title, List<Column> columns) {

    /** The sheet of instructions, which the reader passes over. */
    static final String INSTRUCTIONS = "Hướng dẫn";
    private static final List<FactSheet> ALL = FactKind.values().stream().map(FactSheet::of).toList();
    /** "Đơn vị, Cá nhân, …" for messages. */
    static final String NAMES = ALL.stream().map(FactSheet::sheetName).collect(Collectors.joining(", "));

    static FactSheet of(FactKind kind) {
        return new FactSheet(kind.title().replaceFirst("\\s*\\(.*\\)$", ""), kind.jsonName(), kind.title(),
                kind.fields().stream().map(Column::of).toList());
    }

    /** One sheet per kind of fact, in the bundle's order. */
    static List<FactSheet> values() {
        return ALL;
    }

    Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Sheet names are matched as Excel does: without regard to case; the bundle's name of the kind is one too. */
    static Optional<FactSheet> named(String sheetName) {
        String name = sheetName.strip();
        return ALL.stream().filter(s -> s.sheetName().equalsIgnoreCase(name) || s.kindName().equalsIgnoreCase(name))
                .findFirst();
    }
}
