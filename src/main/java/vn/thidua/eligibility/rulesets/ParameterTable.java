package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.thidua.eligibility.model.Parameter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a rule set, each with dated values: the value used on a reference date R is
 * the latest whose {@code from} is on or before R. Read token by token into a tree that keeps each
 * node's line (Jackson's own tree does not), so that every problem can be reported with its line.
 */
public final class ParameterTable {

    /** A parameter's definition and its dated values, oldest first. */
    public record Definition(String name, String descriptionVi, String descriptionEn, String legalBasis,
                             List<DatedValue> values) {
    }

    public record DatedValue(LocalDate from, Object value) {
    }

    private static final Set<String> ENTRY_KEYS = Set.of("description", "legalBasis", "values", "type");
    private static final String FILE = RuleSet.PARAMETERS_FILE;
    private static final YAMLFactory YAML = new YAMLFactory();

    private sealed interface Node permits Scalar, Mapping, Sequence {
        int line();
    }

    /** {@code token} tells how YAML typed the text: a number, a boolean, or a string. */
    private record Scalar(String text, JsonToken token, int line) implements Node {
    }

    private record Mapping(List<Entry> entries, int line) implements Node {
    }

    private record Entry(Scalar key, Node value) {
    }

    private record Sequence(List<Node> items, int line) implements Node {
    }

    private final Map<String, Definition> definitions;

    private ParameterTable(Map<String, Definition> definitions) {
        this.definitions = definitions;
    }

    public Map<String, Definition> definitions() {
        return definitions;
    }

    /** The value of every parameter in force on the reference date. */
    public List<Parameter> resolve(LocalDate referenceDate) {
        List<Parameter> out = new ArrayList<>();
        for (Definition d : definitions.values()) {
            DatedValue inForce = null;
            for (DatedValue v : d.values()) {
                if (!v.from().isAfter(referenceDate)) {
                    inForce = v;
                }
            }
            if (inForce == null) {
                throw new NoValueInForceException("Parameter " + d.name() + " has no value in force on " + referenceDate
                        + ": its first value applies from " + d.values().get(0).from());
            }
            out.add(new Parameter(d.name(), inForce.value(), inForce.from()));
        }
        return out;
    }

