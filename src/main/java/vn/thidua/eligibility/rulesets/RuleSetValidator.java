package vn.thidua.eligibility.rulesets;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleInfo;
import vn.thidua.eligibility.engine.RuleSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every problem of a rule set, each with its file and line: parameters.yaml, provisions.yaml and
 * organisation.yaml errors, parameters the rules use but the file lacks, provisions a rule names but
 * the register lacks, refusals of the security check, Drools build errors, and test
 * scenarios that cannot be read.
 */
@Component
class RuleSetValidator {
    /** How the rules read a parameter: {@code Parameter(name == "unit.fullScoreShare.min")}. */
    private static final Pattern PARAMETER_USE = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final RuleEngine engine;

    RuleSetValidator(RuleEngine engine) {
        this.engine = engine;
    }

    List<RuleProblem> validate(Map<String, String> given) {
        SortedMap<String, String> files = new TreeMap<>(given);
        List<RuleProblem> problems = new ArrayList<>();
        RuleSet ruleSet = null;
        try {
            ruleSet = RuleSet.of(files);
            undefinedParameters(ruleSet, problems);
            phaseSubjectTypes(ruleSet, problems);
        } catch (InvalidParametersException e) {
            e.problems().forEach(p -> problems.add(new RuleProblem(p.file(), p.line(), 0, p.message())));
        }
        try {
            CompiledRules compiled = engine.compile(RuleSource.of(RuleSet.hashOf(files), files));
            if (ruleSet != null) {
                unknownProvisions(compiled.rules(), ruleSet.provisions(), problems);
            }
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        files.forEach((path, text) -> {
            if (Scenario.isScenario(path)) {
                problems.addAll(Scenario.problemsOf(path, text));
            }
        });
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return problems;
    }

    /** A rule that names a provision the register lacks, at the rule's line. */
    private static void unknownProvisions(List<RuleInfo> rules, ProvisionRegister register, List<RuleProblem> problems) {
        for (RuleInfo rule : rules) {
            for (String code : rule.provisions()) {
                if (register.get(code).isEmpty()) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), 0, "rule \"" + rule.name() + "\" ("
                            + rule.id() + ") names the provision " + code + ", which " + ProvisionRegister.FILE
                            + " does not define"));
                }
            }
        }
    }

    /** The parameter the engine reads itself, not the rules: each of its values must name subject types. */
    private static void phaseSubjectTypes(RuleSet ruleSet, List<RuleProblem> problems) {
        ParameterTable.Definition d = ruleSet.parameters().definitions().get(RuleEngine.PHASE_SUBJECT_TYPES);
        if (d == null) {
            return;
        }
        String[] lines = ruleSet.files().get(RuleSet.PARAMETERS_FILE).split("\n", -1);
        int line = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            if (lines[i].startsWith(RuleEngine.PHASE_SUBJECT_TYPES + ":")) {
                line = i + 1;
            }
        }
        for (ParameterTable.DatedValue v : d.values()) {
            try {
                RuleEngine.subjectTypes(v.value());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(RuleSet.PARAMETERS_FILE, line, 0, RuleEngine.PHASE_SUBJECT_TYPES
                        + " from " + v.from() + ": " + e.getMessage()));
            }
        }
    }

    private static void undefinedParameters(RuleSet ruleSet, List<RuleProblem> problems) {
        ruleSet.files().forEach((path, text) -> {
            if (!path.endsWith(".drl")) {
                return;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = PARAMETER_USE.matcher(lines[i]);
                while (m.find()) {
                    if (!ruleSet.parameters().definitions().containsKey(m.group(1))) {
                        problems.add(new RuleProblem(path, i + 1, m.start(1) + 1, "the rules use the parameter \""
                                + m.group(1) + "\" but " + RuleSet.PARAMETERS_FILE + " does not define it"));
                    }
                }
            }
        });
    }
}
