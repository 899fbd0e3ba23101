package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the default rule set of {@code rules/} over hand-made facts, as plain JUnit needs it. */
final class RuleHarness {
    private static final RuleEngine ENGINE = new RuleEngine(100_000, 4);
    private static final RuleSet RULES = new RuleFolder("rules").read();
    private static final CompiledRules COMPILED = ENGINE.compile(RULES.source());

    private RuleHarness() {
    }

    static Map<SubjectRef, Verdict> annual(int year, LocalDate reference, List<?> facts) {
        List<Subject> subjects = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Unit || f instanceof Person) {
                subjects.add((Subject) f);
            } else {
                others.add(f);
            }
        }
        List<Verdict> verdicts = ENGINE.evaluate(COMPILED, Evaluation.annual(year, reference),
                RULES.parameters().resolve(reference), new FactGroup(subjects, others));
        return verdicts.stream().collect(Collectors.toMap(v -> v.subject().ref(), Function.identity()));
    }

    static SubjectRef unit(String code) {
        return new SubjectRef(SubjectType.UNIT, code);
    }

    static SubjectRef person(String code) {
        return new SubjectRef(SubjectType.PERSON, code);
    }

    static Explanation condition(Verdict v, String code) {
        return v.conditions().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no condition " + code + " in " + v.conditions()));
    }

    static List<String> firedRuleIds(Verdict v) {
        return v.trace().stream().map(Firing::ruleId).toList();
    }
}