    static ParameterTable parse(String yaml) {
        List<ParameterProblem> problems = new ArrayList<>();
        Node root;
        try (JsonParser parser = YAML.createParser(yaml)) {
            root = parser.nextToken() == null ? null : node(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new InvalidParametersException(List.of(new ParameterProblem(FILE, line, "YAML syntax: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Definition> defs = new LinkedHashMap<>();
        if (!(root instanceof Mapping map)) {
            throw new InvalidParametersException(List.of(new ParameterProblem(FILE, line(root),
                    "expected a mapping of parameter names to definitions")));
        }
        for (Entry t : map.entries()) {
            String name = scalar(t.key());
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*")) {
                problems.add(new ParameterProblem(FILE, line(t.key()), "invalid parameter name: " + name));
                continue;
            }
            if (defs.containsKey(name)) {
                problems.add(new ParameterProblem(FILE, line(t.key()), "parameter " + name + " is defined twice"));
                continue;
            }
            Definition d = definition(name, line(t.key()), t.value(), problems);
            if (d != null) {
                defs.put(name, d);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ParameterProblem::line));
            throw new InvalidParametersException(problems);
        }
        return new ParameterTable(defs);
    }

    /** {@code nameLine}: where a field that is absent altogether is reported (the parameter's own line). */
    private static Definition definition(String name, int nameLine, Node node, List<ParameterProblem> problems) {
        if (!(node instanceof Mapping entry)) {
            problems.add(new ParameterProblem(FILE, line(node), name + ": expected description, legalBasis and values"));
            return null;
        }
        int before = problems.size();
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (Entry t : entry.entries()) {
            String key = scalar(t.key());
            if (!ENTRY_KEYS.contains(key)) {
                problems.add(new ParameterProblem(FILE, line(t.key()), name + ": unknown key '" + key
                        + "' (expected description, legalBasis, values, type)"));
            } else {
                fields.put(key, t.value());
                keyLines.put(key, line(t.key()));
            }
        }
        String vi = null;
        String en = null;
        if (fields.get("description") instanceof Mapping desc) {
            for (Entry t : desc.entries()) {
                String lang = scalar(t.key());
                if ("vi".equals(lang)) {
                    vi = scalar(t.value());
                } else if ("en".equals(lang)) {
                    en = scalar(t.value());
                } else {
                    problems.add(new ParameterProblem(FILE, line(t.key()), name + ": description takes vi and en, not '" + lang + "'"));
                }
            }
        }
        if (vi == null || en == null) {
            problems.add(new ParameterProblem(FILE, keyLines.getOrDefault("description", nameLine),
                    name + ": description needs both vi and en texts"));
        }
        String basis = fields.containsKey("legalBasis") ? scalar(fields.get("legalBasis")) : null;
        if (basis == null || basis.isBlank()) {
            problems.add(new ParameterProblem(FILE, keyLines.getOrDefault("legalBasis", nameLine),
                    name + ": legalBasis is missing"));
        }
        String type = fields.containsKey("type") ? scalar(fields.get("type")) : null;
        if (type != null && !Set.of("decimal", "integer", "boolean", "date", "text").contains(type)) {
            problems.add(new ParameterProblem(FILE, line(fields.get("type")), name + ": type must be decimal, integer, boolean, date or text"));
        }
        List<DatedValue> values = values(name, fields.get("values"), type, node, problems);
        return problems.size() == before ? new Definition(name, vi, en, basis, values) : null;
    }

    private static List<DatedValue> values(String name, Node node, String type, Node owner, List<ParameterProblem> problems) {
        List<DatedValue> values = new ArrayList<>();
        if (!(node instanceof Sequence seq) || seq.items().isEmpty()) {
            problems.add(new ParameterProblem(FILE, line(node == null ? owner : node), name + ": values must list at least one {from, value}"));
            return values;
        }
        Class<?> firstType = null;
        for (Node item : seq.items()) {
            if (!(item instanceof Mapping m)) {
                problems.add(new ParameterProblem(FILE, line(item), name + ": each value needs 'from' and 'value'"));
                continue;
            }
            Node fromNode = null;
            Node valueNode = null;
            for (Entry t : m.entries()) {
                String key = scalar(t.key());
                if ("from".equals(key)) {
                    fromNode = t.value();
                } else if ("value".equals(key)) {
                    valueNode = t.value();
                } else {
                    problems.add(new ParameterProblem(FILE, line(t.key()), name + ": unknown key '" + key + "' in a value (expected from, value)"));
                }
            }
            if (fromNode == null || valueNode == null) {
                problems.add(new ParameterProblem(FILE, line(item), name + ": each value needs 'from' and 'value'"));
                continue;
            }
            LocalDate from;
            try {
                from = LocalDate.parse(scalar(fromNode));
            } catch (DateTimeParseException | NullPointerException e) {
                problems.add(new ParameterProblem(FILE, line(fromNode), name + ": 'from' must be a date YYYY-MM-DD, not " + scalar(fromNode)));
                continue;
            }
            if (!values.isEmpty() && !from.isAfter(values.get(values.size() - 1).from())) {
                problems.add(new ParameterProblem(FILE, line(fromNode), name + ": dates must be in increasing order ("
                        + from + " comes after " + values.get(values.size() - 1).from() + ")"));
                continue;
            }
            Object value = typed(valueNode, type);
            if (value == null) {
                problems.add(new ParameterProblem(FILE, line(valueNode), name + ": value " + scalar(valueNode)
                        + " is not a " + (type == null ? "number, boolean, date or text" : type)));
                continue;
            }
            if (firstType != null && firstType != value.getClass()) {
                problems.add(new ParameterProblem(FILE, line(valueNode), name + ": value " + scalar(valueNode)
                        + " is a " + value.getClass().getSimpleName() + " but earlier values are " + firstType.getSimpleName()));
                continue;
            }
            firstType = value.getClass();
            values.add(new DatedValue(from, value));
        }
        return values;
    }

    /** Numbers are read from their text, never through double: 0.80 stays exactly 0.80. */
    private static Object typed(Node node, String type) {
        String text = scalar(node);
        if (text == null) {
            return null;
        }
        JsonToken token = ((Scalar) node).token();
        String kind = type != null ? type
                : token == JsonToken.VALUE_NUMBER_INT ? "integer"
                : token == JsonToken.VALUE_NUMBER_FLOAT ? "decimal"
                : token.isBoolean() ? "boolean"
                : text.matches("\\d{4}-\\d{2}-\\d{2}") ? "date" : "text";
        try {
            return switch (kind) {
                case "integer" -> Integer.valueOf(text);
                case "decimal" -> new BigDecimal(text);
                case "boolean" -> switch (text.toLowerCase()) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no", "off" -> Boolean.FALSE;
                    default -> null;
                };
                case "date" -> LocalDate.parse(text);
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /** The node at the parser's current token, with everything inside it; an empty value reads as "". */
    private static Node node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<Entry> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Scalar key = new Scalar(parser.currentName(), JsonToken.FIELD_NAME, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                entries.add(new Entry(key, node(parser)));
            }
            return new Mapping(entries, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new Sequence(items, line);
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), token, line);
    }

    private static String scalar(Node node) {
        return node instanceof Scalar s ? s.text() : null;
    }

    private static int line(Node node) {
        return node == null ? 0 : node.line();
    }
}
