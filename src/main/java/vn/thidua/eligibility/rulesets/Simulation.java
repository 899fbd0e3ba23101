package vn.thidua.eligibility.rulesets;

import java.util.Locale;
import vn.thidua.eligibility.web.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Evaluators;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.OrderedPipeline;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.model.Decision;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.SubjectRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluates a candidate version and the active one on the same stored facts, group by group, and
 * keeps only the subjects whose outcome, conditions or exclusions differ. Nothing is stored. The
 * groups are evaluated on the engine's {@link Evaluators} while the next ones are read, and compared
 * in the order read, so the report is the same whatever the threads; only a few groups are held at a
 * time. One subject alone is read and evaluated on its own ({@link FactGroups#groupOf}).
 */
@Component
public class Simulation {
    private final RuleEngine engine;
    private final FactGroups factGroups;
    private final Evaluators evaluators;
    private final int unitsPerGroup;

    Simulation(RuleEngine engine, FactGroups factGroups, Evaluators evaluators,
               @Value("${eligibility.runs.units-per-group:4}") int unitsPerGroup) {
        this.engine = engine;
        this.factGroups = factGroups;
        this.evaluators = evaluators;
        this.unitsPerGroup = unitsPerGroup;
    }

    /**
     * @param subject the subject asked about, decided under both versions whether it changes or not;
     *                absent when the whole organisation was simulated
     */
    public record Report(int version, int activeVersion, int year, LocalDate referenceDate, int subjects,
                  Map<Outcome, Count> summary, List<Change> changes,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Change subject) {
    }

    /** Subjects who reach the outcome with the candidate and did not before, and those who no longer do. */
    public record Count(int gained, int lost) {
    }

    /** @param conditions null for a condition that could not be judged; @param exclusions and the deferrals */
    public record Side(Outcome outcome, Map<String, Boolean> conditions, List<String> exclusions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionChange(String code, Boolean before, Boolean after, String textBefore, String textAfter) {
    }

    /** One subject under the active version (before) and the candidate (after); nothing differs when {@link #changed} is false. */
    public record Change(String subject, String name, Side before, Side after, List<ConditionChange> changedConditions,
                  List<String> rules) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** What both versions need to decide a group: compiled (from the engine's cache), with their parameters. */
    private record Versions(CompiledRules before, List<Parameter> beforeParameters, CompiledRules after,
                            List<Parameter> afterParameters, Evaluation evaluation, boolean english) {

        Versions(RuleEngine engine, RuleSet candidate, RuleSet active, int year, LocalDate referenceDate, Locale locale) {
            this(engine.compile(active.source()), active.parameters().resolve(referenceDate),
                    engine.compile(candidate.source()), candidate.parameters().resolve(referenceDate),
                    Evaluation.annual(year, referenceDate), Language.english(locale));
        }

        List<Verdict> before(RuleEngine engine, FactGroup group) {
            return engine.evaluate(before, evaluation, beforeParameters, group);
        }

        List<Verdict> after(RuleEngine engine, FactGroup group) {
            return engine.evaluate(after, evaluation, afterParameters, group);
        }

        /** Every subject of the group under both versions, in the group's subject order. */
        List<Change> compare(List<Verdict> was, List<Verdict> is) {
            List<Change> changes = new ArrayList<>(was.size());
            for (int i = 0; i < was.size(); i++) {
                changes.add(Simulation.compare(was.get(i), is.get(i), english));
            }
            return changes;
        }
    }

    Report run(int candidateVersion, RuleSet candidate, int activeVersion, RuleSet active, int year,
               LocalDate referenceDate, Locale locale) {
        Versions versions = new Versions(engine, candidate, active, year, referenceDate, locale);
        List<Change> changes = new ArrayList<>();
        int[] subjects = {0};
        // only the changes are kept: the groups' verdicts are dropped as each group is compared
        OrderedPipeline<List<Change>> pipeline = evaluators.inOrder(
                decided -> decided.stream().filter(Change::changed).forEach(changes::add));
        factGroups.forEachGroup(year, year, referenceDate, unitsPerGroup, group -> {
            subjects[0] += group.subjects().size();
            pipeline.submit(() -> versions.compare(versions.before(engine, group), versions.after(engine, group)));
        });
        pipeline.finish();
        return new Report(candidateVersion, activeVersion, year, referenceDate, subjects[0], summary(changes), changes, null);
    }

    /**
     * One subject under both versions, read and decided alone: the same decision as in {@link #run}.
     * Empty when there is no such subject.
     */
    Optional<Report> subject(int candidateVersion, RuleSet candidate, int activeVersion, RuleSet active, int year,
                             LocalDate referenceDate, SubjectRef subject, Locale locale) {
        Versions versions = new Versions(engine, candidate, active, year, referenceDate, locale);
        return factGroups.groupOf(subject, year, year, referenceDate).map(group -> {
            // the two versions side by side, each on an evaluator: the answer waits for one session, not two
            List<List<Verdict>> decided = new ArrayList<>(2);
            OrderedPipeline<List<Verdict>> pipeline = evaluators.inOrder(decided::add);
            pipeline.submit(() -> versions.before(engine, group));
            pipeline.submit(() -> versions.after(engine, group));
            pipeline.finish();
            Change change = versions.compare(decided.get(0), decided.get(1)).stream()
                    .filter(c -> c.subject().equals(subject.toString())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no verdict for " + subject + " in its own group"));
            List<Change> changes = change.changed() ? List.of(change) : List.of();
            return new Report(candidateVersion, activeVersion, year, referenceDate, 1, summary(changes), changes, change);
        });
    }

    private static Map<Outcome, Count> summary(List<Change> changes) {
        Map<Outcome, Count> summary = new EnumMap<>(Outcome.class);
        for (Change c : changes) {
            if (c.before().outcome() != c.after().outcome()) {
                summary.merge(c.after().outcome(), new Count(1, 0), Simulation::add);
                summary.merge(c.before().outcome(), new Count(0, 1), Simulation::add);
            }
        }
        return summary;
    }

    /** The subject's two decisions, with what differs and the rules that made the difference (none when nothing does). */
    private static Change compare(Verdict was, Verdict is, boolean english) {
        Side before = side(was);
        Side after = side(is);
        String subject = was.subject().ref().toString();
        if (before.equals(after)) {
            return new Change(subject, was.subject().getName(), before, after, List.of(), List.of());
        }
        List<ConditionChange> changed = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(before.conditions().keySet());
        codes.addAll(after.conditions().keySet());
        TreeSet<String> rules = new TreeSet<>();
        for (String code : codes) {
            Boolean b = before.conditions().get(code);
            Boolean a = after.conditions().get(code);
            Explanation eb = find(was.conditions(), code);
            Explanation ea = find(is.conditions(), code);
            boolean textChanged = !Objects.equals(text(eb, english), text(ea, english));
            if (!Objects.equals(b, a) || textChanged) {
                changed.add(new ConditionChange(code, b, a, text(eb, english), text(ea, english)));
                addRule(eb, rules);
                addRule(ea, rules);
            }
        }
        TreeSet<String> exclusions = new TreeSet<>(before.exclusions());
        exclusions.addAll(after.exclusions());
        for (String code : exclusions) {
            if (before.exclusions().contains(code) != after.exclusions().contains(code)) {
                addRule(find(blockers(was), code), rules);
                addRule(find(blockers(is), code), rules);
            }
        }
        if (before.outcome() != after.outcome()) {
            decidingRule(was.trace(), rules);
            decidingRule(is.trace(), rules);
        }
        return new Change(subject, was.subject().getName(), before, after, changed, List.copyOf(rules));
    }

    private static String text(Explanation e, boolean english) {
        return e == null ? null : english ? e.textEn() : e.textVi();
    }

    private static Side side(Verdict v) {
        Map<String, Boolean> conditions = new TreeMap<>();
        v.conditions().forEach(c -> conditions.put(c.code(), c.met()));
        return new Side(v.outcome(), conditions, blockers(v).stream().map(Explanation::code).sorted().toList());
    }

    /** What stands in the way on R: the exclusions, then the deferrals (their codes differ). */
    private static List<Explanation> blockers(Verdict v) {
        List<Explanation> all = new java.util.ArrayList<>(v.exclusions());
        all.addAll(v.deferrals());
        return all;
    }

    private static Explanation find(List<Explanation> explanations, String code) {
        return explanations.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }

    private static void addRule(Explanation e, TreeSet<String> rules) {
        if (e != null && e.ruleId() != null) {
            rules.add(e.ruleId());
        }
    }

    private static void decidingRule(List<Firing> trace, TreeSet<String> rules) {
        trace.stream().filter(f -> f.concluded().stream().anyMatch(Decision.class::isInstance))
                .map(Firing::ruleId).filter(Objects::nonNull).forEach(rules::add);
    }

    private static Count add(Count a, Count b) {
        return new Count(a.gained() + b.gained(), a.lost() + b.lost());
    }
}
