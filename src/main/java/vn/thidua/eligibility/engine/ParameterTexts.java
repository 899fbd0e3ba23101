package vn.thidua.eligibility.engine;

import java.util.Map;

/**
 * A rule's name, description or text with its {@code {param:name}} placeholders filled with
 * parameter values, as the engine fills them for a run: for pages that show a rule as it reads on a
 * date.
 */
public final class ParameterTexts {
    private ParameterTexts() {
    }

    public static String render(String template, Map<String, Object> parameters, boolean vietnamese) {
        return Texts.parameters(template, parameters, vietnamese);
    }
}
