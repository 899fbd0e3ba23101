package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.web.Characters;
import vn.thidua.eligibility.web.Text;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * How one JSON value of the import format becomes a column value, or why it cannot, and what class
 * that value has (also when it is read back from its column). Strict on purpose: a number is a JSON
 * number and a date a JSON string, never the other way round, so a bundle means one thing only.
 *
 * @param valueType the class of the value: String, Integer, BigDecimal, LocalDate or a model enum
 * @param maxLength the most characters of a code or text, else 0
 */
record FieldType(Class<?> valueType, int maxLength, Reader reader) {
    /** Sane bounds for years and dates: nothing in a CCHC record lies outside them. */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** Codes, names and titles must fit their VARCHAR columns in db/migration/V1__facts.sql. */
    private static final int CODE_LENGTH = 64;
    /** Scores fit DECIMAL(10, 4): six digits before the point, four after. */
    private static final int SCORE_SCALE = 4;
    private static final BigDecimal SCORE_LIMIT = new BigDecimal("999999.9999");

    /** What a code may be made of: {@code [A-Za-z0-9._-]}. */
    private static final IntPredicate CODE_CHARACTER =
            cp -> cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-');

    @FunctionalInterface
    interface Reader {
        Object read(String field, JsonNode node) throws InvalidValue;
    }

    /**
     * @param field the field's name, used in messages
     * @param node  a JSON value that is neither missing nor null
     */
    Object read(String field, JsonNode node) throws InvalidValue {
        return reader.read(field, node);
    }

    /** The value stored in a column of a result set, as {@link #read} gives it; null for SQL NULL. */
    Object stored(ResultSet rs, String column) throws SQLException {
        return stored(rs, rs.findColumn(column));
    }

    /**
     * The value at a column's position: by the getter of its type rather than the driver's search for
     * a converter, since a run reads a million rows.
     */
    Object stored(ResultSet rs, int column) throws SQLException {
        if (valueType == String.class) {
            return rs.getString(column);
        }
        if (valueType.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : constant(valueType.asSubclass(Enum.class), name);
        }
        if (valueType == Integer.class) {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
        if (valueType == BigDecimal.class) {
            return rs.getBigDecimal(column);
        }
        if (valueType == LocalDate.class) {
            String text = rs.getString(column);
            if (text == null || !isoDateShape(text)) {
                return text == null ? null : rs.getObject(column, LocalDate.class);
            }
            return isoDate(text);
        }
        return rs.getObject(column, valueType);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Enum.valueOf(type, name);
    }

    /**
     * An identifier: not blank, no spaces around it (the database would ignore trailing ones), at most 64
     * characters, and only {@code [A-Za-z0-9._-]}: codes travel in URLs, file names, rule traces and
     * documents, where a line break, a NUL or a right-to-left override would forge or hide what is shown.
     */
    static FieldType code() {
        return new FieldType(String.class, CODE_LENGTH, (field, node) -> {
            String text = string(field, node);
            if (text.startsWith(" ") || text.endsWith(" ")) {
                throw new InvalidValue("bundle.value.spaces", field, quote(text));
            }
            return only(field, fitting(field, text, CODE_LENGTH), CODE_CHARACTER,
                    Text.of("bundle.value.codeCharacters"));
        });
    }

    /** Free text, not blank, at most {@code maxLength} characters, all of them {@link Characters#printable printable}. */
    static FieldType text(int maxLength) {
        return new FieldType(String.class, maxLength, (field, node) -> only(field,
                fitting(field, string(field, node), maxLength), Characters::printable,
                Text.of("bundle.value.printable")));
    }

    static FieldType year() {
        return new FieldType(Integer.class, 0, (field, node) -> {
            if (!node.isIntegralNumber()) {
                throw new InvalidValue("bundle.value.wholeNumber", field, describe(node));
            }
            if (!node.canConvertToInt() || node.intValue() < MIN_YEAR || node.intValue() > MAX_YEAR) {
                throw new InvalidValue("bundle.value.yearOutside", field, node.asText(), MIN_YEAR, MAX_YEAR);
            }
            return node.intValue();
        });
    }

    /** An ISO date {@code YYYY-MM-DD} that exists in the calendar (no 2024-02-30) and lies in the sane years. */
    static FieldType date() {
        return new FieldType(LocalDate.class, 0, (field, node) -> {
            if (!node.isTextual()) {
                throw new InvalidValue("bundle.value.dateString", field, describe(node));
            }
            String text = node.textValue();
            if (!isoDateShape(text)) {
                throw new InvalidValue("bundle.value.isoDate", field, quote(text));
            }
            LocalDate date;
            try {
                // as strict as ISO_LOCAL_DATE, without its general parser: an import reads millions
                date = isoDate(text);
            } catch (DateTimeException e) {
                throw new InvalidValue("bundle.value.noSuchDay", field, text);
            }
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new InvalidValue("bundle.value.dateOutside", field, text, MIN_YEAR, MAX_YEAR);
            }
            return date;
        });
    }

