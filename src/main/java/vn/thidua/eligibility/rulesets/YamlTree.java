package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file of the rule set read token by token into a tree that keeps each node's line
 * (Jackson's own tree does not), so that every problem can be reported with its line.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    sealed interface Node permits Scalar, Mapping, Sequence {
        int line();
    }

    /** {@code token} tells how YAML typed the text: a number, a boolean, or a string. */
    record Scalar(String text, JsonToken token, int line) implements Node {
    }

    record Mapping(List<Entry> entries, int line) implements Node {
    }

    record Entry(Scalar key, Node value) {
    }

    record Sequence(List<Node> items, int line) implements Node {
    }

    /**
     * The document's root node, null for an empty file.
     *
     * @throws InvalidParametersException with the file and line of a YAML syntax error
     */
    static Node parse(String file, String yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            return parser.nextToken() == null ? null : node(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new InvalidParametersException(List.of(new ParameterProblem(file, line, "YAML syntax: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    static String scalar(Node node) {
        return node instanceof Scalar s ? s.text() : null;
    }

    static int line(Node node) {
        return node == null ? 0 : node.line();
    }

    /** A comma-separated list of codes ("A, B") or a YAML list of them, blanks dropped. */
    static List<String> codes(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Sequence seq) {
            seq.items().forEach(i -> out.addAll(codes(i)));
        } else if (scalar(node) != null) {
            for (String c : scalar(node).split(",")) {
                if (!c.isBlank()) {
                    out.add(c.strip());
                }
            }
        }
        return out;
    }
}
