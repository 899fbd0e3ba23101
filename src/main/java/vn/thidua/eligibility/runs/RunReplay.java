package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.rulesets.RuleSet;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Re-evaluates a completed run from what it stored — the snapshot of the facts it read and the
 * files of its rule set — and compares every stored field of every decision, and the counts, with
 * the replay. Evaluation is deterministic (facts are inserted in key order), so any difference
 * means the stored run or the engine changed. A run altered consistently (snapshot and decisions
 * together) replays identically: the digest recorded in the audit log when it completed tells it.
 */
@Component
class RunReplay {
    private final Runs runs;
    private final DecisionStore store;
    private final RuleEngine engine;
    private final RunDigests digests;
    private final RecordedDigests recorded;

    RunReplay(Runs runs, DecisionStore store, RuleEngine engine, RunDigests digests, RecordedDigests recorded) {
        this.runs = runs;
        this.store = store;
        this.engine = engine;
        this.digests = digests;
        this.recorded = recorded;
    }

    ReplayReport replay(RunId id) {
        Run run = runs.findById(id.value()).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status != RunStatus.COMPLETED) {
            throw new InvalidRunRequestException(List.of(ApiError.Detail.of("run",
                    Text.of("run.problem.notReplayable", id, run.status))));
        }
        ReplayReport.DigestCheck digest = digest(id);
        Map<String, Map<String, JsonNode>> stored = store.storedRows(id);
        Optional<Map<String, String>> files = store.ruleSetFiles(run.ruleSetHash);
        if (files.isEmpty()) {
            ReplayReport.RuleSetCheck missing = new ReplayReport.RuleSetCheck(run.ruleSetHash, "missing", true,
                    "the files of rule set " + run.ruleSetHash + " used by run " + id + " are no longer stored: nothing to replay with");
            return new ReplayReport(id, run.ruleSetHash, stored.size(), false, List.of(), missing, digest);
        }
        RuleSet ruleSet = RuleSet.of(files.get());
        ReplayReport.RuleSetCheck ruleSetCheck = ruleSet.hash().equals(run.ruleSetHash)
                ? new ReplayReport.RuleSetCheck(run.ruleSetHash, ruleSet.hash(), false, "the rule set files stored for the run still have its hash")
                : new ReplayReport.RuleSetCheck(run.ruleSetHash, ruleSet.hash(), true, "the rule set files stored for run " + id
                + " were changed since it ran: their hash is " + ruleSet.hash() + ", the run recorded " + run.ruleSetHash
                + "; this replay used the changed files");

        Map<String, Map<String, JsonNode>> replayed = new TreeMap<>();
        Map<Outcome, Integer> counts = evaluate(run, id, ruleSet, replayed);
        List<ReplayReport.Difference> differences = new ArrayList<>();
        TreeSet<String> subjects = new TreeSet<>(stored.keySet());
        subjects.addAll(replayed.keySet());
        for (String subject : subjects) {
            Map<String, JsonNode> before = stored.get(subject);
            Map<String, JsonNode> now = replayed.get(subject);
            if (before == null || now == null) {
                differences.add(new ReplayReport.Difference(subject, "decision", before == null ? null : "stored",
                        now == null ? null : "replayed"));
                continue;
            }
            for (String field : DecisionStore.FIELDS) {
                if (!Objects.equals(before.get(field), now.get(field))) {
                    differences.add(new ReplayReport.Difference(subject, field, text(before.get(field)), text(now.get(field))));
                }
            }
        }
        Map<Outcome, Integer> storedCounts = run.counts();
        storedCounts.forEach((outcome, n) -> {
            int again = counts.getOrDefault(outcome, 0);
            if (n != again) {
                differences.add(new ReplayReport.Difference("run", "counts." + outcome, Integer.toString(n), Integer.toString(again)));
            }
        });
        int subjectsAgain = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (run.subjectCount != subjectsAgain) {
            differences.add(new ReplayReport.Difference("run", "subjects", Integer.toString(run.subjectCount),
                    Integer.toString(subjectsAgain)));
        }
        boolean identical = differences.isEmpty() && !ruleSetCheck.changed() && !Boolean.FALSE.equals(digest.matches());
        return new ReplayReport(id, ruleSet.hash(), stored.size(), identical, differences, ruleSetCheck, digest);
    }

    /** Replays the run's groups (and a phase run's ranking) into rows as stored; returns the outcome counts. */
    private Map<Outcome, Integer> evaluate(Run run, RunId id, RuleSet ruleSet, Map<String, Map<String, JsonNode>> rows) {
        CompiledRules compiled = engine.compile(ruleSet.source());
        List<Parameter> parameters = ruleSet.parameters().resolve(run.referenceDate);
        Evaluation evaluation = run.kind == RunKind.PHASE
                ? Evaluation.phase(run.fromYear, run.toYear, run.referenceDate, run.quota)
                : Evaluation.annual(run.year, run.referenceDate);
        List<JsonNode> chunks = store.snapshot(id);
        // A phase run's last chunk is the ranking's input (the merits), which the replay derives anew.
        List<JsonNode> groups = run.kind == RunKind.PHASE ? chunks.subList(0, Math.max(0, chunks.size() - 1)) : chunks;
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Map<String, Verdict> toRank = new LinkedHashMap<>();
        List<Merit> merits = new ArrayList<>();
        for (JsonNode chunk : groups) {
            for (Verdict v : engine.evaluate(compiled, evaluation, parameters, SnapshotReader.group(chunk))) {
                String subject = v.subject().ref().toString();
                if (v.meritToRank().isPresent()) {
                    toRank.put(subject, v);
                    merits.add(v.merit());
                } else {
                    rows.put(subject, store.row(v, null, run.traceCountedInFull));
                    counts.merge(v.outcome(), 1, Integer::sum);
                }
            }
        }
        if (run.kind == RunKind.PHASE && !merits.isEmpty()) {
            for (Verdict ranked : engine.rank(compiled, evaluation, parameters, merits)) {
                String subject = ranked.subject().ref().toString();
                rows.put(subject, store.row(toRank.get(subject), ranked, run.traceCountedInFull));
                counts.merge(ranked.outcome(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private ReplayReport.DigestCheck digest(RunId id) {
        RunDigest now = digests.compute(id).orElseThrow();
        Optional<RunDigest> then = recorded.recorded(id);
        if (then.isEmpty()) {
            return recorded.precedesDigests(id)
                    ? new ReplayReport.DigestCheck(null, null, now.value(), List.of(),
                    "run " + id + " completed before run digests were recorded: only the replay speaks for it")
                    : new ReplayReport.DigestCheck(false, null, now.value(), List.of(), "the audit log holds no authentic"
                    + " digest of run " + id + ": its completion entry was removed or altered, or the run was added outside the service");
        }
        List<String> parts = now.differingFrom(then.get());
        boolean matches = parts.isEmpty();
        return new ReplayReport.DigestCheck(matches, then.get().value(), now.value(), parts, matches
                ? "the run as stored is the one recorded in the audit log when it completed"
                : "the run was altered after it completed: its " + String.join(", ", parts)
                + " differ from the digest recorded in the audit log");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }
}
