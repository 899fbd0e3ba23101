package vn.thidua.eligibility.engine;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
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
 * Builds a rule set in three steps, and nothing of it runs before the last one has passed:
 * <ol>
 * <li>{@link DrlSecurityCheck} reads each DRL file (a decision table's generated DRL too) and
 * refuses, by line, anything outside the fact model: the first and friendlier message.</li>
 * <li>Drools builds it as an <em>executable model</em>: every constraint, binding, {@code from},
 * {@code eval}, accumulate and consequence becomes a Java class. Should that fail, the classic
 * build is asked for the errors, since it names every one with its line.</li>
 * <li>{@link BytecodeCheck} reads every one of those classes and refuses any reference outside
 * {@link RuleAllowList}: the guarantee, since it checks what actually runs. Only then is a
 * container made and the KieBase created (which already runs constant expressions).</li>
 * </ol>
 * Also checks what the service relies on: each rule has an id and names provisions (or, written
 * before the legal register, gives a legal basis text).
 */
final class RuleCompiler {
    private static final Logger log = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String PREFIX = "src/main/resources/rules/";

    private final KieServices kieServices = KieServices.Factory.get();
    private final boolean tokenCheck;

    RuleCompiler() {
        this(true);
    }

    /** {@code tokenCheck=false} only for tests that prove the bytecode check holds on its own. */
    RuleCompiler(boolean tokenCheck) {
        this.tokenCheck = tokenCheck;
    }

    CompiledRules compile(RuleSource source) {
        return compile(source, Citations.Source.AS_NAMED);
    }

    /** {@code citations}: how the compiled rules will cite on a date, read from the same source. */
    CompiledRules compile(RuleSource source, Citations.Source citations) {
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
        if (tokenCheck) {
            drl.values().forEach(text -> DrlSecurityCheck.check(text.file(), text.drl()).forEach(p ->
                    refused.add(text.problem(p.line(), p.column(), p.message()))));
        }
        if (!refused.isEmpty()) {
            throw new RuleCompilationException(refused);
        }
        long t0 = System.nanoTime();
        ReleaseId releaseId = releaseId(source, "");
        KieBuilder builder;
        List<RuleProblem> failed;
        try {
            builder = build(releaseId, drl, ExecutableModelProject.class);
            failed = problems(builder, drl);
        } catch (RuntimeException e) {
            // Drools' model compiler throws on some constructs it cannot translate instead of reporting them
            builder = null;
            failed = List.of(new RuleProblem("(rule set)", 0, 0, "the rules cannot be built: " + e.getMessage()));
        }
        if (!failed.isEmpty()) {
            dispose(releaseId);
            List<RuleProblem> classic = classicErrors(source, drl);
            throw new RuleCompilationException(classic.isEmpty() ? failed : classic);
        }
        long built = System.nanoTime();
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> files = new LinkedHashMap<>();
        module.getFileNames().forEach(name -> files.put(name, module.getBytes(name)));
        List<RuleProblem> unsafe = BytecodeCheck.check(BytecodeCheck.classesOf(files), getClass().getClassLoader())
                .stream().map(v -> problem(v, drl)).distinct().toList();
        long checked = System.nanoTime();
        if (!unsafe.isEmpty()) {
            dispose(releaseId);
            throw new RuleCompilationException(unsafe);
        }
        KieContainer container = kieServices.newKieContainer(releaseId, getClass().getClassLoader());
        var kieBase = container.getKieBase();
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleInfo> rules = describe(kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).toList(), drl, problems);
        if (!problems.isEmpty()) {
            dispose(releaseId);
            throw new RuleCompilationException(problems);
        }
        log.info("Compiled rule set {} ({} rules) in {} ms, of which {} ms checking {} classes", source.hash().substring(0,
                Math.min(12, source.hash().length())), rules.size(), (System.nanoTime() - t0) / 1_000_000,
                (checked - built) / 1_000_000, files.keySet().stream().filter(n -> n.endsWith(".class")).count());
        return new CompiledRules(source.hash(), kieBase, rules, releaseId, citations.of(source));
    }

    private ReleaseId releaseId(RuleSource source, String suffix) {
        return kieServices.newReleaseId("vn.thidua.rules", "rules-" + source.hash() + suffix, "1.0.0");
    }

    private KieBuilder build(ReleaseId releaseId, Map<String, RuleText> drl, Class<? extends KieBuilder.ProjectType> kind) {
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((kiePath, text) -> kfs.write(PREFIX + kiePath, text.drl()));
        return kieServices.newKieBuilder(kfs, getClass().getClassLoader()).buildAll(kind);
    }

    /**
     * The classic build's errors, each with its file and line; asked for only when the executable
     * model fails, and its module is never used to run anything.
     */
    private List<RuleProblem> classicErrors(RuleSource source, Map<String, RuleText> drl) {
        ReleaseId releaseId = releaseId(source, "-classic");
        try {
            return problems(build(releaseId, drl, DrlProject.class), drl);
        } catch (RuntimeException e) {
            return List.of();
        } finally {
            dispose(releaseId);
        }
    }

    private static List<RuleProblem> problems(KieBuilder builder, Map<String, RuleText> drl) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleText text = m.getPath() == null ? null : drl.get(inRuleSet(m.getPath()));
            int line = Math.max(m.getLine(), 0);
            int column = Math.max(m.getColumn(), 0);
            problems.add(text == null ? new RuleProblem(m.getPath() == null ? "(rule set)" : inRuleSet(m.getPath()), line,
                    column, m.getText().strip()) : text.problem(line, column, m.getText().strip()));
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems;
    }

    /** A bytecode refusal at the rule (and file, and line) whose code it is. */
    private static RuleProblem problem(BytecodeCheck.Violation v, Map<String, RuleText> drl) {
        if (v.rules().isEmpty()) {
            return new RuleProblem("(rule set)", 0, 0, "security: generated class "
                    + v.className().substring(v.className().lastIndexOf('/') + 1) + " " + v.what());
        }
        String rule = v.rules().get(0);
        String message = "security: rule \"" + rule + "\" " + v.what() + (v.rules().size() == 1 ? ""
                : " (the same code serves " + (v.rules().size() - 1) + " more rule(s): \""
                + String.join("\", \"", v.rules().subList(1, v.rules().size())) + "\")");
        return drl.values().stream().filter(t -> lineOf(t.drl(), rule) > 0).findFirst()
                .map(t -> t.problem(lineOf(t.drl(), rule), 0, message))
                .orElse(new RuleProblem("(rule set)", 0, 0, message));
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
            List<String> provisions = Metadata.list(rule, "provisions");
            int line = text == null ? 0 : text.lineOf(rule.getName());
            if (id == null) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @id(...)"));
            } else if (seenIds.putIfAbsent(id, rule.getName()) != null) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" repeats @id(\"" + id
                        + "\") of rule \"" + seenIds.get(id) + "\""));
            }
            if (basis == null && provisions.isEmpty()) {
                problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName()
                        + "\" has no @provisions(...) naming the provisions it implements (nor an older @legalBasis(...) text)"));
            }
            rules.add(new RuleInfo(id, rule.getName(), file, provisions, basis, Metadata.text(rule, "descriptionVi"),
                    Metadata.text(rule, "descriptionEn"), line));
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
