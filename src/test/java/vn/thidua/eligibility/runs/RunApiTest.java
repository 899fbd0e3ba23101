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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
class RunApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void department() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT);
    }

    private JsonNode startAnnual2024() throws Exception {
        String body = mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content(RunFixtures.ANNUAL_2024))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private JsonNode getJson(String url, String language) throws Exception {
        var request = get(url).with(as("auditor"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void annualRunDecidesEveryUnitAndPersonAndCountsTheOutcomes() throws Exception {
        JsonNode run = startAnnual2024();
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("kind").asText()).isEqualTo("ANNUAL");
        assertThat(run.get("year").asInt()).isEqualTo(2024);
        assertThat(run.get("referenceDate").asText()).isEqualTo("2025-01-15");
        assertThat(run.get("startedBy").asText()).isEqualTo("staff");
        assertThat(run.get("ruleSetHash").asText()).hasSize(64);
        assertThat(run.get("subjectCount").asInt()).isEqualTo(7);
        assertThat(run.get("counts").get("ELIGIBLE").asInt()).isEqualTo(3);
        assertThat(run.get("counts").get("NOT_ELIGIBLE").asInt()).isEqualTo(2);
        assertThat(run.get("counts").get("UNDETERMINED").asInt()).isZero();
        assertThat(run.get("counts").get("DEFERRED").asInt()).isEqualTo(1);
        assertThat(run.get("counts").get("EXCLUDED").asInt()).isEqualTo(1);

        Map<String, String> outcomes = new HashMap<>();
        getJson("/api/runs/" + run.get("id").asLong() + "/decisions", null).get("items")
                .forEach(d -> outcomes.put(d.get("subjectCode").asText(), d.get("outcome").asText()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("VP", "ELIGIBLE", "QLTM", "NOT_ELIGIBLE",
                "TTRA", "DEFERRED", "NV001", "ELIGIBLE", "NV002", "ELIGIBLE", "NV003", "NOT_ELIGIBLE", "NV004", "EXCLUDED"));
    }

    @Test
    void decisionsFilterBySubjectTypeAndOutcome() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        JsonNode units = getJson("/api/runs/" + id + "/decisions?subjectType=UNIT", null).get("items");
        assertThat(units).hasSize(3).allSatisfy(d -> assertThat(d.get("subjectType").asText()).isEqualTo("UNIT"));
        JsonNode excluded = getJson("/api/runs/" + id + "/decisions?outcome=EXCLUDED", null).get("items");
        assertThat(codes(excluded)).containsExactlyInAnyOrder("NV004");
        assertThat(codes(getJson("/api/runs/" + id + "/decisions?outcome=DEFERRED", null).get("items"))).containsExactly("TTRA");
        mvc.perform(get("/api/runs/" + id + "/decisions?outcome=MAYBE").with(as("auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("outcome"));
    }

    @Test
    void aNotEligibleDecisionSaysWhichConditionFailedAndWhyInVietnameseOrEnglish() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        JsonNode vi = getJson("/api/runs/" + id + "/decisions/UNIT/QLTM", null);
        JsonNode u1 = condition(vi, "U1");
        assertThat(u1.get("met").asBoolean()).isFalse();
        assertThat(u1.get("ruleId").asText()).isEqualTo("U1.FULL_SCORE_SHARE");
        assertThat(u1.get("legalBasis").asText()).contains("II.3.a");
        assertThat(u1.get("provisions")).extracting(JsonNode::asText).containsExactly("KH-SCT-2022.II.3a.TT.1");
        // R is 2025-01-15, before the merger: the Giấy khen is the Director's of the Sóc Trăng Department
        assertThat(vi.get("awardedBy").asText()).isEqualTo("Giám đốc Sở Công Thương tỉnh Sóc Trăng");
        assertThat(u1.get("detail").asText()).isEqualTo("0/1 tiêu chí năm 2024 đạt tròn điểm chuẩn = 0% < 80%");
        assertThat(condition(vi, "U2").get("detail").asText()).contains("60%").contains("≤");

        JsonNode en = getJson("/api/runs/" + id + "/decisions/UNIT/QLTM", "en-US,en;q=0.9");
        assertThat(condition(en, "U1").get("detail").asText()).isEqualTo("0/1 items of 2024 at full score = 0% < 80%");
    }

    @Test
    void aDeferredSubjectSaysWhatWouldEndTheDeferralWithItsLegalBasisAndStillItsConditions() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        JsonNode ttra = getJson("/api/runs/" + id + "/decisions/UNIT/TTRA", "en");
        assertThat(ttra.get("outcome").asText()).isEqualTo("DEFERRED");
        assertThat(ttra.get("exclusions")).isEmpty();
        JsonNode deferral = ttra.get("deferral").get(0);
        assertThat(deferral.get("code").asText()).isEqualTo("INVESTIGATION");
        assertThat(deferral.get("ruleId").asText()).isEqualTo("X.INVESTIGATION");
        // on R = 2025-01-15 the circular of 2017 is replaced: the decree in force is cited
        assertThat(deferral.get("legalBasis").asText()).contains("98/2023").doesNotContain("08/2017");
        assertThat(deferral.get("detail").asText()).startsWith("Under investigation, inspection or complaint verification from 2024-12-01")
                .contains("Deferred until the investigation open since 2024-12-01 is closed");
        assertThat(deferral.get("values").get("from").asText()).isEqualTo("2024-12-01");
        assertThat(codes(ttra.get("conditions"), "code")).containsExactly("U1", "U2", "U3");
        JsonNode vi = getJson("/api/runs/" + id + "/decisions/UNIT/TTRA", null);
        assertThat(vi.get("deferral").get(0).get("detail").asText()).contains("Hoãn cho đến khi việc thanh tra, kiểm tra, xác minh");
    }

    @Test
    void aNewUnitWhoseFactsAreMissingIsUndeterminedAndEachMissingFactIsNamed() throws Exception {
        mvc.perform(post("/api/facts").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"units": [{"code": "CDS", "name": "Phòng Chuyển đổi số"}],
                         "criteria": [{"year": 2024, "code": "9.1", "name": "Số hóa", "maxScore": 2, "score": 2, "unitCode": "CDS"}]}"""))
                .andExpect(status().isOk());
        JsonNode run = startAnnual2024();
        assertThat(run.get("counts").get("UNDETERMINED").asInt()).isEqualTo(1);
        JsonNode cds = getJson("/api/runs/" + run.get("id").asLong() + "/decisions/UNIT/CDS", "en");
        assertThat(cds.get("outcome").asText()).isEqualTo("UNDETERMINED");
        JsonNode u2 = condition(cds, "U2");
        assertThat(u2.get("state").asText()).isEqualTo("UNDETERMINED");
        assertThat(u2.has("met")).isFalse();
        assertThat(u2.get("detail").asText()).isEqualTo("Cannot be judged: no scored items for unit CDS in 2023");
        assertThat(u2.get("ruleId").asText()).isEqualTo("U2.NO_ITEMS_LAST_YEAR");
        assertThat(condition(cds, "U1").get("state").asText()).isEqualTo("MET");
    }

    @Test
    void anExcludedPersonListsTheSanctionAndStillItsConditions() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        JsonNode nv004 = getJson("/api/runs/" + id + "/decisions/PERSON/NV004", "en");
        assertThat(nv004.get("outcome").asText()).isEqualTo("EXCLUDED");
        assertThat(nv004.get("exclusions").get(0).get("code").asText()).isEqualTo("SANCTION");
        assertThat(nv004.has("deferral")).isFalse();
        assertThat(codes(nv004.get("conditions"), "code")).containsExactly("P1", "P2");
    }

    @Test
    void oneDecisionCarriesTheTraceOfEveryRuleThatFiredWithTheFactsItMatched() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        JsonNode vp = getJson("/api/runs/" + id + "/decisions/UNIT/VP", null);
        List<String> rules = new ArrayList<>();
        vp.get("trace").forEach(step -> rules.add(step.get("ruleId").asText()));
        assertThat(rules).containsSubsequence("U1.FULL_SCORE_SHARE", "D.UNIT_ELIGIBLE");
        assertThat(rules).contains("U2.BETTER_THAN_LAST_YEAR", "U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER");
        JsonNode u1Step = stepOf(vp, "U1.FULL_SCORE_SHARE");
        assertThat(u1Step.get("legalBasis").asText()).contains("II.3.a");
        assertThat(u1Step.get("description").asText()).contains("80%");
        List<String> matched = new ArrayList<>();
        u1Step.get("facts").forEach(f -> matched.add(f.get("type").asText() + ":" + f.path("code").asText()));
        assertThat(matched).contains("Unit:VP", "Criterion:1.1", "Criterion:1.5");
        assertThat(getJson("/api/runs/" + id + "/decisions?subjectType=UNIT", null).get("items").get(0).has("trace")).isFalse();
    }

    @Test
    void aDecisionIsExplainedByTheFactsOfItsRunEvenAfterTheFactsChange() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        mvc.perform(post("/api/facts").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content("""
                {"criteria": [{"year": 2024, "code": "2.1", "name": "Hồ sơ đúng hạn", "maxScore": 10, "score": 10,
                               "unitCode": "QLTM", "officerCode": "NV003"}]}"""))
                .andExpect(status().isOk());
        JsonNode qltm = getJson("/api/runs/" + id + "/decisions/UNIT/QLTM", null);
        assertThat(qltm.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        JsonNode seen = stepOf(qltm, "U1.FULL_SCORE_SHARE").get("facts");
        List<String> scores = new ArrayList<>();
        seen.forEach(f -> {
            if ("Criterion".equals(f.get("type").asText())) {
                scores.add(f.get("score").asText());
            }
        });
        assertThat(scores).containsExactly("6");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_fact_snapshot WHERE run_id = ?", Integer.class, id)).isPositive();
    }

    @Test
    void anInvalidRunRequestListsEveryProblem() throws Exception {
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"referenceDate\": \"2025-01-15\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("year"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"2023-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("referenceDate"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"YEARLY\", \"year\": 2024}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("\"YEARLY\" is not known, one of ANNUAL, PHASE"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("required, one of ANNUAL, PHASE"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"2025-02-30\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAuditorReadsRunsButCannotStartOne() throws Exception {
        mvc.perform(post("/api/runs").with(as("auditor")).contentType(MediaType.APPLICATION_JSON)
                .content(RunFixtures.ANNUAL_2024)).andExpect(status().isForbidden());
        long id = startAnnual2024().get("id").asLong();
        assertThat(getJson("/api/runs/" + id, null).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(codes(getJson("/api/runs", null), "id")).contains(String.valueOf(id));
        mvc.perform(get("/api/runs/999999").with(as("auditor"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no run 999999"));
        mvc.perform(get("/api/runs/999999/decisions").with(as("auditor"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no run 999999"));
        mvc.perform(get("/api/runs/" + id + "/decisions/PERSON/NOBODY").with(as("auditor"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Run " + id + " has no decision for PERSON NOBODY"));
    }

    @Test
    void aReplayOfTheStoredFactsAndRulesGivesIdenticalDecisionsEvenAfterTheFactsChange() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT.replace("\"score\": 1.5", "\"score\": 2"));
        JsonNode report = json.readTree(mvc.perform(post("/api/runs/" + id + "/replay").with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("identical").asBoolean()).isTrue();
        assertThat(report.get("decisions").asInt()).isEqualTo(7);
        assertThat(report.get("differences")).isEmpty();
    }

    @Test
    void aReplayNamesADecisionThatWasAlteredAfterTheRun() throws Exception {
        long id = startAnnual2024().get("id").asLong();
        jdbc.update("UPDATE decision SET outcome = 'ELIGIBLE' WHERE run_id = ? AND subject_code = 'QLTM'", id);
        try {
            JsonNode report = json.readTree(mvc.perform(post("/api/runs/" + id + "/replay").with(as("staff")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(report.get("identical").asBoolean()).isFalse();
            assertThat(report.get("differences")).hasSize(1);
            assertThat(report.get("differences").get(0).get("subject").asText()).isEqualTo("UNIT:QLTM");
            assertThat(report.get("differences").get(0).get("field").asText()).isEqualTo("outcome");
            assertThat(report.get("differences").get(0).get("stored").asText()).isEqualTo("ELIGIBLE");
            assertThat(report.get("differences").get(0).get("replayed").asText()).isEqualTo("NOT_ELIGIBLE");
        } finally {
            // the run is checked against its digest by every later verification of the audit log
            jdbc.update("UPDATE decision SET outcome = 'NOT_ELIGIBLE' WHERE run_id = ? AND subject_code = 'QLTM'", id);
        }
        mvc.perform(post("/api/runs/999999/replay").with(as("staff"))).andExpect(status().isNotFound());
    }

    private static JsonNode condition(JsonNode decision, String code) {
        for (JsonNode c : decision.get("conditions")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no condition " + code + " in " + decision);
    }

    private static JsonNode stepOf(JsonNode decision, String ruleId) {
        for (JsonNode s : decision.get("trace")) {
            if (s.get("ruleId").asText().equals(ruleId)) {
                return s;
            }
        }
        throw new AssertionError("rule " + ruleId + " did not fire for " + decision.get("subjectCode"));
    }

    private static List<String> codes(JsonNode decisions) {
        return codes(decisions, "subjectCode");
    }

    private static List<String> codes(JsonNode nodes, String field) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
