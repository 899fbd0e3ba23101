package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.facts.Field;
import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.web.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One column of a sheet: a field of the fact kind's descriptor, as the workbook shows it.
 *
 * @param field   the bundle field the column fills
 * @param heading its Vietnamese heading in row 1 (the field's label)
 * @param kind    what its cells hold
 * @param width   its width in characters in the template
 * @param choices the allowed values of a choice column, offered as a drop-down list of their labels, else empty
 */
record Column(String field, String heading, Kind kind, int width, List<Choice> choices) {

    enum Kind { TEXT, YEAR, DECIMAL, DATE }

    /**
     * A code of a choice column and its Vietnamese label ({@code enum.<code>} of the glossary): the
     * template offers the label ("Nữ"), the import takes the label or the code (FEMALE), each spelled
     * exactly as given, so a workbook of the earlier template, which offered codes, still imports.
     */
    record Choice(String code, String label) {
        static Choice of(String code) {
            return new Choice(code, Text.of("enum." + code).in(Language.VIETNAMESE));
        }
    }

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
        List<Choice> choices = field.choices().stream().map(Choice::of).toList();
        int width = choices.isEmpty() ? (field.longText() ? 44 : 16)
                : Math.max(heading.length(), choices.stream().mapToInt(c -> c.label().length()).max().orElse(0)) + 4;
        return new Column(field.name(), heading, Kind.TEXT, width, choices);
    }

    /** The code a cell of a choice column means, by its label or its code; empty if it is neither. */
    Optional<String> code(String cell) {
        return choices.stream().filter(c -> c.label().equals(cell) || c.code().equals(cell)).map(Choice::code).findFirst();
    }

    /** The label of a code, as the template writes it; a code it does not know stays as it is. */
    String label(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst().orElse(code);
    }

    List<String> labels() {
        return choices.stream().map(Choice::label).toList();
    }

    /** Wide enough for the heading, whatever the width asked for. */
    int widthInCharacters() {
        return Math.max(width, heading.length() + 3);
    }
}
