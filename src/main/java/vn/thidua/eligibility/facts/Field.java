package vn.thidua.eligibility.facts;

/**
 * One field of the import format.
 *
 * @param name     its name in the JSON bundle (and in the export)
 * @param column   its column in the kind's table
 * @param type     how its JSON value is read
 * @param required whether a record must have it (an optional field may be absent or null)
 */
record Field(String name, String column, FieldType type, boolean required) {

    static Field required(String name, String column, FieldType type) {
        return new Field(name, column, type, true);
    }

    static Field optional(String name, String column, FieldType type) {
        return new Field(name, column, type, false);
    }
}
