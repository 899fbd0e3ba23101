package vn.thidua.eligibility.engine;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds DRL text with the classic compiler: unlike the executable model it reports every error
 * with its line. Decision tables are first turned into DRL ({@link DecisionTable}). Refuses,
 * before compiling anything, a file that fails {@link DrlSecurityCheck}. Also checks what the
 * service relies on: each rule has an id and a legal basis.
 */
final class RuleCompiler {
    private static final Logger log = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String PREFIX = "src/main/resources/rules/";

    private final KieServices kieServices = KieServices.Factory.get();

    CompiledRules compile(RuleSource source) {
        // by the path the KIE build knows them under, to map its messages back to the rule set's files
        Map<String, RuleText> drl = new LinkedHashMap<>();
        List<RuleProblem> refused = new ArrayList<>();
        source.files().forEach((path, content) -> {
            if (path.endsWith(".drl")) {
                add(RuleText.written(path, content), drl);
            } else if (DecisionTable.isTable(path)) {
                try {
                    add(DecisionTable.toDrl(path, content), drl);
                } catch (RuleCompilationException e) {
                    refused.addAll(e.problems());
                }
            } else if (DecisionTable.isMisnamed(path)) {
                refused.add(DecisionTable.misnamed(path));
            }
        });
        if (drl.isEmpty() && refused.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("(rule set)", 0, 0,
                    "no .drl file or " + RuleSource.DECISION_TABLE + " decision table in the rule set")));
        }
        // Compiling runs code (consequences are Java): nothing is compiled before every file passes the check.
        drl.values().forEach(text -> DrlSecurityCheck.check(text.file(), text.drl()).forEach(p ->
                refused.add(text.problem(p.line(), p.column(), p.message()))));
        if (!refused.isEmpty()) {
            throw new RuleCompilationException(refused);
        }
        ReleaseId releaseId = kieServices.newReleaseId("vn.thidua.rules", "rules-" + source.hash(), "1.0.0");
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((kiePath, text) -> kfs.write(PREFIX + kiePath, text.drl()));
        long t0 = System.nanoTime();
        KieBuilder builder = kieServices.newKieBuilder(kfs, getClass().getClassLoader()).buildAll(DrlProject.class);
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleText text = m.getPath() == null ? null : drl.get(inRuleSet(m.getPath()));
            int line = Math.max(m.getLine(), 0);
            int column = Math.max(m.getColumn(), 0);
            problems.add(text == null ? new RuleProblem(m.getPath() == null ? "(rule set)" : inRuleSet(m.getPath()), line,
                    column, m.getText().strip()) : text.problem(line, column, m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleCompilationException(problems);
        }
        KieContainer container = kieServices.newKieContainer(releaseId, getClass().getClassLoader());
        var kieBase = container.getKieBase();
        List<RuleInfo> rules = describe(kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).toList(), drl, problems);
        if (!problems.isEmpty()) {
            dispose(releaseId);
            throw new RuleCompilationException(problems);
        }
        log.info("Compiled rule set {} ({} rules) in {} ms", source.hash().substring(0, Math.min(12, source.hash().length())),
                rules.size(), (System.nanoTime() - t0) / 1_000_000);
        return new CompiledRules(source.hash(), kieBase, rules, releaseId);
    }

    private static void add(RuleText text, Map<String, RuleText> drl) {
        drl.put(text.kiePath(), text);
    }

    void dispose(ReleaseId releaseId) {
        kieServices.getRepository().removeKieModule(releaseId);
    }

    private static List<RuleInfo> describe(List<Rule> compiled, Map<String, RuleText> drl, List<RuleProblem> problems) {
        if (compiled.isEmpty()) {
            problems.add(new RuleProblem("(rule set)", 0, 0, "the rule set builds no rule at all"));
        }
        Map<String, String> seenIds = new HashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (Rule rule : compiled) {
            RuleText text = textOf(rule, drl);
            String file = text == null ? "(rule set)" : text.file();
            String id = Metadata.text(rule, "id");
            String basis = Metadata.text(rule, "legalBasis");
            int line = text == null ? 0 : text.lineOf(rule.getName());
            if (id == null) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @id(...)"));
            } else if (seenIds.putIfAbsent(id, rule.getName()) != null) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" repeats @id(\"" + id
                        + "\") of rule \"" + seenIds.get(id) + "\""));
            }
            if (basis == null) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @legalBasis(...)"));
            }
            rules.add(new RuleInfo(id, rule.getName(), file, basis, Metadata.text(rule, "descriptionVi"),
                    Metadata.text(rule, "descriptionEn")));
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(r -> String.valueOf(r.id())));
        return rules;
    }

    private static RuleText textOf(Rule rule, Map<String, RuleText> drl) {
        Object resource = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl ? impl.getResource() : null;
        if (resource instanceof org.kie.api.io.Resource r && r.getSourcePath() != null) {
            return drl.get(inRuleSet(r.getSourcePath()));
        }
        return drl.values().stream().filter(t -> lineOf(t.drl(), rule.getName()) > 0).findFirst().orElse(null);
    }

    /**
     * A path as the rule set names it ({@code unit-conditions.drl}): KIE reports the same file as
     * {@code src/main/resources/rules/…} or as {@code rules/…} depending on who reports it.
     */
    private static String inRuleSet(String kiePath) {
        return kiePath.replaceFirst("^(" + PREFIX + "|rules/)", "");
    }

    static int lineOf(String text, String ruleName) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("rule") && l.contains("\"" + ruleName + "\"")) {
                return i + 1;
            }
        }
        return 0;
    }
}
