package vn.thidua.eligibility.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The values the fuzz sends: plausible ones (so a request gets past the first check and reaches the
 * deeper ones), hostile ones (boundaries, overflows, impossible dates, control and bidirectional
 * characters, huge and deep input) and the ways a JSON body is broken. Everything is drawn from the
 * {@link Random} given, so a seed replays the same requests.
 */
final class FuzzValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "Đ".repeat(70_000);

    /** As JSON text: replaces a value anywhere in a body. */
    static final List<String> HOSTILE_JSON = List.of(
            "null", "true", "0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e400", "-1e-400", "1.5", "0.00001", "1E+2", "-0",
            "\"\"", "\" \"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "\"9999-12-31\"",
            "\"2024-02-30\"", "\"2024-13-01\"", "\"31/12/2024\"", "\"2024-06-30T10:00:00Z\"", "\"1999-12-31\"",
            "\"\\u0000\"", "\"NV\\r\\n01\"", "\"QLCN\\u202Eexe\"", "\"\\ud800\"", "\"\\udc00x\"", "\"😀\"",
            "\"Đơn vị hành chính công\"", "\"e\\u0301\\u0301\\u0301\"", "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"", "\"../../etc/passwd\"", "\"${jndi:ldap://x}\"", "\"%s%n\"", "\"ANNUAL\"", "\"annual\"",
            "\"PHASE\"", "\"UNIT\"", "\"PERSON\"", "\"ADMIN\"", "[]", "[null]", "{}", "{\"a\":1}", "\"" + HUGE + "\"",
            "[" + "[".repeat(1500) + "]".repeat(1500) + "]", "\"" + "9".repeat(5000) + "\"", "1" + "0".repeat(5000));

    /** As a path segment or query value, already percent-encoded where needed. */
    static final List<String> HOSTILE_URL = List.of(
            "0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999", "1.5", "1e3", "0x1F", "+1", "-0", "NaN", "%20", "%00", "%0D%0A", "%E2%80%AE",
            "%2e%2e", "..", "%2F", "%25", "%C3%28", "%FF", "null", "true", "%5B%5D", "%7B%7D", "%D9%A3", "UNIT", "unit",
            "PERSON", "ELIGIBLE", "QLCN", "NV013", "%C4%90V", "A".repeat(2500), ";a=b", "~", "'", "%22", "%3Cscript%3E",
            "+999999999-12-31", "2024-02-30", "31%2F12%2F2024");

    static final List<String> BOUNDARY_DATES = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"",
            "\"9999-12-31\"", "\"1999-12-31\"", "\"2101-01-01\"", "\"1970-01-01\"", "\"2024-02-29\"");

    static final List<String> BOUNDARY_NUMBERS = List.of("2147483647", "-2147483648", "2147483648", "9223372036854775807",
            "-9223372036854775808", "0", "-1", "1e400", "0.5");

    static final List<String> BOUNDARY_TEXTS = List.of("\"\"", "\" \"", "\"" + HUGE + "\"", "\"NV\\r\\n01\"", "\"\\u0000\"",
            "\"a\\u202Eb\"", "\"\\ud800\"", "\"😀\"", "\"x\"");

    static final List<String> ACCEPT_LANGUAGES = List.of("en", "vi", "en-US,en;q=0.9", "*", "xx-YY;q=0.5", "en;q=abc",
            "vi;q=2", ",,,", "zz".repeat(200), "en-" + "a".repeat(80));

    static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html", "image/png",
            "application/json;q=x", "text/*", "application/zip");

    static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "application/json;charset=bogus", "application/json;charset=UTF-16", "application/octet-stream", "*/*",
            "application/*", ";;;", "application/json; boundary", "text/html; charset=\"", "multipart/mixed", "image/png");

    private final Random random;
    private final JsonNode schemas;
    private final Map<String, JsonNode> seedBodies;

    /**
     * @param schemas    the OpenAPI document's {@code components.schemas}
     * @param seedBodies for a body whose schema says no more than "object": a plausible one to start from, by path
     */
    FuzzValues(Random random, JsonNode schemas, Map<String, JsonNode> seedBodies) {
        this.random = random;
        this.schemas = schemas;
        this.seedBodies = seedBodies;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A value a client would send for the parameter or property: named years are years, ids are small, and so on. */
    String plausible(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return pick(textsOf(resolved.get("enum")));
        }
        String type = resolved.path("type").asText("string");
        String lower = name.toLowerCase();
        if (type.equals("integer") || type.equals("number")) {
            if (lower.contains("year")) {
                return String.valueOf(between(2020, 2026));
            }
            if (lower.contains("limit") || lower.contains("quota")) {
                return String.valueOf(between(0, 5));
            }
            return String.valueOf(between(1, 3));
        }
        if (type.equals("boolean")) {
            return String.valueOf(random.nextBoolean());
        }
        if (resolved.path("format").asText().equals("date")) {
            return "20" + between(20, 26) + "-0" + between(1, 9) + "-" + between(10, 28);
        }
        if (resolved.has("pattern")) {
            List<String> matching = List.of("ADMIN", "STAFF", "AUDITOR", "fuzz." + random.nextInt(1_000_000)).stream()
                    .filter(v -> v.matches(resolved.get("pattern").asText())).toList();
            return matching.isEmpty() ? "x" : pick(matching);
        }
        if (lower.contains("password")) {
            return "Fuzz-Passphrase-" + random.nextInt(1_000_000) + "-quy-tac";
        }
        if (lower.endsWith("code") || lower.equals("kind")) {
            return pick(List.of("QLCN", "NV013", "VP", "units", "people", "criteria"));
        }
        return pick(List.of("Biên bản 12/BB-HĐTĐKT", "Ghi chú", "x", "Nguyễn Thị Hoa", "15/QĐ-SCT"));
    }

    /** A path segment or query value: plausible most of the time, else hostile. */
    String urlValue(JsonNode schema, String name, boolean hostile) {
        return hostile ? pick(HOSTILE_URL) : encode(plausible(schema, name));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A body that matches the schema, as far as it says. */
    JsonNode instance(JsonNode schema, String name) {
        return instance(schema, name, 0, false);
    }

    /** A body shaped as the schema says with every value at or past a boundary of its type: extreme dates and numbers, odd text. */
    JsonNode atBoundaries(JsonNode schema, String name) {
        return instance(schema, name, 0, true);
    }

    private JsonNode instance(JsonNode schema, String name, int depth, boolean boundaries) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(resolved, name, depth, boundaries);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = between(boundaries ? 1 : 0, 2); i > 0 && depth < 6; i--) {
                    array.add(instance(resolved.path("items"), name, depth + 1, boundaries));
                }
                yield array;
            }
            case "integer", "number" -> boundaries ? raw(pick(BOUNDARY_NUMBERS)) : NODES.numberNode(Long.parseLong(plausible(resolved, name)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> boundaries ? raw(boundaryText(resolved)) : NODES.textNode(plausible(resolved, name));
        };
    }

    private String boundaryText(JsonNode schema) {
        if (schema.path("format").asText().startsWith("date")) {
            return pick(BOUNDARY_DATES);
        }
        if (schema.has("enum")) {
            return NODES.textNode(pick(textsOf(schema.get("enum"))).toLowerCase()).toString();
        }
        return pick(BOUNDARY_TEXTS);
    }

    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }

    private JsonNode object(JsonNode schema, String name, int depth, boolean boundaries) {
        if (!schema.has("properties") && seedBodies.containsKey(name)) {
            return seedBodies.get(name).deepCopy();
        }
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            if (boundaries || chance(0.9)) {
                object.set(property.getKey(), instance(property.getValue(), property.getKey(), depth + 1, boundaries));
            }
        });
        if (schema.path("additionalProperties").isObject()) {
            for (int i = between(0, 2); i > 0; i--) {
                String key = pick(List.of("rules/unit-conditions.drl", "rules/x.drl", "parameters.yaml", "tests/a.yaml", "a.drl.xlsx"));
                object.set(key, chance(0.2) ? NODES.nullNode()
                        : instance(schema.get("additionalProperties"), key, depth + 1, boundaries));
            }
        }
        return object;
    }

    /** Breaks the body in one to three places: a value replaced by a hostile one, a property removed or added. */
    JsonNode mutated(JsonNode body) {
        JsonNode copy = body.deepCopy();
        for (int i = between(1, 3); i > 0; i--) {
            List<Consumer<String>> slots = new ArrayList<>();
            collectSlots(copy, slots);
            if (slots.isEmpty()) {
                return NODES.rawValueNode(new RawValue(pick(HOSTILE_JSON)));
            }
            pick(slots).accept(pick(HOSTILE_JSON));
        }
        return copy;
    }

    /** Every place a hostile value can go: each value, and a new property of each object; {@code "\0"} removes. */
    private void collectSlots(JsonNode node, List<Consumer<String>> slots) {
        if (node instanceof ObjectNode object) {
            slots.add(raw -> object.putRawValue(pick(List.of("unexpected", "id", "ruleSetVersion", "recordedBy")), new RawValue(raw)));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                slots.add(raw -> object.putRawValue(field, new RawValue(raw)));
                slots.add(raw -> object.remove(field));
                collectSlots(object.get(field), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(raw -> array.set(index, NODES.rawValueNode(new RawValue(raw))));
                collectSlots(array.get(i), slots);
            }
        }
    }

    /** The body as JSON text, with the first key of every object given twice. */
    static String withDuplicateKeys(JsonNode node) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            StringBuilder text = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            Map.Entry<String, JsonNode> first = fields.next();
            text.append(NODES.textNode(first.getKey())).append(':').append(withDuplicateKeys(first.getValue()));
            text.append(',').append(NODES.textNode(first.getKey())).append(':').append(withDuplicateKeys(first.getValue()));
            fields.forEachRemaining(f -> text.append(',').append(NODES.textNode(f.getKey())).append(':').append(withDuplicateKeys(f.getValue())));
            return text.append('}').toString();
        }
        if (node instanceof ArrayNode array) {
            List<String> items = new ArrayList<>();
            array.forEach(item -> items.add(withDuplicateKeys(item)));
            return "[" + String.join(",", items) + "]";
        }
        return node.isObject() ? "{\"a\":1,\"a\":2}" : node.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring("#/components/schemas/".length())) : schema;
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
