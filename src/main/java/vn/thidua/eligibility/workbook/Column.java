package vn.thidua.eligibility.workbook;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a sheet.
 *
 * @param field   the bundle field the column fills
 * @param heading its Vietnamese heading in row 1
 * @param kind    what its cells hold
 * @param width   its width in characters in the template
 * @param choices the allowed codes of a choice column (offered as a drop-down list), else empty
 */
record Column(String field, String heading, Kind kind, int width, List<String> choices) {

    enum Kind { TEXT, YEAR, DECIMAL, DATE }

    static Column text(String field, String heading, int width) {
        return new Column(field, heading, Kind.TEXT, width, List.of());
    }

    static Column year(String field, String heading) {
        return new Column(field, heading, Kind.YEAR, 8, List.of());
    }

    static Column decimal(String field, String heading) {
        return new Column(field, heading, Kind.DECIMAL, 12, List.of());
    }

    static Column date(String field, String heading) {
        return new Column(field, heading, Kind.DATE, 16, List.of());
    }

    static <E extends Enum<E>> Column choice(String field, String heading, Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        int width = Math.max(heading.length(), codes.stream().mapToInt(String::length).max().orElse(0)) + 4;
        return new Column(field, heading, Kind.TEXT, width, codes);
    }

    /** Wide enough for the heading, whatever the width asked for. */
    int widthInCharacters() {
        return Math.max(width, heading.length() + 3);
    }
}
