package vn.thidua.eligibility.engine;

import org.kie.api.definition.rule.Rule;

/** Reads a rule's {@code @name("value")} metadata as plain text, whichever build kept the quotes. */
final class Metadata {
    private Metadata() {
    }

    static String text(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** A comma-separated list ({@code @provisions("A, B")}), blanks dropped; empty when absent. */
    static java.util.List<String> list(Rule rule, String key) {
        String s = text(rule, key);
        return s == null ? java.util.List.of() : java.util.Arrays.stream(s.split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
    }
}
