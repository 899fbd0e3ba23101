package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.SubjectRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Runs a rule set's scenarios in memory: nothing is read from or written to the fact tables. */
@Component
public class ScenarioRunner {
    private final RuleEngine engine;

    ScenarioRunner(RuleEngine engine) {
        this.engine = engine;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(int version, boolean passed, int scenarios, int expectations, int failed, List<ScenarioResult> results) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioResult(String file, String description, boolean passed, List<RuleProblem> problems,
                          List<Check> checks) {
    }

    /**
     * One expectation, what was expected and what the rules decided. A condition the rules could not
     * judge (missing facts) maps to null in the conditions.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String subject, boolean passed, String expectedOutcome, String actualOutcome,
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
        return new Report(version, failed == 0, results.size(), expectations, failed, results);
    }

    private ScenarioResult run(String path, String text, RuleSet ruleSet, CompiledRules compiled) {
        Scenario scenario;
        try {
            scenario = Scenario.parse(path, text);
        } catch (Scenario.InvalidScenarioException e) {
            return new ScenarioResult(path, null, false, e.problems(), null);
        }
        List<Verdict> verdicts;
        try {
            verdicts = engine.evaluate(compiled, Evaluation.annual(scenario.year(), scenario.referenceDate()),
                    ruleSet.parameters().resolve(scenario.referenceDate()), scenario.facts());
        } catch (RuntimeException e) {
            return new ScenarioResult(path, scenario.description(), false,
                    List.of(new RuleProblem(path, 0, 0, "the rules could not decide: " + e.getMessage())), null);
        }
        Map<SubjectRef, Verdict> bySubject = new LinkedHashMap<>();
        verdicts.forEach(v -> bySubject.put(v.subject().ref(), v));
        List<Check> checks = new ArrayList<>();
        for (Scenario.Expectation e : scenario.expectations()) {
            Verdict v = bySubject.get(e.subject());
            String subject = e.subject().type() + ":" + e.subject().code();
            if (v == null) {
                checks.add(new Check(subject, false, e.outcome().name(), null, e.conditions(), null, e.exclusions(),
                        null, e.deferrals(), null, Map.of("error", "no such subject among the scenario's facts")));
                continue;
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
            // containsKey too: an undetermined condition is null, and so is one the rules never measured
            boolean passed = e.outcome() == v.outcome()
                    && (e.conditions() == null || e.conditions().entrySet().stream()
                    .allMatch(c -> actualConditions.containsKey(c.getKey())
                            && Objects.equals(actualConditions.get(c.getKey()), c.getValue())))
                    && (e.exclusions() == null || e.exclusions().equals(actualExclusions))
                    && (e.deferrals() == null || e.deferrals().equals(actualDeferrals));
            checks.add(new Check(subject, passed, e.outcome().name(), v.outcome().name(), e.conditions(),
                    actualConditions, e.exclusions(), actualExclusions, e.deferrals(), actualDeferrals, explanations));
        }
        return new ScenarioResult(path, scenario.description(), checks.stream().allMatch(Check::passed), null, checks);
    }
}
