package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.facts.Field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One column of a sheet: a field of the fact kind's descriptor, as the workbook shows it.
 *
 * @param field   the bundle field the column fills
 * @param heading its Vietnamese heading in row 1 (the field's label)
 * @param kind    what its cells hold
 * @param width   its width in characters in the template
 * @param choices the allowed codes of a choice column (offered as a drop-down list), else empty
 */
record Column(String field, String heading, Kind kind, int width, List<String> choices) {

    enum Kind { TEXT, YEAR, DECIMAL, DATE }

    static Column of(Field field) {
        Class<?> type = field.valueType();
        String heading = field.label();
        if (type == Integer.class) {
            return new Column(field.name(), heading, Kind.YEAR, 8, List.of());
        }
        if (type == BigDecimal.class) {
            return new Column(field.name(), heading, Kind.DECIMAL, 12, List.of());
        }
        if (type == LocalDate.class) {
            return new Column(field.name(), heading, Kind.DATE, 16, List.of());
        }
        List<String> codes = field.choices();
        int width = codes.isEmpty() ? (field.longText() ? 44 : 16)
                : Math.max(heading.length(), codes.stream().mapToInt(String::length).max().orElse(0)) + 4;
        return new Column(field.name(), heading, Kind.TEXT, width, codes);
    }

    /** Wide enough for the heading, whatever the width asked for. */
    int widthInCharacters() {
        return Math.max(width, heading.length() + 3);
    }
}
