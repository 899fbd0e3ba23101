package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Language;
import org.springframework.stereotype.Service;
import vn.thidua.eligibility.facts.AwardRegister;
import vn.thidua.eligibility.facts.RegisteredAward;
import vn.thidua.eligibility.facts.UnitNames;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the yearly report from the year's latest annual run and the awards register. */
@Service
class YearlyReports {
    private static final List<Outcome> ANNUAL = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNDETERMINED,
            Outcome.DEFERRED, Outcome.EXCLUDED);

    private final RunService runs;
    private final AwardRegister register;
    private final UnitNames unitNames;

    YearlyReports(RunService runs, AwardRegister register, UnitNames unitNames) {
        this.runs = runs;
        this.register = register;
        this.unitNames = unitNames;
    }

    YearlyReport of(int year) {
        RunSummary run = runs.latestAnnual(year).orElseThrow(() -> new ProposalNotFoundException(
                "No completed annual run for " + year + ": start one with POST /api/runs"));
        Optional<RunSummary> previous = runs.latestAnnual(year - 1);
        List<DecisionView> decisions = runs.decisions(run.id(), null, null, Language.VIETNAMESE);
        Map<SubjectType, Map<Outcome, Integer>> totals = totals(decisions);
        Map<SubjectType, Map<Outcome, Integer>> before = previous.map(p -> totals(runs.decisions(p.id(), null, null, Language.VIETNAMESE)))
                .orElse(null);
        List<RegisteredAward> held = register.ofYear(year);
        List<RegisteredAward> heldBefore = register.ofYear(year - 1);

        List<YearlyReport.Comparison> comparison = new ArrayList<>();
        compare(comparison, "UNITS_ELIGIBLE", "Tập thể đủ điều kiện", count(totals, SubjectType.UNIT),
                before == null ? null : count(before, SubjectType.UNIT));
        compare(comparison, "PEOPLE_ELIGIBLE", "Cá nhân đủ điều kiện", count(totals, SubjectType.PERSON),
                before == null ? null : count(before, SubjectType.PERSON));
        compare(comparison, "UNITS_AWARDED", "Tập thể được tặng Giấy khen", awarded(held, SubjectType.UNIT),
                awarded(heldBefore, SubjectType.UNIT));
        compare(comparison, "PEOPLE_AWARDED", "Cá nhân được tặng Giấy khen", awarded(held, SubjectType.PERSON),
                awarded(heldBefore, SubjectType.PERSON));

        Map<String, String> names = new HashMap<>();
        decisions.forEach(d -> names.put(d.subjectType() + " " + d.subjectCode(), d.subjectName()));
        List<YearlyReport.Award> awards = held.stream().map(a -> new YearlyReport.Award(a.subjectType(), a.subjectCode(),
                names.getOrDefault(a.subjectType() + " " + a.subjectCode(), a.subjectCode()), a.award(), a.decisionNo(),
                a.decisionDate())).toList();
        return new YearlyReport(year, ref(run), previous.map(YearlyReports::ref).orElse(null), units(decisions), totals,
                awards, comparison);
    }

    /** Every unit the run decided, or whose people it decided, in code order. */
    private List<YearlyReport.UnitLine> units(List<DecisionView> decisions) {
        Map<String, String> known = new HashMap<>(unitNames.all());
        Map<String, Outcome> unitOutcome = new HashMap<>();
        Map<String, Map<Outcome, Integer>> people = new TreeMap<>();
        for (DecisionView d : decisions) {
            Map<Outcome, Integer> counts = people.computeIfAbsent(d.unitCode(), u -> zeros());
            if (d.subjectType() == SubjectType.UNIT) {
                unitOutcome.put(d.subjectCode(), d.outcome());
                known.putIfAbsent(d.subjectCode(), d.subjectName());
            } else {
                counts.merge(d.outcome(), 1, Integer::sum);
            }
        }
        List<YearlyReport.UnitLine> lines = new ArrayList<>();
        people.forEach((code, counts) -> lines.add(new YearlyReport.UnitLine(code, known.getOrDefault(code, code),
                unitOutcome.get(code), counts)));
        return lines;
    }

    private static Map<SubjectType, Map<Outcome, Integer>> totals(List<DecisionView> decisions) {
        Map<SubjectType, Map<Outcome, Integer>> totals = new EnumMap<>(SubjectType.class);
        for (SubjectType type : SubjectType.values()) {
            totals.put(type, zeros());
        }
        decisions.forEach(d -> totals.get(d.subjectType()).merge(d.outcome(), 1, Integer::sum));
        return totals;
    }

    private static Map<Outcome, Integer> zeros() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        ANNUAL.forEach(o -> m.put(o, 0));
        return m;
    }

    private static int count(Map<SubjectType, Map<Outcome, Integer>> totals, SubjectType type) {
        return totals.get(type).get(Outcome.ELIGIBLE);
    }

    private static int awarded(List<RegisteredAward> held, SubjectType type) {
        return (int) held.stream().filter(a -> a.award() == AwardType.GIAY_KHEN_CCHC && a.subjectType() == type).count();
    }

    private static void compare(List<YearlyReport.Comparison> out, String measure, String label, int current, Integer previous) {
        out.add(new YearlyReport.Comparison(measure, label, current, previous, previous == null ? null : current - previous));
    }

    private static YearlyReport.RunRef ref(RunSummary run) {
        return new YearlyReport.RunRef(run.id().value(), run.referenceDate());
    }
}
