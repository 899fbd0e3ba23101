package vn.thidua.eligibility.runs;

import java.util.Locale;
import vn.thidua.eligibility.web.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Bulk writes and reads of decisions, traces and snapshots: plain JDBC, batched. */
@Component
class DecisionStore {
    private final JdbcTemplate jdbc;
    private final FactJson json;
    private final RunDigests digests;

    DecisionStore(JdbcTemplate jdbc, FactJson json, RunDigests digests) {
        this.jdbc = jdbc;
        this.json = json;
        this.digests = digests;
    }

    /** The digest of a completed run as stored (in the caller's transaction: what it and the partitions wrote). */
    RunDigest digest(RunId run) {
        return digests.compute(run).orElseThrow(() -> new IllegalStateException("run " + run + " is not stored as completed"));
    }

    /** The digest of the run the caller's transaction just completed, from the hashes of what it wrote. */
    RunDigest digest(RunId run, RunDigests.Written written) {
        return digests.compute(run, written);
    }

    void saveRuleSet(RuleSet ruleSet) {
        ObjectNode files = json.mapper().createObjectNode();
        ruleSet.files().forEach(files::put);
        jdbc.update("INSERT IGNORE INTO rule_set_snapshot (hash, files_gz) VALUES (?, ?)",
                ruleSet.hash(), Gzip.zip(json.bytes(files)));
    }

    /**
     * A decision as its row stores it: the text columns, and its trace as JSON before compression.
     * Written by a run and rebuilt by its replay from the same verdict, so both compare equal.
     */
    record Row(String subjectType, String subjectCode, String subjectName, String unitCode, String award, String outcome,
               String merit, String conditions, String exclusions, byte[] trace) {

        /** The row's hash for the run digest; a phase run's qualified person with the ranking's outcome, rank and reasons. */
        byte[] decisionHash(String finalOutcome, Integer rank, String ranking) {
            return RunDigests.decision(subjectType, subjectCode, subjectName, unitCode, award, finalOutcome,
                    rank == null ? null : rank.toString(), merit, ranking, conditions, exclusions);
        }
    }

    /**
     * A group's rows ready to be stored: serialised, compressed and hashed by the thread that evaluated
     * the group, so the one thread writing in the run's transaction only sends them.
     *
     * @param awaitingRank the rows of a phase run's qualified people, whose outcome the ranking decides
     */
    record Prepared(Object[] snapshot, byte[] snapshotHash, List<Object[]> decisions, List<byte[]> decisionHashes,
                    List<byte[]> traceHashes, Map<String, Row> awaitingRank) {
    }

    Row row(Verdict v, Integer countedInFull) {
        String unitCode = v.subject() instanceof Person p ? p.getUnitCode() : v.subject().getCode();
        return new Row(v.subject().getSubjectType().name(), v.subject().getCode(), v.subject().getName(), unitCode,
                v.award().name(), v.outcome().name(), v.merit() == null ? null : text(merit(v.merit())),
                text(explanations(v.conditions())), text(blockers(v)), json.bytes(json.firings(v.trace(), countedInFull)));
    }

    /** Thread-safe: called on the evaluating threads. */
    Prepared prepare(RunId run, int chunk, FactGroup group, List<Verdict> verdicts, Integer countedInFull) {
        return json.sharingFacts(() -> prepared(run, chunk, group, verdicts, countedInFull));
    }

