package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.facts.FactKind;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sheet of the workbook: one per kind of fact of the bundle, named as the bundle's array, its
 * columns the kind's fields with their Vietnamese labels as headings in row 1. The headings are the
 * contract of the template: a workbook is read only if its row 1 says exactly these, in this order,
 * so a shifted or renamed column is caught instead of filling the wrong field.
 *
 * @param sheetName the sheet's name, which is the bundle's name for the kind: {@code units}, {@code criteria}, …
 * @param title     what the sheet holds, in Vietnamese, for the instructions
 */
record FactSheet(String sheetName, String title, List<Column> columns) {

    /** The sheet of instructions, which the reader passes over. */
    static final String INSTRUCTIONS = "Hướng dẫn";
    private static final List<FactSheet> ALL = FactKind.values().stream().map(FactSheet::of).toList();
    /** "units, people, …" for messages. */
    static final String NAMES = ALL.stream().map(FactSheet::sheetName).collect(Collectors.joining(", "));

    static FactSheet of(FactKind kind) {
        return new FactSheet(kind.jsonName(), kind.title(), kind.fields().stream().map(Column::of).toList());
    }

    /** One sheet per kind of fact, in the bundle's order. */
    static List<FactSheet> values() {
        return ALL;
    }

    Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Sheet names are matched as Excel does: without regard to case. */
    static Optional<FactSheet> named(String sheetName) {
        return ALL.stream().filter(s -> s.sheetName().equalsIgnoreCase(sheetName.strip())).findFirst();
    }
}
