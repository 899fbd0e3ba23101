package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.rules.RuleSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Re-evaluates a completed run from what it stored — the snapshot of the facts it read and the
 * files of its rule set — and compares every decision with the stored one. Evaluation is
 * deterministic (facts are inserted in key order), so anything but "identical" means the stored
 * run or the engine changed.
 */
@Component
class RunReplay {
    private final Runs runs;
    private final DecisionStore store;
    private final RuleEngine engine;

    RunReplay(Runs runs, DecisionStore store, RuleEngine engine) {
        this.runs = runs;
        this.store = store;
        this.engine = engine;
    }

    ReplayReport replay(RunId id) {
        Run run = runs.findById(id.value()).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status != RunStatus.COMPLETED) {
            throw new InvalidRunRequestException(List.of("run: run " + id + " is " + run.status
                    + "; only a completed run has decisions to replay"));
        }
        Map<String, String> files = store.ruleSetFiles(run.ruleSetHash).orElseThrow(() -> new IllegalStateException(
                "The files of rule set " + run.ruleSetHash + " used by run " + id + " are missing"));
        RuleSet ruleSet = RuleSet.of(files);
        CompiledRules compiled = engine.compile(ruleSet.source());
        List<Parameter> parameters = ruleSet.parameters().resolve(run.referenceDate);
        Evaluation evaluation = run.kind == RunKind.PHASE
                ? Evaluation.phase(run.fromYear, run.toYear, run.referenceDate, run.quota)
                : Evaluation.annual(run.year, run.referenceDate);

        List<JsonNode> chunks = store.snapshot(id);
        // A phase run's last chunk is the ranking's input (the merits), which the replay derives anew.
        List<JsonNode> groups = run.kind == RunKind.PHASE ? chunks.subList(0, Math.max(0, chunks.size() - 1)) : chunks;
        Map<String, String> replayed = new TreeMap<>();
        Map<String, Verdict> toRank = new LinkedHashMap<>();
        List<Merit> merits = new ArrayList<>();
        for (JsonNode chunk : groups) {
            for (Verdict v : engine.evaluate(compiled, evaluation, parameters, SnapshotReader.group(chunk))) {
                String subject = v.subject().ref().toString();
                if (v.meritToRank().isPresent()) {
                    toRank.put(subject, v);
                    merits.add(v.merit());
                } else {
                    replayed.put(subject, store.comparable(v));
                }
            }
        }
        if (run.kind == RunKind.PHASE && !merits.isEmpty()) {
            for (Verdict ranked : engine.rank(compiled, evaluation, parameters, merits)) {
                String subject = ranked.subject().ref().toString();
                replayed.put(subject, store.comparable(toRank.get(subject), ranked.outcome(), ranked.rank()));
            }
        }

        Map<String, String> stored = store.comparableDecisions(id);
        List<ReplayReport.Difference> differences = new ArrayList<>();
        TreeSet<String> subjects = new TreeSet<>(stored.keySet());
        subjects.addAll(replayed.keySet());
        for (String subject : subjects) {
            String before = stored.get(subject);
            String now = replayed.get(subject);
            if (before == null || !before.equals(now)) {
                differences.add(new ReplayReport.Difference(subject, before, now));
            }
        }
        return new ReplayReport(id, ruleSet.hash(), stored.size(), differences.isEmpty(), differences);
    }
}
