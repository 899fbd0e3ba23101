package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * An attacker with the database alone alters a completed run in every way it stores, and the
 * replay and the audit log's verification both say so, naming the run and what differs. Each
 * test puts the run back as it was, and the run verifies again.
 */
@ApiTest
class RunTamperApiTest {
    private static final String NAME = "Phòng Quản lý thương mại";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    long run;

    @BeforeEach
    void completedRun() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT);
        run = json.readTree(mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content(RunFixtures.ANNUAL_2024)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        assertThat(replay().get("identical").asBoolean()).isTrue();
        assertThat(replay().get("digest").get("matches").asBoolean()).isTrue();
    }

    @Test
    void aSubjectNameChangedInTheDecisionIsNamedByReplayAndVerify() throws Exception {
        jdbc.update("UPDATE decision SET subject_name = 'Phòng Khác' WHERE run_id = ? AND subject_code = 'QLTM'", run);
        try {
            JsonNode report = replay();
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(differences(report)).containsExactly("UNIT:QLTM subjectName Phòng Khác -> " + NAME);
            assertThat(report.get("digest").get("differingParts")).extracting(JsonNode::asText).containsExactly("decisions");
            assertRunNamedByVerify("decisions");
        } finally {
            jdbc.update("UPDATE decision SET subject_name = ? WHERE run_id = ? AND subject_code = 'QLTM'", NAME, run);
        }
        assertVerifies();
    }

    @Test
    void aTraceChangedIsNamedByReplayAndVerify() throws Exception {
        byte[] original = jdbc.queryForObject("SELECT trace_gz FROM decision WHERE run_id = ? AND subject_code = 'QLTM'",
                byte[].class, run);
        String trace = new String(Gzip.unzip(original), StandardCharsets.UTF_8);
        String forged = trace.replaceFirst("\"ruleId\":\"[^\"]+\"", "\"ruleId\":\"D.UNIT_ELIGIBLE\"");
        assertThat(forged).isNotEqualTo(trace);
        jdbc.update("UPDATE decision SET trace_gz = ? WHERE run_id = ? AND subject_code = 'QLTM'",
                Gzip.zip(forged.getBytes(StandardCharsets.UTF_8)), run);
        try {
            JsonNode report = replay();
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(differences(report)).singleElement().asString().startsWith("UNIT:QLTM trace ");
            assertRunNamedByVerify("traces");
        } finally {
            jdbc.update("UPDATE decision SET trace_gz = ? WHERE run_id = ? AND subject_code = 'QLTM'", original, run);
        }
        assertVerifies();
    }

    @Test
    void theRunsCountsChangedAreNamedByReplayAndVerify() throws Exception {
        int eligible = jdbc.queryForObject("SELECT eligible FROM run WHERE id = ?", Integer.class, run);
        jdbc.update("UPDATE run SET eligible = eligible + 1 WHERE id = ?", run);
        try {
            JsonNode report = replay();
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(differences(report)).containsExactly("run counts.ELIGIBLE " + (eligible + 1) + " -> " + eligible);
            assertRunNamedByVerify("run");
        } finally {
            jdbc.update("UPDATE run SET eligible = ? WHERE id = ?", eligible, run);
        }
        assertVerifies();
    }

    /**
     * The attacker rewrites a unit's name everywhere the run keeps it — the facts it read, the
     * decisions, their traces — so that the replay of the altered facts gives the altered decisions:
     * only the digest recorded in the audit log tells.
     */
    @Test
    void aRunRewrittenConsistentlyInSnapshotAndDecisionsIsCaughtByItsDigest() throws Exception {
        List<Map<String, Object>> chunks = jdbc.queryForList("SELECT chunk, facts_gz FROM run_fact_snapshot WHERE run_id = ?", run);
        List<Map<String, Object>> decisions = jdbc.queryForList("SELECT subject_type, subject_code, subject_name, conditions,"
                + " exclusions, trace_gz FROM decision WHERE run_id = ?", run);
        try {
            for (Map<String, Object> c : chunks) {
                jdbc.update("UPDATE run_fact_snapshot SET facts_gz = ? WHERE run_id = ? AND chunk = ?",
                        renamed((byte[]) c.get("facts_gz")), run, c.get("chunk"));
            }
            for (Map<String, Object> d : decisions) {
                jdbc.update("UPDATE decision SET subject_name = ?, conditions = ?, exclusions = ?, trace_gz = ?"
                                + " WHERE run_id = ? AND subject_type = ? AND subject_code = ?",
                        rename((String) d.get("subject_name")), rename((String) d.get("conditions")),
                        rename((String) d.get("exclusions")), renamed((byte[]) d.get("trace_gz")), run,
                        d.get("subject_type"), d.get("subject_code"));
            }
            JsonNode report = replay();
            assertThat(report.get("differences")).as("the rewrite is consistent: the replay alone sees nothing").isEmpty();
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(report.get("digest").get("matches").asBoolean()).isFalse();
            assertThat(report.get("digest").get("differingParts")).extracting(JsonNode::asText)
                    .contains("decisions", "snapshot");
            assertRunNamedByVerify("snapshot");
        } finally {
            for (Map<String, Object> c : chunks) {
                jdbc.update("UPDATE run_fact_snapshot SET facts_gz = ? WHERE run_id = ? AND chunk = ?", c.get("facts_gz"),
                        run, c.get("chunk"));
            }
            for (Map<String, Object> d : decisions) {
                jdbc.update("UPDATE decision SET subject_name = ?, conditions = ?, exclusions = ?, trace_gz = ?"
                                + " WHERE run_id = ? AND subject_type = ? AND subject_code = ?", d.get("subject_name"),
                        d.get("conditions"), d.get("exclusions"), d.get("trace_gz"), run, d.get("subject_type"),
                        d.get("subject_code"));
            }
        }
        assertVerifies();
    }

    @Test
    void aReplayUnderARuleFileChangedSinceTheRunSaysSo() throws Exception {
        String hash = jdbc.queryForObject("SELECT rule_set_hash FROM run WHERE id = ?", String.class, run);
        byte[] original = jdbc.queryForObject("SELECT files_gz FROM rule_set_snapshot WHERE hash = ?", byte[].class, hash);
        JsonNode files = json.readTree(Gzip.unzip(original));
        ((com.fasterxml.jackson.databind.node.ObjectNode) files).put("decision.drl",
                files.get("decision.drl").asText() + "\n// changed after the run\n");
        jdbc.update("UPDATE rule_set_snapshot SET files_gz = ? WHERE hash = ?", Gzip.zip(json.writeValueAsBytes(files)), hash);
        try {
            JsonNode report = replay();
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(report.get("ruleSet").get("changed").asBoolean()).isTrue();
            assertThat(report.get("ruleSet").get("recorded").asText()).isEqualTo(hash);
            assertThat(report.get("ruleSet").get("stored").asText()).isNotEqualTo(hash);
            assertThat(report.get("ruleSet").get("detail").asText()).contains("changed since it ran");
            assertRunAmongThoseNamedByVerify("ruleSet");
        } finally {
            jdbc.update("UPDATE rule_set_snapshot SET files_gz = ? WHERE hash = ?", original, hash);
        }
        assertVerifies();
    }

    private static String rename(String text) {
        return text == null ? null : text.replace(NAME, "Phòng Kinh doanh");
    }

    private static byte[] renamed(byte[] gz) {
        return gz == null ? null : Gzip.zip(rename(new String(Gzip.unzip(gz), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode replay() throws Exception {
        return json.readTree(mvc.perform(post("/api/runs/" + run + "/replay").with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> differences(JsonNode report) {
        return java.util.stream.StreamSupport.stream(report.get("differences").spliterator(), false)
                .map(d -> d.get("subject").asText() + " " + d.get("field").asText() + " " + d.get("stored").asText()
                        + " -> " + d.get("replayed").asText()).toList();
    }

    private JsonNode verify() throws Exception {
        return json.readTree(mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void assertRunNamedByVerify(String part) throws Exception {
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalid").get("reason").asText()).startsWith("run " + run + " was altered after it completed")
                .contains(part);
        assertThat(v.get("runs").get("problems")).hasSize(1);
    }

    /** The stored rule set is shared by every run of the same hash: each of them is named. */
    private void assertRunAmongThoseNamedByVerify(String part) throws Exception {
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("runs").get("problems")).anySatisfy(p -> {
            assertThat(p.get("run").asLong()).isEqualTo(run);
            assertThat(p.get("reason").asText()).contains(part);
        });
    }

    private void assertVerifies() throws Exception {
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
        assertThat(replay().get("identical").asBoolean()).isTrue();
    }
}