    private Prepared prepared(RunId run, int chunk, FactGroup group, List<Verdict> verdicts, Integer countedInFull) {
        byte[] facts = json.groupBytes(group);
        List<Object[]> decisions = new ArrayList<>(verdicts.size());
        List<byte[]> decisionHashes = new ArrayList<>(verdicts.size());
        List<byte[]> traceHashes = new ArrayList<>(verdicts.size());
        Map<String, Row> awaitingRank = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            Row r = row(v, countedInFull);
            decisions.add(new Object[]{run.value(), r.subjectType(), r.subjectCode(), r.subjectName(), r.unitCode(),
                    r.award(), r.outcome(), null, r.merit(), r.conditions(), ConditionStates.of(v.conditions()),
                    r.exclusions(), Gzip.zip(r.trace())});
            if (v.meritToRank().isPresent()) {
                awaitingRank.put(v.subject().ref().toString(), r);
            } else {
                decisionHashes.add(r.decisionHash(r.outcome(), null, null));
                traceHashes.add(RunDigests.trace(r.subjectType(), r.subjectCode(), r.trace(), null));
            }
        }
        return new Prepared(new Object[]{run.value(), chunk, Gzip.zip(facts)}, RunDigests.snapshot(chunk, facts),
                decisions, decisionHashes, traceHashes, awaitingRank);
    }

    /** Stores a prepared group in the caller's transaction, and notes the hashes of what it stored. */
    void write(Prepared p, RunDigests.Written written) {
        jdbc.update("INSERT INTO run_fact_snapshot (run_id, chunk, facts_gz) VALUES (?, ?, ?)", p.snapshot());
        jdbc.batchUpdate("INSERT INTO decision (run_id, subject_type, subject_code, subject_name, unit_code, award,"
                + " outcome, `rank`, merit, conditions, condition_states, exclusions, trace_gz)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.decisions());
        written.snapshot(p.snapshotHash());
        p.decisionHashes().forEach(written::decision);
        p.traceHashes().forEach(written::trace);
    }

    /**
     * A phase run's ranking: the final outcome and rank of each qualified person, stored over the
     * decision of their group, and the merits ranked as the run's last snapshot chunk.
     *
     * @param awaitingRank the rows of the qualified, as their groups stored them, by subject ("PERSON:NV001");
     *                     with {@code written}, null when other processes wrote the groups: the run's digest
     *                     is then computed from its stored rows
     */
    void saveRanking(RunId run, int chunk, List<Verdict> ranked, Map<String, Row> awaitingRank, Integer countedInFull,
                     RunDigests.Written written) {
        FactGroup merits = new FactGroup(ranked.stream().map(Verdict::subject).toList(),
                ranked.stream().map(Verdict::merit).toList());
        byte[] facts = json.bytes(json.group(merits));
        jdbc.update("INSERT INTO run_fact_snapshot (run_id, chunk, facts_gz) VALUES (?, ?, ?)", run.value(), chunk, Gzip.zip(facts));
        if (written != null) {
            written.snapshot(RunDigests.snapshot(chunk, facts));
        }
        List<Object[]> rows = new ArrayList<>(ranked.size());
        for (Verdict v : ranked) {
            String ranking = text(explanation(v.ranking()));
            byte[] trace = json.bytes(json.firings(v.trace(), countedInFull));
            rows.add(new Object[]{v.outcome().name(), v.rank(), ranking, Gzip.zip(trace), run.value(),
                    v.subject().getSubjectType().name(), v.subject().getCode()});
            if (written != null) {
                Row r = awaitingRank.get(v.subject().ref().toString());
                written.decision(r.decisionHash(v.outcome().name(), v.rank(), ranking));
                written.trace(RunDigests.trace(r.subjectType(), r.subjectCode(), r.trace(), trace));
            }
        }
        jdbc.batchUpdate("UPDATE decision SET outcome = ?, `rank` = ?, ranking = ?, ranking_trace_gz = ?"
                + " WHERE run_id = ? AND subject_type = ? AND subject_code = ?", rows);
    }

    /** The fields of a stored decision a replay compares, in the form of {@link #row}. */
    static final List<String> FIELDS = List.of("subjectName", "unitCode", "award", "outcome", "rank", "merit", "ranking",
            "conditions", "exclusions", "trace", "rankingTrace");

    /** Every stored decision of a run, field by field, by subject ("UNIT:VP"). */
    Map<String, Map<String, JsonNode>> storedRows(RunId run) {
        Map<String, Map<String, JsonNode>> out = new TreeMap<>();
        jdbc.query("SELECT subject_type, subject_code, subject_name, unit_code, award, outcome, `rank`, merit, ranking,"
                + " conditions, exclusions, trace_gz, ranking_trace_gz FROM decision WHERE run_id = ?", rs -> {
            Map<String, JsonNode> row = new LinkedHashMap<>();
            row.put("subjectName", textNode(rs.getString("subject_name")));
            row.put("unitCode", textNode(rs.getString("unit_code")));
            row.put("award", textNode(rs.getString("award")));
            row.put("outcome", textNode(rs.getString("outcome")));
            row.put("rank", json.mapper().valueToTree(rs.getObject("rank", Integer.class)));
            row.put("merit", readNullable(rs.getString("merit")));
            row.put("ranking", readNullable(rs.getString("ranking")));
            row.put("conditions", read(rs.getString("conditions")));
            row.put("exclusions", read(rs.getString("exclusions")));
            row.put("trace", unzipped(rs.getBytes("trace_gz")));
            row.put("rankingTrace", unzipped(rs.getBytes("ranking_trace_gz")));
            out.put(rs.getString("subject_type") + ":" + rs.getString("subject_code"), row);
        }, run.value());
        return out;
    }

    /**
     * A verdict as {@link #prepare} (and, for a ranked person, {@link #saveRanking}) stores it,
     * field by field, read back as the store would read it.
     *
     * @param ranked the ranking session's verdict on the same person, or null
     * @param countedInFull the run's trace form ({@link FactJson#firings})
     */
    Map<String, JsonNode> row(Verdict v, Verdict ranked, Integer countedInFull) {
        Row stored = row(v, countedInFull);
        Map<String, JsonNode> row = new LinkedHashMap<>();
        row.put("subjectName", textNode(stored.subjectName()));
        row.put("unitCode", textNode(stored.unitCode()));
        row.put("award", textNode(stored.award()));
        row.put("outcome", textNode(ranked == null ? stored.outcome() : ranked.outcome().name()));
        row.put("rank", json.mapper().valueToTree(ranked == null ? null : ranked.rank()));
        row.put("merit", readNullable(stored.merit()));
        row.put("ranking", ranked == null ? NullNode.getInstance() : read(text(explanation(ranked.ranking()))));
        row.put("conditions", read(stored.conditions()));
        row.put("exclusions", read(stored.exclusions()));
        row.put("trace", read(new String(stored.trace(), java.nio.charset.StandardCharsets.UTF_8)));
        row.put("rankingTrace", ranked == null ? NullNode.getInstance()
                : read(text(json.firings(ranked.trace(), countedInFull))));
        return row;
    }

    private JsonNode textNode(String value) {
        return value == null ? NullNode.getInstance() : json.mapper().getNodeFactory().textNode(value);
    }

    private JsonNode readNullable(String text) {
        return text == null ? NullNode.getInstance() : read(text);
    }

    private JsonNode unzipped(byte[] gz) {
        return gz == null ? NullNode.getInstance() : read(new String(Gzip.unzip(gz), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The snapshot chunks of a run, in order, and the files of a stored rule set. */
    List<JsonNode> snapshot(RunId run) {
        return jdbc.query("SELECT facts_gz FROM run_fact_snapshot WHERE run_id = ? ORDER BY chunk",
                (rs, i) -> read(new String(Gzip.unzip(rs.getBytes(1)), java.nio.charset.StandardCharsets.UTF_8)), run.value());
    }

    Optional<java.util.Map<String, String>> ruleSetFiles(String hash) {
        return jdbc.query("SELECT files_gz FROM rule_set_snapshot WHERE hash = ?", (rs, i) -> {
            java.util.Map<String, String> files = new java.util.TreeMap<>();
            read(new String(Gzip.unzip(rs.getBytes(1)), java.nio.charset.StandardCharsets.UTF_8))
                    .fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            return files;
        }, hash).stream().findFirst();
    }

    List<DecisionView> list(RunId run, SubjectType type, Outcome outcome, Locale locale) {
        boolean english = Language.english(locale);
        StringBuilder sql = new StringBuilder("SELECT subject_type, subject_code, subject_name, unit_code, award, outcome,"
                + " `rank`, merit, ranking, conditions, exclusions FROM decision WHERE run_id = ?");
        List<Object> args = new ArrayList<>(List.of(run.value()));
        if (type != null) {
            sql.append(" AND subject_type = ?");
            args.add(type.name());
        }
        if (outcome != null) {
            sql.append(" AND outcome = ?");
            args.add(outcome.name());
        }
        // A phase run's list reads in rank order (the unranked after, rank being null).
        sql.append(" ORDER BY subject_type DESC, `rank` IS NULL, `rank`, subject_code");
        return jdbc.query(sql.toString(), (rs, i) -> view(rs, english, null), args.toArray());
    }

    /**
     * The decisions of a run with these keys, without traces, in no particular order: a page's rows,
     * each found by its primary key.
     */
    List<DecisionView> byKeys(RunId run, List<DecisionQueries.Key> keys, Locale locale) {
        if (keys.isEmpty()) {
            return List.of();
        }
        boolean english = Language.english(locale);
        // Joined with the keys, each row is one lookup by primary key. Given as 500 ORs, MariaDB may
        // instead walk all of the run's units (or people) testing each against every key: 0.4 s, not 0.1 s.
        StringBuilder sql = new StringBuilder("WITH k(t, c) AS (VALUES ");
        List<Object> args = new ArrayList<>();
        for (DecisionQueries.Key key : keys) {
            sql.append(args.isEmpty() ? "" : ", ").append("(?, ?)");
            args.add(key.type().name());
            args.add(key.code());
        }
        sql.append(") SELECT d.subject_type, d.subject_code, d.subject_name, d.unit_code, d.award, d.outcome, d.`rank`,"
                + " d.merit, d.ranking, d.conditions, d.exclusions FROM k JOIN decision d"
                + " ON d.run_id = ? AND d.subject_type = k.t AND d.subject_code = k.c");
        args.add(run.value());
        return jdbc.query(sql.toString(), (rs, i) -> view(rs, english, null), args.toArray());
    }

    /** Every stored decision about the subject, by its run's id, the newest run first; without traces. */
    Map<Long, DecisionView> about(SubjectType type, String code, Locale locale) {
        boolean english = Language.english(locale);
        Map<Long, DecisionView> found = new LinkedHashMap<>();
        jdbc.query("SELECT run_id, subject_type, subject_code, subject_name, unit_code, award, outcome, `rank`, merit,"
                        + " ranking, conditions, exclusions FROM decision WHERE subject_type = ? AND subject_code = ?"
                        + " ORDER BY run_id DESC",
                rs -> {
                    found.put(rs.getLong("run_id"), view(rs, english, null));
                }, type.name(), code);
        return found;
    }

    Optional<DecisionView> find(RunId run, SubjectType type, String code, Locale locale) {
        boolean english = Language.english(locale);
        return jdbc.query("SELECT subject_type, subject_code, subject_name, unit_code, award, outcome, `rank`, merit,"
                        + " ranking, conditions, exclusions, trace_gz, ranking_trace_gz FROM decision"
                        + " WHERE run_id = ? AND subject_type = ? AND subject_code = ?",
                (rs, i) -> view(rs, english, trace(rs.getBytes("trace_gz"), rs.getBytes("ranking_trace_gz"), english)),
                run.value(), type.name(), code).stream().findFirst();
    }

    private DecisionView view(ResultSet rs, boolean english, List<DecisionView.TraceStep> trace) throws SQLException {
        List<DecisionView.Condition> conditions = new ArrayList<>();
        for (JsonNode c : read(rs.getString("conditions"))) {
            Boolean met = c.has("met") ? c.path("met").asBoolean() : null;
            DecisionView.ConditionState state = met == null ? DecisionView.ConditionState.UNDETERMINED
                    : met ? DecisionView.ConditionState.MET : DecisionView.ConditionState.NOT_MET;
            conditions.add(new DecisionView.Condition(c.path("code").asText(), state, met,
                    c.path(english ? "textEn" : "textVi").asText(), text(c, "ruleId"), provisions(c), legalBasis(c, english),
                    c.path("values")));
        }
        List<DecisionView.ExclusionFound> exclusions = new ArrayList<>();
        List<DecisionView.DeferralFound> deferrals = new ArrayList<>();
        for (JsonNode x : read(rs.getString("exclusions"))) {
            String detail = x.path(english ? "textEn" : "textVi").asText();
            if (x.path("deferral").asBoolean(false)) {
                deferrals.add(new DecisionView.DeferralFound(x.path("code").asText(), detail, text(x, "ruleId"),
                        provisions(x), legalBasis(x, english), x.path("values")));
            } else {
                exclusions.add(new DecisionView.ExclusionFound(x.path("code").asText(), detail, text(x, "ruleId"),
                        provisions(x), legalBasis(x, english), x.path("values")));
            }
        }
        Integer rank = rs.getObject("rank", Integer.class);
        String merit = rs.getString("merit");
        String rankingText = rs.getString("ranking");
        DecisionView.Ranking ranking = null;
        if (rankingText != null) {
            JsonNode r = read(rankingText);
            ranking = new DecisionView.Ranking(r.path(english ? "textEn" : "textVi").asText(), text(r, "ruleId"),
                    provisions(r), legalBasis(r, english), r.path("values"));
        }
        return new DecisionView(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_code"),
                rs.getString("subject_name"), rs.getString("unit_code"),
                vn.thidua.eligibility.model.AwardType.valueOf(rs.getString("award")),
                Outcome.valueOf(rs.getString("outcome")), rank, merit == null ? null : read(merit), ranking,
                conditions, exclusions, deferrals.isEmpty() ? null : deferrals, trace, null);
    }

    /**
     * The group session's firings, then the ranking session's (a phase run's qualified people),
     * numbered on from the last of the first so that the sequence stays the order of firing.
     */
    private List<DecisionView.TraceStep> trace(byte[] gz, byte[] rankingGz, boolean english) {
        List<DecisionView.TraceStep> steps = new ArrayList<>();
        addSteps(steps, gz, 0, english);
        if (rankingGz != null) {
            addSteps(steps, rankingGz, steps.isEmpty() ? 0 : steps.get(steps.size() - 1).sequence(), english);
        }
        return steps;
    }

    private void addSteps(List<DecisionView.TraceStep> steps, byte[] gz, int offset, boolean english) {
        for (JsonNode f : read(new String(Gzip.unzip(gz), java.nio.charset.StandardCharsets.UTF_8))) {
            steps.add(new DecisionView.TraceStep(offset + f.path("sequence").asInt(), text(f, "ruleId"), text(f, "ruleName"),
                    provisions(f), legalBasis(f, english), text(f, english ? "descriptionEn" : "descriptionVi"), f.path("facts"),
                    f.get("counted"), f.path("concluded")));
        }
    }

    /** The figures a person is ranked on, and what was counted in each. */
    private ObjectNode merit(Merit m) {
        ObjectNode n = json.mapper().createObjectNode();
        n.put("awardYears", m.getAwards());
        n.put("initiatives", m.getInitiativeCount());
        n.put("htxsnvYears", m.getHtxsnvCount());
        n.put("gender", m.getGender().name());
        ObjectNode counted = n.putObject("counted");
        m.getAwardYears().forEach(counted.putArray("awardYears")::add);
        ArrayNode initiatives = counted.putArray("initiatives");
        m.getInitiatives().forEach(i -> initiatives.add(i.getCode()));
        m.getHtxsnvYears().forEach(counted.putArray("htxsnvYears")::add);
        return n;
    }

    private ArrayNode explanations(List<Explanation> explanations) {
        ArrayNode out = json.mapper().createArrayNode();
        explanations.forEach(e -> out.add(explanation(e)));
        return out;
    }

    /**
     * The exclusions, then the deferrals marked {@code "deferral": true}, in the one column of what
     * stands in the way on R: the table and the digest of runs made before deferrals existed stay as they were.
     */
    private ArrayNode blockers(Verdict v) {
        ArrayNode out = explanations(v.exclusions());
        v.deferrals().forEach(d -> out.add(explanation(d).put("deferral", true)));
        return out;
    }

    private ObjectNode explanation(Explanation e) {
        ObjectNode n = json.mapper().createObjectNode();
        n.put("code", e.code());
        if (e.met() != null) {
            n.put("met", e.met());
        }
        n.put("textVi", e.textVi());
        n.put("textEn", e.textEn());
        n.put("ruleId", e.ruleId());
        FactJson.citation(n, e.provisions(), e.legalBasis(), e.legalBasisEn());
        n.set("values", json.values(e.values()));
        return n;
    }

    /** The provisions a stored finding or firing cited; none for a run made before the register. */
    private static List<String> provisions(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.path("provisions").forEach(p -> out.add(p.asText()));
        return out;
    }

    /** The cited references in the language asked for; a run made before the register stored Vietnamese only. */
    private static String legalBasis(JsonNode node, boolean english) {
        String en = english ? text(node, "legalBasisEn") : null;
        return en != null ? en : text(node, "legalBasis");
    }

    private String text(JsonNode node) {
        try {
            return json.mapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private JsonNode read(String text) {
        try {
            return json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
