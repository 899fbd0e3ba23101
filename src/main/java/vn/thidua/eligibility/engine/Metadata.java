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
}
