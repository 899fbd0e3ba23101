package vn.thidua.eligibility.rulesets;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the default rule set of {@code rules/} over hand-made facts, as plain JUnit needs it. */
final class RuleHarness {
    static final Path RULES_FOLDER = Path.of("rules");

    /** The default rule set, compiled once, on first use (tests that only read files don't pay for it). */
    private static final class Default {
        static final RuleEngine ENGINE = new RuleEngine(100_000, 4, new RegisterCitations());
        static final RuleSet RULES = new RuleFolder(RULES_FOLDER.toString()).read();
        static final CompiledRules COMPILED = ENGINE.compile(RULES.source());
    }

    private RuleHarness() {
    }

    /**
     * Annual run of the default rules; units and people among the facts are the subjects. A list
     * among the facts stands for its elements, so a test can pass a builder's batch as it is.
     */
    static Map<SubjectRef, Verdict> annual(int year, LocalDate reference, List<?> facts) {
        return annual(Default.ENGINE, Default.COMPILED, Default.RULES, year, reference, facts);
    }

    /** The verdict on one subject, which must be among the facts. */
    static Verdict annual(Subject subject, int year, LocalDate reference, List<?> facts) {
        return annual(year, reference, facts).get(subject.ref());
    }

    /** Annual run of any compiled rule set, e.g. a modified copy of the rules folder. */
    static Map<SubjectRef, Verdict> annual(RuleEngine engine, CompiledRules compiled, RuleSet rules, int year,
                                           LocalDate reference, List<?> facts) {
        List<Subject> subjects = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        sort(facts, subjects, others);
        List<Verdict> verdicts = engine.evaluate(compiled, Evaluation.annual(year, reference),
                rules.parameters().resolve(reference), new FactGroup(subjects, others));
        return verdicts.stream().collect(Collectors.toMap(v -> v.subject().ref(), Function.identity()));
    }

    /**
     * Phase run of the default rules over the people among the facts (units are not evaluated in a
     * phase run): each is judged, then the qualified are ranked together against the quota.
     */
    static PhaseRun phase(int fromYear, int toYear, LocalDate reference, int quota, List<?> facts) {
        List<Subject> subjects = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        sort(facts, subjects, others);
        Evaluation evaluation = Evaluation.phase(fromYear, toYear, reference, quota);
        var parameters = Default.RULES.parameters().resolve(reference);
        List<Verdict> judged = Default.ENGINE.evaluate(Default.COMPILED, evaluation, parameters,
                new FactGroup(subjects, others));
        List<Verdict> ranked = Default.ENGINE.rank(Default.COMPILED, evaluation, parameters,
                judged.stream().flatMap(v -> v.meritToRank().stream()).toList());
        return new PhaseRun(byRef(judged), byRef(ranked));
    }

    private static Map<SubjectRef, Verdict> byRef(List<Verdict> verdicts) {
        return verdicts.stream().collect(Collectors.toMap(v -> v.subject().ref(), Function.identity()));
    }

    private static void sort(List<?> facts, List<Subject> subjects, List<Object> others) {
        for (Object f : facts) {
            if (f instanceof List<?> batch) {
                sort(batch, subjects, others);
            } else if (f instanceof Unit || f instanceof Person) {
                subjects.add((Subject) f);
            } else {
                others.add(f);
            }
        }
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

    static Explanation exclusion(Verdict v, String code) {
        return v.exclusions().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no exclusion " + code + " in " + v.exclusions()));
    }

    static Explanation deferral(Verdict v, String code) {
        return v.deferrals().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no deferral " + code + " in " + v.deferrals()));
    }

    static List<String> firedRuleIds(Verdict v) {
        return v.trace().stream().map(Firing::ruleId).toList();
    }

    /** Copies the real rules folder into {@code dir}, so a test can break the copy, never the original. */
    static Path copyOfRules(Path dir) {
        try (Stream<Path> files = Files.list(RULES_FOLDER)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from} in a copied rule file; fails if it is not there once. */
    static String edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new AssertionError("expected exactly one \"" + from + "\" in " + file);
            }
            String edited = text.substring(0, at) + to + text.substring(at + from.length());
            Files.writeString(file, edited);
            return edited;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains \"" + needle + "\"");
    }
}
