package vn.thidua.eligibility.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import vn.thidua.eligibility.model.ConditionResult;
import vn.thidua.eligibility.model.Decision;
import vn.thidua.eligibility.model.Deferral;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.ExcellentPair;
import vn.thidua.eligibility.model.Exclusion;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.Improvement;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.Rank;
import vn.thidua.eligibility.model.SanctionEnd;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectRef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One short-lived session over one group of facts. It records every firing with copies of the
 * facts it matched (a match's object list is a live view, gone once the session is disposed) and
 * remembers which rule inserted each finding, so the finding can carry that rule's text and the
 * provisions it cites on the reference date.
 */
final class GroupSession {
    private static final String MODEL_PACKAGE = Subject.class.getPackageName();

    private final CompiledRules rules;
    private final int maxFirings;
    private final List<FiringRecord> firings = new ArrayList<>();
    private final Map<Object, Rule> insertedBy = new IdentityHashMap<>();
    /** Per rule, what it cites on the session's reference date and its texts with the parameters in force. */
    private final Map<Rule, Wording> wordings = new IdentityHashMap<>();
    private Map<String, Object> parameterValues = Map.of();
    private java.time.LocalDate referenceDate;
    private FiringRecord current;

    GroupSession(CompiledRules rules, int maxFirings) {
        this.rules = rules;
        this.maxFirings = maxFirings;
    }

    /**
     * The verdicts, evaluated on a thread of the session's own within the limit.
     *
     * @throws RuleTimeoutException past the limit, once the session's thread has ended
     */
    List<Verdict> run(Evaluation evaluation, List<Parameter> parameters, FactGroup group, Duration limit, String limited) {
        KieSession session = rules.kieBase().newKieSession();
        return SessionThread.run(describe(group, evaluation.isRanking()), limit, limited, session::halt,
                () -> run(session, evaluation, parameters, group));
    }

    /**
     * The id of every rule that fired in the session (its name when it has no id), in the order
     * they first fired; empty before {@link #run}. A rule counts even when no subject's trace holds it.
     */
    Set<String> firedRules() {
        Set<String> fired = new LinkedHashSet<>();
        firings.forEach(r -> {
            String id = Metadata.text(r.rule, "id");
            fired.add(id != null ? id : r.rule.getName());
        });
        return fired;
    }

    /** Which session it is, as a run's failure names it: its subjects (units and people), or the ranking. */
    static String describe(FactGroup group, boolean ranking) {
        if (ranking) {
            return "the ranking session of " + group.subjects().size() + " qualified people";
        }
        List<String> refs = group.subjects().stream().map(s -> s.ref().toString()).toList();
        int shown = Math.min(refs.size(), 8);
        return "the rule session of " + String.join(", ", refs.subList(0, shown))
                + (refs.size() > shown ? " and " + (refs.size() - shown) + " more subjects" : "");
    }

    private List<Verdict> run(KieSession session, Evaluation evaluation, List<Parameter> parameters, FactGroup group) {
        referenceDate = evaluation.getReferenceDate();
        parameterValues = new java.util.HashMap<>();
        parameters.forEach(p -> parameterValues.put(p.getName(), p.getValue()));
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    current = new FiringRecord(firings.size() + 1, event.getMatch().getRule(), event.getMatch());
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.add(current);
                    current = null;
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        insertedBy.put(event.getObject(), event.getRule());
                        if (current != null) {
                            current.concluded.add(event.getObject());
                        }
                    }
                }
            });
            // In content order, not the caller's: the same facts must give the same verdicts and trace.
            session.insert(evaluation);
            FactOrder.sorted(parameters).forEach(session::insert);
            FactOrder.sorted(group.facts()).forEach(session::insert);
            // A ranking session decides its subjects, but only their merits are facts in it.
            if (!evaluation.isRanking()) {
                FactOrder.sorted(group.subjects()).forEach(session::insert);
            }
            int fired = session.fireAllRules(maxFirings + 1);
            if (fired > maxFirings) {
                throw new RuleLimitExceededException(maxFirings, firings.get(firings.size() - 1).rule.getName());
            }
            return verdicts(group, session.getObjects(), evaluation.isRanking());
        } finally {
            session.dispose();
        }
    }

    private List<Verdict> verdicts(FactGroup group, Collection<?> objects, boolean ranking) {
        Map<SubjectRef, List<Finding>> findings = new LinkedHashMap<>();
        Map<SubjectRef, List<Decision>> decisions = new LinkedHashMap<>();
        Map<SubjectRef, List<Rank>> ranks = new LinkedHashMap<>();
        Map<SubjectRef, List<Merit>> merits = new LinkedHashMap<>();
        for (Object o : objects) {
            if (o instanceof Rank r) {
                ranks.computeIfAbsent(r.getSubject().ref(), k -> new ArrayList<>()).add(r);
            } else if (o instanceof Finding f) {
                findings.computeIfAbsent(f.getSubject().ref(), k -> new ArrayList<>()).add(f);
            } else if (o instanceof Decision d) {
                decisions.computeIfAbsent(d.getSubject().ref(), k -> new ArrayList<>()).add(d);
            } else if (o instanceof Merit m) {
                merits.computeIfAbsent(m.getPerson().ref(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<SubjectRef, List<Firing>> traces = traces();
        List<Verdict> verdicts = new ArrayList<>();
        for (Subject subject : group.subjects()) {
            SubjectRef ref = subject.ref();
            List<Decision> ds = decisions.getOrDefault(ref, List.of());
            if (ds.size() != 1) {
                throw new IncompleteDecisionException("The rule set made " + ds.size() + " decisions for " + ref
                        + (ds.isEmpty() ? "" : " " + ds) + "; it must make exactly one.");
            }
            List<Explanation> conditions = new ArrayList<>();
            List<Explanation> exclusions = new ArrayList<>();
            List<Explanation> deferrals = new ArrayList<>();
            for (Finding f : findings.getOrDefault(ref, List.of())) {
                Explanation e = explain(f);
                (f instanceof ConditionResult ? conditions : f instanceof Deferral ? deferrals : exclusions).add(e);
            }
            conditions.sort(Comparator.comparing(Explanation::code));
            exclusions.sort(Comparator.comparing(Explanation::code));
            deferrals.sort(Comparator.comparing(Explanation::code));
            Decision d = ds.get(0);
            List<Rank> rs = ranks.getOrDefault(ref, List.of());
            if (rs.size() > 1 || ranking && rs.isEmpty()) {
                throw new IncompleteDecisionException("The rule set ranked " + ref + " " + rs.size()
                        + " times; a ranking must rank every qualified person exactly once.");
            }
            List<Merit> ms = merits.getOrDefault(ref, List.of());
            if (ms.size() > 1) {
                throw new IncompleteDecisionException("The rule set counted the merit of " + ref + " " + ms.size()
                        + " times " + ms + "; it must count it at most once.");
            }
            Rank rank = rs.isEmpty() ? null : rs.get(0);
            verdicts.add(new Verdict(subject, d.getAward(), d.getOutcome(), conditions, exclusions, deferrals,
                    traces.getOrDefault(ref, List.of()), ms.isEmpty() ? null : ms.get(0),
                    rank == null ? null : rank.getRank(), rank == null ? null : explain(rank)));
        }
        return verdicts;
    }

    private Explanation explain(Finding f) {
        Rule rule = insertedBy.get(f);
        String ruleId = rule == null ? null : Metadata.text(rule, "id");
        Citations.Cited cited = rule == null ? new Citations.Cited(List.of(), null, null) : wording(rule).cited();
        Map<String, Object> values = FactOrder.withSortedCollections(f.getValues());
        String vi = Texts.render(rule == null ? null : parameters(Metadata.text(rule, "textVi"), true), values, true);
        String en = Texts.render(rule == null ? null : parameters(Metadata.text(rule, "textEn"), false), values, false);
        Boolean met = f instanceof ConditionResult c && c.isJudged() ? c.isMet() : null;
        return new Explanation(f.getCode(), met, vi, en, ruleId, cited.provisions(), cited.vi(), cited.en(), values);
    }

    /** A rule's texts take their numbers from the parameters in force: {@code {param:unit.fullScoreShare.min}}. */
    private String parameters(String template, boolean vietnamese) {
        return Texts.parameters(template, parameterValues, vietnamese);
    }

    private Wording wording(Rule rule) {
        return wordings.computeIfAbsent(rule, r -> new Wording(
                rules.citations().cite(Metadata.list(r, "provisions"), Metadata.text(r, "legalBasis"), referenceDate),
                parameters(r.getName(), true), parameters(Metadata.text(r, "descriptionVi"), true),
                parameters(Metadata.text(r, "descriptionEn"), false)));
    }

    private record Wording(Citations.Cited cited, String name, String descriptionVi, String descriptionEn) {
    }

    /** A firing belongs to every subject it matched or concluded something about. */
    private Map<SubjectRef, List<Firing>> traces() {
        Map<SubjectRef, List<Firing>> traces = new LinkedHashMap<>();
        for (FiringRecord r : firings) {
            Set<SubjectRef> about = new LinkedHashSet<>();
            r.facts.forEach(o -> subjectOf(o, about));
            r.concluded.forEach(o -> subjectOf(o, about));
            Wording w = wording(r.rule);
            Firing firing = new Firing(r.sequence, Metadata.text(r.rule, "id"), w.name(), w.cited().provisions(),
                    w.cited().vi(), w.cited().en(), w.descriptionVi(), w.descriptionEn(), r.facts, r.counted, List.copyOf(r.concluded));
            about.forEach(ref -> traces.computeIfAbsent(ref, k -> new ArrayList<>()).add(firing));
        }
        return traces;
    }

    private static void subjectOf(Object o, Set<SubjectRef> about) {
        if (o instanceof Subject s) {
            about.add(s.ref());
        } else if (o instanceof Finding f) {
            about.add(f.getSubject().ref());
        } else if (o instanceof Decision d) {
            about.add(d.getSubject().ref());
        } else if (o instanceof SanctionEnd e) {
            about.add(e.getPerson().ref());
        } else if (o instanceof Improvement i) {
            about.add(i.getPerson().ref());
        } else if (o instanceof Merit m) {
            about.add(m.getPerson().ref());
        } else if (o instanceof ExcellentPair p) {
            about.add(p.getPerson().ref());
        }
    }

    /** The model facts a match bound to its patterns, in match order. */
    private static List<Object> bound(Match match) {
        List<Object> out = new ArrayList<>();
        for (Object o : match.getObjects()) {
            if (!(o instanceof Collection<?>) && !(o instanceof Object[])) {
                flatten(o, out);
            }
        }
        return out;
    }

    /** The model facts of a match, with collections (accumulate evidence) opened up. */
    private static List<Object> copyFacts(Match match) {
        List<Object> out = new ArrayList<>();
        for (Object o : match.getObjects()) {
            flatten(o, out);
        }
        for (String id : match.getDeclarationIds()) {
            Object v = match.getDeclarationValue(id);
            if (v instanceof Collection<?>) {
                flatten(v, out);
            }
        }
        return distinct(out);
    }

    private static void flatten(Object o, List<Object> out) {
        if (o instanceof Collection<?> c) {
            c.forEach(x -> flatten(x, out));
        } else if (o instanceof Object[] a) {
            for (Object x : a) {
                flatten(x, out);
            }
        } else if (o != null && o.getClass().getPackageName().equals(MODEL_PACKAGE)) {
            out.add(o);
        }
    }

    private static List<Object> distinct(List<Object> in) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> out = new ArrayList<>();
        for (Object o : in) {
            if (seen.add(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static final class FiringRecord {
        final int sequence;
        final Rule rule;
        final List<Object> facts;
        final List<Object> counted;
        final List<Object> concluded = new ArrayList<>();

        FiringRecord(int sequence, Rule rule, Match match) {
            this.sequence = sequence;
            this.rule = rule;
            this.facts = copyFacts(match);
            Set<Object> bound = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            bound.addAll(bound(match));
            this.counted = facts.stream().filter(f -> !bound.contains(f)).toList();
        }
    }
}
