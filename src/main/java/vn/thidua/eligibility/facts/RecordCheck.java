package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A rule across two fields of one record, checked once both fields are valid on their own. */
@FunctionalInterface
interface RecordCheck {

    /** The error as (field, message), if the record breaks the rule. */
    Optional<FieldError> check(Map<String, Object> record);

    record FieldError(String field, Text text) {
    }

    /** {@code field ≤ limit}, compared exactly: "score 12.5 is above maxScore 10". */
    static RecordCheck notAbove(String field, String limit) {
        return record -> record.get(field) instanceof BigDecimal value && record.get(limit) instanceof BigDecimal max
                && value.compareTo(max) > 0
                ? Optional.of(new FieldError(field, Text.of("bundle.record.above", field, FieldType.show(value), limit,
                FieldType.show(max))))
                : Optional.empty();
    }

    /** {@code field ≥ start} for an optional end date: "to 2024-01-01 is before from 2024-03-01". */
    static RecordCheck notBefore(String field, String start) {
        return record -> record.get(field) instanceof LocalDate end && record.get(start) instanceof LocalDate begin
                && end.isBefore(begin)
                ? Optional.of(new FieldError(field, Text.of("bundle.record.before", field, end, start, begin)))
                : Optional.empty();
    }

    /**
     * The phase of a phase award: both years or neither, the first not after the last, and only on
     * the award that is given for a phase ("awards[3].phaseTo: phaseTo is required with phaseFrom").
     */
    static RecordCheck phaseOfAward(String from, String to, String award, Object phaseAward) {
        return record -> {
            Object first = record.get(from);
            Object last = record.get(to);
            if (first == null && last == null) {
                return Optional.empty();
            }
            if (first == null || last == null) {
                String missing = first == null ? from : to;
                return Optional.of(new FieldError(missing, Text.of("bundle.record.phaseBoth", missing, first == null ? to : from)));
            }
            if (record.get(award) != null && !phaseAward.equals(record.get(award))) {
                return Optional.of(new FieldError(from, Text.of("bundle.record.phaseOnly", from, to, phaseAward, record.get(award))));
            }
            if (first instanceof Integer a && last instanceof Integer b && a > b) {
                return Optional.of(new FieldError(to, Text.of("bundle.record.before", to, b, from, a)));
            }
            return Optional.empty();
        };
    }
}
