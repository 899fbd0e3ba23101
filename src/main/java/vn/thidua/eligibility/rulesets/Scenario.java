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
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test scenario of a rule set ({@code tests/*.yaml}): facts in the fact-bundle format, a run
 * and the outcomes (optionally the conditions and exclusions) expected per subject. An annual run
 * has a year; a phase run has its years, the quota and, per person, optionally the rank.
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
 * <pre>
 * description: two qualified, one place
 * kind: PHASE
 * fromYear: 2021
 * toYear: 2025
 * quota: 1
 * referenceDate: 2025-12-15
 * facts: {people: [...], awards: [...], ratings: [...], initiatives: [...]}
 * expect:
 *   - subject: PERSON:A
 *     outcome: PROPOSED
 *     rank: 1
 *     conditions: {PH_A: true, PH_D: false}
 * </pre>
 * A condition expected {@code undetermined} is one the rules could not judge for missing facts.
 */
record Scenario(String file, String description, Evaluation evaluation, FactGroup facts,
                List<Expectation> expectations) {

    /**
     * {@code rank}, {@code conditions}, {@code exclusions} and {@code deferrals} are null when the
     * scenario does not check them; a condition expected undetermined maps to null.
     */
    record Expectation(SubjectRef subject, Outcome outcome, Integer rank, Map<String, Boolean> conditions,
                       List<String> exclusions, List<String> deferrals) {
    }

    /** How a scenario expects a condition that cannot be judged. */
    static final String UNDETERMINED = "undetermined";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Set<String> ANNUAL_KEYS = new LinkedHashSet<>(List.of("description", "kind", "year",
            "referenceDate", "facts", "expect"));
    private static final Set<String> PHASE_KEYS = new LinkedHashSet<>(List.of("description", "kind", "fromYear",
            "toYear", "quota", "referenceDate", "facts", "expect"));
    private static final Set<String> EXPECT_KEYS = new LinkedHashSet<>(List.of("subject", "outcome", "rank",
            "conditions", "exclusions", "deferrals"));

    static boolean isScenario(String path) {
        return path.startsWith("tests/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    RunKind kind() {
        return evaluation.getKind();
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
                    "a scenario is a mapping with " + String.join(", ", ANNUAL_KEYS) + " (kind: ANNUAL) or "
                            + String.join(", ", PHASE_KEYS) + " (kind: PHASE)")));
        }
        String description = root.path("description").asText(file);
        RunKind kind = kind(root.path("kind").asText("ANNUAL"));
        if (kind == null) {
            problems.add(problem(file, "kind: ANNUAL or PHASE, not " + root.path("kind").asText()));
        }
        Set<String> keys = kind == RunKind.PHASE ? PHASE_KEYS : ANNUAL_KEYS;
        root.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                problems.add(problem(file, "unknown key '" + k + "' (" + (kind == null ? "" : "a " + kind + " scenario has ")
                        + String.join(", ", keys) + ")"));
            }
        });
        LocalDate reference = null;
        try {
            reference = LocalDate.parse(root.path("referenceDate").asText());
        } catch (DateTimeParseException e) {
            problems.add(problem(file, "referenceDate: required, a date YYYY-MM-DD"));
        }
        Evaluation evaluation = kind == RunKind.PHASE ? phase(file, root, reference, problems)
                : kind == RunKind.ANNUAL ? annual(file, root, reference, problems) : null;
        FactGroup facts = null;
        try {
            facts = InMemoryBundle.read(root.path("facts").isMissingNode() ? YAML.createObjectNode() : root.get("facts"));
        } catch (RejectedBundleException e) {
            e.errors().forEach(err -> problems.add(problem(file, "facts." + err.path() + ": " + err.message())));
        }
        List<Expectation> expectations = expectations(file, root.path("expect"), kind, problems);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Scenario(file, description, evaluation, facts, expectations);
    }

    private static Evaluation annual(String file, JsonNode root, LocalDate reference, List<RuleProblem> problems) {
        int year = root.path("year").asInt(0);
        if (!year(root, "year")) {
            problems.add(problem(file, "year: required, a year between " + Evaluation.MIN_YEAR + " and " + Evaluation.MAX_YEAR));
            return null;
        }
        return reference == null ? null : Evaluation.annual(year, reference);
    }

    /** Checked as a phase run's request is: the years in order, at most the movement's length, R after them, a quota. */
    private static Evaluation phase(String file, JsonNode root, LocalDate reference, List<RuleProblem> problems) {
        int errors = problems.size();
        for (String key : List.of("fromYear", "toYear")) {
            if (!year(root, key)) {
                problems.add(problem(file, key + ": required in a PHASE scenario, a year between " + Evaluation.MIN_YEAR + " and " + Evaluation.MAX_YEAR));
            }
        }
        int from = root.path("fromYear").asInt(0);
        int to = root.path("toYear").asInt(0);
        if (problems.size() == errors) {
            if (to < from) {
                problems.add(problem(file, "toYear: " + to + " is before fromYear " + from));
            } else if (to - from + 1 > Evaluation.MAX_PHASE_YEARS) {
                problems.add(problem(file, "toYear: a phase spans at most " + Evaluation.MAX_PHASE_YEARS
                        + " years (the movement's period), not " + (to - from + 1)));
            } else if (reference != null && reference.getYear() < to) {
                problems.add(problem(file, "referenceDate: " + reference + " is before the phase's last year " + to
                        + " has begun; the Council considers a phase's awards after it"));
            }
        }
        JsonNode quota = root.path("quota");
        if (!quota.isInt() || quota.asInt() < 0) {
            problems.add(problem(file, "quota: required in a PHASE scenario, the number of Bằng khen the province allots, 0 or more"));
        }
        return problems.size() > errors || reference == null ? null : Evaluation.phase(from, to, reference, quota.asInt());
    }

    private static RunKind kind(String text) {
        try {
            return RunKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean year(JsonNode root, String key) {
        JsonNode node = root.path(key);
        return node.isInt() && node.asInt() >= Evaluation.MIN_YEAR && node.asInt() <= Evaluation.MAX_YEAR;
    }

    private static List<Expectation> expectations(String file, JsonNode expect, RunKind kind, List<RuleProblem> problems) {
        List<Expectation> out = new ArrayList<>();
        if (!expect.isArray() || expect.isEmpty()) {
            problems.add(problem(file, "expect: required, a list of {subject, outcome, "
                    + (kind == RunKind.PHASE ? "rank?, " : "") + "conditions?, exclusions?, deferrals?}"));
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
            Set<Outcome> possible = kind == RunKind.PHASE ? PHASE_OUTCOMES : ANNUAL_OUTCOMES;
            try {
                outcome = Outcome.valueOf(e.path("outcome").asText());
            } catch (IllegalArgumentException ex) {
                // outcome stays null: said just below
            }
            if (outcome == null || kind != null && !possible.contains(outcome)) {
                problems.add(problem(file, at + ".outcome: expected one of " + possible + ", not '" + e.path("outcome").asText() + "'"));
            }
            Integer rank = null;
            if (e.has("rank")) {
                if (kind != RunKind.PHASE) {
                    problems.add(problem(file, at + ".rank: only a PHASE scenario ranks"));
                } else if (!e.get("rank").isInt() || e.get("rank").asInt() < 1) {
                    problems.add(problem(file, at + ".rank: expected a rank, 1 or more"));
                } else {
                    rank = e.get("rank").asInt();
                }
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
            out.add(new Expectation(subject, outcome, rank, conditions, codes(e, "exclusions"), codes(e, "deferrals")));
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

    /** What a run of each kind can decide (a phase's ELIGIBLE is only the step before its ranking). */
    private static final Set<Outcome> ANNUAL_OUTCOMES = EnumSet.complementOf(EnumSet.of(Outcome.PROPOSED,
            Outcome.TIED_AT_QUOTA, Outcome.RESERVE));
    private static final Set<Outcome> PHASE_OUTCOMES = EnumSet.complementOf(EnumSet.of(Outcome.ELIGIBLE));

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
