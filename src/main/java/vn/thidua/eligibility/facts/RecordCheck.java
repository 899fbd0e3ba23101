package vn.thidua.eligibility.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A rule across two fields of one record, checked once both fields are valid on their own. */
@FunctionalInterface
interface RecordCheck {

    /** The error as (field, message), if the record breaks the rule. */
    Optional<FieldError> check(Map<String, Object> record);

    record FieldError(String field, String message) {
    }

    /** {@code field ≤ limit}, compared exactly: "score 12.5 is above maxScore 10". */
    static RecordCheck notAbove(String field, String limit) {
        return record -> record.get(field) instanceof BigDecimal value && record.get(limit) instanceof BigDecimal max
                && value.compareTo(max) > 0
                ? Optional.of(new FieldError(field, field + " " + FieldType.show(value) + " is above "
                + limit + " " + FieldType.show(max)))
                : Optional.empty();
    }

    /** {@code field ≥ start} for an optional end date: "to 2024-01-01 is before from 2024-03-01". */
    static RecordCheck notBefore(String field, String start) {
        return record -> record.get(field) instanceof LocalDate end && record.get(start) instanceof LocalDate begin
                && end.isBefore(begin)
                ? Optional.of(new FieldError(field, field + " " + end + " is before " + start + " " + begin))
                : Optional.empty();
    }
}
