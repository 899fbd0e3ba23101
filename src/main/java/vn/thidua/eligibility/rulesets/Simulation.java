package vn.thidua.eligibility.rulesets;

import java.util.Locale;
import vn.thidua.eligibility.web.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.model.Decision;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluates a candidate version and the active one on the same stored facts, group by group, and
 * keeps only the subjects whose outcome, conditions or exclusions differ. Nothing is stored.
 */
@Component
public class Simulation {
    private final RuleEngine engine;
    private final FactGroups factGroups;
    private final int unitsPerGroup;

    Simulation(RuleEngine engine, FactGroups factGroups, @Value("${eligibility.runs.units-per-group:4}") int unitsPerGroup) {
        this.engine = engine;
        this.factGroups = factGroups;
        this.unitsPerGroup = unitsPerGroup;
    }

    public record Report(int version, int activeVersion, int year, LocalDate referenceDate, int subjects,
                  Map<Outcome, Count> summary, List<Change> changes) {
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

    public record Change(String subject, String name, Side before, Side after, List<ConditionChange> changedConditions,
                  List<String> rules) {
    }

    Report run(int candidateVersion, RuleSet candidate, int activeVersion, RuleSet active, int year,
               LocalDate referenceDate, Locale locale) {
        boolean english = Language.english(locale);
        CompiledRules after = engine.compile(candidate.source());
        CompiledRules before = engine.compile(active.source());
        List<Parameter> afterParameters = candidate.parameters().resolve(referenceDate);
        List<Parameter> beforeParameters = active.parameters().resolve(referenceDate);
        Evaluation evaluation = Evaluation.annual(year, referenceDate);
        List<Change> changes = new ArrayList<>();
        int[] subjects = {0};
        factGroups.forEachGroup(year, year, referenceDate, unitsPerGroup, group -> {
            List<Verdict> was = engine.evaluate(before, evaluation, beforeParameters, group);
            List<Verdict> is = engine.evaluate(after, evaluation, afterParameters, group);
            for (int i = 0; i < was.size(); i++) {
                compare(was.get(i), is.get(i), english).ifPresent(changes::add);
            }
            subjects[0] += was.size();
        });
        Map<Outcome, Count> summary = new EnumMap<>(Outcome.class);
        for (Change c : changes) {
            if (c.before().outcome() != c.after().outcome()) {
                summary.merge(c.after().outcome(), new Count(1, 0), Simulation::add);
                summary.merge(c.before().outcome(), new Count(0, 1), Simulation::add);
            }
        }
        return new Report(candidateVersion, activeVersion, year, referenceDate, subjects[0], summary, changes);
    }

    private static java.util.Optional<Change> compare(Verdict was, Verdict is, boolean english) {
        Side before = side(was);
        Side after = side(is);
        if (before.equals(after)) {
            return java.util.Optional.empty();
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
        return java.util.Optional.of(new Change(was.subject().ref().toString(), was.subject().getName(), before, after,
                changed, List.copyOf(rules)));
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
