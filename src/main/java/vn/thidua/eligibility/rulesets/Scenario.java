package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.facts.InMemoryBundle;
import vn.thidua.eligibility.facts.RejectedBundleException;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test scenario of a rule set ({@code tests/*.yaml}): facts in the fact-bundle format, a run
 * (kind, year, reference date) and the outcomes (optionally the conditions and exclusions) expected
 * per subject.
 * <pre>
 * description: U1 is met at exactly 80%
 * kind: ANNUAL
 * year: 2024
 * referenceDate: 2025-01-15
 * facts: {units: [...], criteria: [...]}
 * expect:
 *   - subject: UNIT:A
 *     outcome: ELIGIBLE
 *     conditions: {U1: true, U2: undetermined}
 *     exclusions: []
 *     deferrals: []
 * </pre>
 * A condition expected {@code undetermined} is one the rules could not judge for missing facts.
 */
record Scenario(String file, String description, RunKind kind, int year, LocalDate referenceDate, FactGroup facts,
                List<Expectation> expectations) {

    /**
     * {@code conditions}, {@code exclusions} and {@code deferrals} are null when the scenario does not
     * check them; a condition expected undetermined maps to null.
     */
    record Expectation(SubjectRef subject, Outcome outcome, Map<String, Boolean> conditions, List<String> exclusions,
                       List<String> deferrals) {
    }

    /** How a scenario expects a condition that cannot be judged. */
    static final String UNDETERMINED = "undetermined";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Set<String> KEYS = Set.of("description", "kind", "year", "referenceDate", "facts", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("subject", "outcome", "conditions", "exclusions", "deferrals");

    static boolean isScenario(String path) {
        return path.startsWith("tests/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    static List<RuleProblem> problemsOf(String file, String text) {
        try {
            parse(file, text);
            return List.of();
        } catch (InvalidScenarioException e) {
            return e.problems;
        }
    }

    static Scenario parse(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidScenarioException(List.of(new RuleProblem(file, Math.max(line, 0), 0,
                    "YAML syntax: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException(List.of(new RuleProblem(file, 0, 0,
                    "a scenario is a mapping with " + String.join(", ", KEYS))));
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                problems.add(problem(file, "unknown key '" + k + "' (expected " + String.join(", ", KEYS) + ")"));
            }
        });
        String description = root.path("description").asText(file);
        RunKind kind = RunKind.ANNUAL;
        if (!"ANNUAL".equals(root.path("kind").asText("ANNUAL"))) {
            problems.add(problem(file, "kind: only ANNUAL scenarios can be run, not " + root.path("kind").asText()));
        }
        int year = root.path("year").asInt(0);
        if (!root.path("year").isInt() || year < 2000 || year > 2100) {
            problems.add(problem(file, "year: required, a year between 2000 and 2100"));
        }
        LocalDate reference = null;
        try {
            reference = LocalDate.parse(root.path("referenceDate").asText());
        } catch (DateTimeParseException e) {
            problems.add(problem(file, "referenceDate: required, a date YYYY-MM-DD"));
        }
        FactGroup facts = null;
        try {
            facts = InMemoryBundle.read(root.path("facts").isMissingNode() ? YAML.createObjectNode() : root.get("facts"));
        } catch (RejectedBundleException e) {
            e.errors().forEach(err -> problems.add(problem(file, "facts." + err.path() + ": " + err.message())));
        }
        List<Expectation> expectations = expectations(file, root.path("expect"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Scenario(file, description, kind, year, reference, facts, expectations);
    }

    private static List<Expectation> expectations(String file, JsonNode expect, List<RuleProblem> problems) {
        List<Expectation> out = new ArrayList<>();
        if (!expect.isArray() || expect.isEmpty()) {
            problems.add(problem(file, "expect: required, a list of {subject, outcome, conditions?, exclusions?, deferrals?}"));
            return out;
        }
        for (int i = 0; i < expect.size(); i++) {
            JsonNode e = expect.get(i);
            String at = "expect[" + i + "]";
            for (Iterator<String> keys = e.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!EXPECT_KEYS.contains(key)) {
                    problems.add(problem(file, at + ": unknown key '" + key + "' (expected " + String.join(", ", EXPECT_KEYS) + ")"));
                }
            }
            SubjectRef subject = subject(e.path("subject").asText());
            if (subject == null) {
                problems.add(problem(file, at + ".subject: expected UNIT:<code> or PERSON:<code>, not '" + e.path("subject").asText() + "'"));
            }
            Outcome outcome = null;
            try {
                outcome = Outcome.valueOf(e.path("outcome").asText());
            } catch (IllegalArgumentException ex) {
                problems.add(problem(file, at + ".outcome: expected ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED, DEFERRED or EXCLUDED, not '"
                        + e.path("outcome").asText() + "'"));
            }
            Map<String, Boolean> conditions = null;
            if (e.has("conditions")) {
                conditions = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = e.get("conditions").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    if (UNDETERMINED.equals(c.getValue().asText())) {
                        conditions.put(c.getKey(), null);
                        continue;
                    }
                    if (!c.getValue().isBoolean()) {
                        problems.add(problem(file, at + ".conditions." + c.getKey() + ": expected true, false or " + UNDETERMINED));
                    }
                    conditions.put(c.getKey(), c.getValue().asBoolean());
                }
            }
            out.add(new Expectation(subject, outcome, conditions, codes(e, "exclusions"), codes(e, "deferrals")));
        }
        return out;
    }

    private static List<String> codes(JsonNode expectation, String key) {
        if (!expectation.has(key)) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode x : expectation.get(key)) {
            codes.add(x.asText());
        }
        codes.sort(null);
        return codes;
    }

    private static SubjectRef subject(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            return null;
        }
        try {
            return new SubjectRef(SubjectType.valueOf(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static RuleProblem problem(String file, String message) {
        return new RuleProblem(file, 0, 0, message);
    }

    /** The scenario file cannot be used; every problem is listed. */
    static final class InvalidScenarioException extends RuntimeException {
        private final transient List<RuleProblem> problems;

        InvalidScenarioException(List<RuleProblem> problems) {
            super(problems.toString());
            this.problems = problems;
        }

        List<RuleProblem> problems() {
            return problems;
        }
    }
}
