package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.SubjectRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a rule set's scenarios in memory: nothing is read from or written to the fact tables. A
 * phase scenario is decided in the two steps of a phase run ({@link RuleEngine#decide}). The report
 * says, for every rule of the rule set, how many scenarios fired it (rule coverage).
 */
@Component
public class ScenarioRunner {
    private final RuleEngine engine;

    ScenarioRunner(RuleEngine engine) {
        this.engine = engine;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(int version, boolean passed, int scenarios, int expectations, int failed, List<ScenarioResult> results,
                         RuleCoverage coverage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioResult(String file, String description, String kind, boolean passed, List<RuleProblem> problems,
                                 List<Check> checks, List<String> firedRules) {
    }

    /**
     * One expectation, what was expected and what the rules decided; {@code failures} names each part
     * of the expectation that the decision does not meet ({@code rank: expected 1, the rules ranked 2}).
     * A condition the rules could not judge (missing facts) maps to null in the conditions.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String subject, boolean passed, List<String> failures, String expectedOutcome, String actualOutcome,
                        Integer expectedRank, Integer actualRank,
                        Map<String, Boolean> expectedConditions, Map<String, Boolean> actualConditions,
                        List<String> expectedExclusions, List<String> actualExclusions, List<String> expectedDeferrals,
                        List<String> actualDeferrals, Map<String, String> explanations) {
    }

    /** Requires the rule set to compile: validation comes first. */
    Report run(int version, RuleSet ruleSet) {
        List<ScenarioResult> results = new ArrayList<>();
        CompiledRules compiled = engine.compile(ruleSet.source());
        ruleSet.files().forEach((path, text) -> {
            if (Scenario.isScenario(path)) {
                results.add(run(path, text, ruleSet, compiled));
            }
        });
        int expectations = results.stream().mapToInt(r -> r.checks() == null ? 1 : r.checks().size()).sum();
        int failed = results.stream().mapToInt(r -> r.checks() == null ? 1
                : (int) r.checks().stream().filter(c -> !c.passed()).count()).sum();
        RuleCoverage coverage = RuleCoverage.of(compiled.rules(), results.stream()
                .map(r -> r.firedRules() == null ? Set.<String>of() : Set.copyOf(r.firedRules())).toList());
        return new Report(version, failed == 0, results.size(), expectations, failed, results, coverage);
    }

    private ScenarioResult run(String path, String text, RuleSet ruleSet, CompiledRules compiled) {
        Scenario scenario;
        try {
            scenario = Scenario.parse(path, text);
        } catch (Scenario.InvalidScenarioException e) {
            return new ScenarioResult(path, null, null, false, e.problems(), null, null);
        }
        String kind = scenario.kind().name();
        RuleEngine.Decided decided;
        try {
            decided = engine.decide(compiled, scenario.evaluation(),
                    ruleSet.parameters().resolve(scenario.evaluation().getReferenceDate()), scenario.facts());
        } catch (RuntimeException e) {
            return new ScenarioResult(path, scenario.description(), kind, false,
                    List.of(new RuleProblem(path, 0, 0, "the rules could not decide: " + e.getMessage())), null, null);
        }
        Map<SubjectRef, Verdict> bySubject = new LinkedHashMap<>();
        decided.verdicts().forEach(v -> bySubject.put(v.subject().ref(), v));
        List<Check> checks = new ArrayList<>();
        for (Scenario.Expectation e : scenario.expectations()) {
            checks.add(check(e, bySubject.get(e.subject())));
        }
        return new ScenarioResult(path, scenario.description(), kind, checks.stream().allMatch(Check::passed), null, checks,
                List.copyOf(decided.firedRules()));
    }

    private static Check check(Scenario.Expectation e, Verdict v) {
        String subject = e.subject().type() + ":" + e.subject().code();
        if (v == null) {
            return new Check(subject, false, List.of("subject: not among the subjects the scenario's run decides"),
                    e.outcome().name(), null, e.rank(), null, e.conditions(), null, e.exclusions(), null, e.deferrals(),
                    null, Map.of("error", "no such subject among the subjects the scenario's run decides"));
        }
        Map<String, Boolean> actualConditions = new TreeMap<>();
        Map<String, String> explanations = new TreeMap<>();
        for (Explanation c : v.conditions()) {
            actualConditions.put(c.code(), c.met());
            explanations.put(c.code(), c.textEn());
        }
        List<String> actualExclusions = v.exclusions().stream().map(Explanation::code).sorted().toList();
        v.exclusions().forEach(x -> explanations.put(x.code(), x.textEn()));
        List<String> actualDeferrals = v.deferrals().stream().map(Explanation::code).sorted().toList();
        v.deferrals().forEach(x -> explanations.put(x.code(), x.textEn()));
        if (v.ranking() != null) {
            explanations.put("rank", v.ranking().textEn());
        }
        List<String> failures = new ArrayList<>();
        if (e.outcome() != v.outcome()) {
            failures.add("outcome: expected " + e.outcome() + ", the rules decided " + v.outcome());
        }
        if (e.rank() != null && !e.rank().equals(v.rank())) {
            failures.add("rank: expected " + e.rank() + ", the rules " + (v.rank() == null ? "did not rank it" : "ranked " + v.rank()));
        }
        if (e.conditions() != null) {
            e.conditions().forEach((code, met) -> {
                // containsKey too: an undetermined condition is null, and so is one the rules never measured
                if (!actualConditions.containsKey(code) || !Objects.equals(actualConditions.get(code), met)) {
                    failures.add("conditions." + code + ": expected " + judged(met) + ", the rules found "
                            + (actualConditions.containsKey(code) ? judged(actualConditions.get(code)) : "no such condition"));
                }
            });
        }
        if (e.exclusions() != null && !e.exclusions().equals(actualExclusions)) {
            failures.add("exclusions: expected " + e.exclusions() + ", the rules found " + actualExclusions);
        }
        if (e.deferrals() != null && !e.deferrals().equals(actualDeferrals)) {
            failures.add("deferrals: expected " + e.deferrals() + ", the rules found " + actualDeferrals);
        }
        return new Check(subject, failures.isEmpty(), failures.isEmpty() ? null : failures, e.outcome().name(),
                v.outcome().name(), e.rank(), v.rank(), e.conditions(), actualConditions, e.exclusions(),
                actualExclusions, e.deferrals(), actualDeferrals, explanations);
    }

    private static String judged(Boolean met) {
        return met == null ? Scenario.UNDETERMINED : met.toString();
    }
}
