package vn.thidua.eligibility.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Names a value's expected type and echoes a rejected value in the caller's terms, never Java's. */
final class ValueTexts {

    private static final int MAX_SHOWN = 60;

    private ValueTexts() {
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 date-time";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    static String shown(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        return "\"" + Characters.escaped(text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text) + "\"";
    }
}
