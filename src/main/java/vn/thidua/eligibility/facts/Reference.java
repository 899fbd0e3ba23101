package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.SubjectType;

import java.util.Map;
import java.util.function.Function;

/**
 * A field holding the code of a unit or a person, which must exist in the same bundle or in the
 * database.
 *
 * @param field  the referring field
 * @param target which kind of subject a record's value names; null when the record does not say
 *               validly (its own error is reported already)
 * @param byType whether the record's {@code subjectType} field says which kind of subject it names
 */
record Reference(String field, Function<Map<String, Object>, SubjectType> target, boolean byType) {

    static Reference to(SubjectType type, String field) {
        return new Reference(field, record -> type, false);
    }

    /** Disciplines and awards name a unit or a person, as their {@code subjectType} says. */
    static Reference bySubjectType(String field) {
        return new Reference(field, record -> record.get("subjectType") instanceof SubjectType type ? type : null, true);
    }
}
