package vn.thidua.eligibility.facts;

import java.util.Arrays;
import java.util.List;

/**
 * One field of the import format.
 *
 * @param name     its name in the JSON bundle (and in the export)
 * @param column   its column in the kind's table
 * @param type     how its JSON value is read, and its stored value
 * @param required whether a record must have it (an optional field may be absent or null)
 * @param label    its Vietnamese heading in the workbook, which staff read
 */
public record Field(String name, String column, FieldType type, boolean required, String label) {

    static Field required(String name, String column, FieldType type, String label) {
        return new Field(name, column, type, true, label);
    }

    static Field optional(String name, String column, FieldType type, String label) {
        return new Field(name, column, type, false, label);
    }

    /** The class of its value: String, Integer (a year), BigDecimal, LocalDate, or a model enum. */
    public Class<?> valueType() {
        return type.valueType();
    }

    /** Whether it holds free text longer than a code or a decision number. */
    public boolean longText() {
        return type.maxLength() > 100;
    }

    /** The allowed codes of a choice field, else empty. */
    public List<String> choices() {
        return type.valueType().isEnum()
                ? Arrays.stream(type.valueType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of();
    }
}