    /**
     * An exact decimal read as {@link BigDecimal} (the bundle is parsed with
     * {@code USE_BIG_DECIMAL_FOR_FLOATS}, so no double ever holds it). At least zero, or above zero
     * when {@code positive}; at most four decimal places, which the column keeps without rounding.
     */
    static FieldType decimal(boolean positive) {
        return new FieldType(BigDecimal.class, 0, (field, node) -> {
            if (!node.isNumber()) {
                throw new InvalidValue("bundle.value.number", field, describe(node));
            }
            BigDecimal value = node.decimalValue();
            if (positive && value.signum() <= 0) {
                throw new InvalidValue("bundle.value.notPositive", field, show(value));
            }
            if (value.signum() < 0) {
                throw new InvalidValue("bundle.value.negative", field, show(value));
            }
            if (value.compareTo(SCORE_LIMIT) > 0) {
                throw new InvalidValue("bundle.value.tooLarge", field, show(value), SCORE_LIMIT);
            }
            if (value.stripTrailingZeros().scale() > SCORE_SCALE) {
                throw new InvalidValue("bundle.value.scale", field, show(value), SCORE_SCALE);
            }
            return value;
        });
    }

    /** One of the constants of a model enum, spelled exactly (case matters). */
    static <E extends Enum<E>> FieldType choice(Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new FieldType(type, 0, (field, node) -> {
            String text = string(field, node);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidValue("bundle.value.notAllowed", field, quote(text), allowed);
        });
    }

    private static String string(String field, JsonNode node) throws InvalidValue {
        if (!node.isTextual()) {
            throw new InvalidValue("bundle.value.string", field, describe(node));
        }
        if (node.textValue().isBlank()) {
            throw new InvalidValue("bundle.value.blank", field);
        }
        return node.textValue();
    }

    /** {@code dddd-dd-dd}, with ASCII digits only. */
    private static boolean isoDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The day a text of {@link #isoDateShape} names; a DateTimeException when the calendar has no such day. */
    private static LocalDate isoDate(String text) {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** The text, if every character is allowed; else the first one that is not, named with its position (from 1). */
    private static String only(String field, String text, IntPredicate allowed, Text rule) throws InvalidValue {
        int position = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            if (!allowed.test(text.codePointAt(i))) {
                throw new InvalidValue("bundle.value.character", field, Characters.named(text.codePointAt(i)), position, rule);
            }
        }
        return text;
    }

    private static String fitting(String field, String text, int maxLength) throws InvalidValue {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidValue("bundle.value.length", field, length, maxLength);
        }
        return text;
    }

    /** A JSON value as a message shows it: its JSON type and, for a scalar, a short form of it. */
    static Text describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> Text.of("bundle.json.string", quote(node.textValue()));
            case NUMBER -> Text.of("bundle.json.number", node.isBigDecimal() ? show(node.decimalValue()) : node.asText());
            case BOOLEAN -> Text.of("bundle.json.boolean", node.asText());
            case ARRAY -> Text.of("bundle.json.array");
            case OBJECT -> Text.of("bundle.json.object");
            default -> Text.of("bundle.json.null");
        };
    }

    /** Shortened, and with what cannot be shown safely written as U+XXXX, so a message never carries it raw. */
    private static String quote(String text) {
        return "'" + Characters.escaped(text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    /** Plain notation, unless the exponent is so large that plain digits would flood the message. */
    static String show(BigDecimal value) {
        return Math.abs(value.scale()) <= 20 ? value.toPlainString() : value.toString();
    }
}
