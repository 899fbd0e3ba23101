package vn.thidua.eligibility.facts;

/**
 * Where a record is in what was imported, as its errors name it: {@code dossiers[12]} and
 * {@code dossiers[12].dueDate} in a JSON bundle, a line and a column in a CSV file.
 */
interface RecordPlace {

    /** @param index the record's position: its index in its JSON array, or its line in a CSV file */
    String record(int index);

    String field(int index, String field);

    static RecordPlace json(FactKind kind) {
        return new RecordPlace() {
            @Override
            public String record(int index) {
                return kind.jsonName() + "[" + index + "]";
            }

            @Override
            public String field(int index, String field) {
                return record(index) + "." + field;
            }
        };
    }
}
