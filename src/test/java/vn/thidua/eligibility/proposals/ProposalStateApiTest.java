package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.proposals.ProposalFixtures.entry;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** The proposal's states: only forward, each by its role, immutable once decided; overrides and revocations recorded. */
@ApiTest
class ProposalStateApiTest {
    private static final String NV003_OVERRIDE = """
            {"subjectType": "PERSON", "subjectCode": "NV003", "reason": "Có đóng góp tổ chức hội nghị CCHC", "note": "Đề xuất của Văn phòng",
             "confirmed": true}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;
    long id;

    @BeforeEach
    void draftOf2023() throws Exception {
        f = new ProposalFixtures(mvc, json);
        f.replaceFacts(jdbc);
        id = f.propose(f.annualRun(2023)).get("id").asLong();
    }

    @Test
    void undeterminedAndDeferredSubjectsAreListedApartNotProposed() throws Exception {
        // 2023: NV003's item 2.1 has no 2022 score, and nothing else decides (UNDETERMINED); put NV001,
        // eligible, under disciplinary review and compile the list of a new run: DEFERRED, not an entry.
        f.send("staff", "/api/facts", """
                {"disciplines": [{"subjectType": "PERSON", "subjectCode": "NV001", "kind": "REVIEW", "from": "2023-12-20"}]}""",
                status().isOk());
        JsonNode p = f.propose(f.annualRun(2023));
        assertThat(p.get("entries")).extracting(e -> e.get("subjectCode").asText()).doesNotContain("NV001", "NV003");
        Map<String, JsonNode> held = new java.util.HashMap<>();
        p.get("heldBack").forEach(h -> held.put(h.get("subjectCode").asText(), h));
        assertThat(held.get("NV001").get("outcome").asText()).isEqualTo("DEFERRED");
        assertThat(held.get("NV001").get("reasons").get(0).asText()).contains("Hoãn cho đến khi việc xem xét kỷ luật");
        assertThat(held.get("NV003").get("outcome").asText()).isEqualTo("UNDETERMINED");
        assertThat(held.get("NV003").get("reasons").get(0).asText()).contains("không có điểm năm 2022 để so sánh (thiếu dữ liệu): 2.1");
    }

    @Test
    void anOverrideRecordsWhoAndWhyBesideTheRunsOutcome() throws Exception {
        JsonNode p = f.send("staff", "/api/proposals/" + id + "/entries", NV003_OVERRIDE, status().isOk());
        JsonNode nv003 = entry(p, "NV003");
        // NV003's item 2.1 has no score in the year before the run's: P2 cannot be judged, nor anything decide
        assertThat(nv003.get("engineOutcome").asText()).isEqualTo("UNDETERMINED");
        assertThat(nv003.get("override").get("by").asText()).isEqualTo("staff");
        assertThat(nv003.get("override").get("reason").asText()).isEqualTo("Có đóng góp tổ chức hội nghị CCHC");
        assertThat(nv003.get("note").asText()).isEqualTo("Đề xuất của Văn phòng");
        assertThat(entry(p, "NV001").has("override")).isFalse();
        assertThat(p.get("history")).extracting(e -> e.get("action").asText()).containsExactly("CREATED", "OVERRIDE_ADDED");

        // without a reason, twice, or a subject the run never decided: refused
        JsonNode noReason = f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "UNIT", "subjectCode": "QLTM"}""", status().isBadRequest());
        assertThat(noReason.get("errors").get(0).get("path").asText()).isEqualTo("reason");
        assertThat(f.send("staff", "/api/proposals/" + id + "/entries", NV003_OVERRIDE, status().isConflict())
                .get("detail").asText()).contains("already lists PERSON NV003");
        assertThat(f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV999", "reason": "?"}""", status().isBadRequest())
                .get("errors").get(0).get("message").asText()).contains("decided no PERSON NV999");
    }

    @Test
    void statesMoveOnlyForwardEachByItsRole() throws Exception {
        String url = "/api/proposals/" + id;
        // the Council cannot review a draft, nor a decision be recorded before the review
        assertThat(f.review(id, "01/BB", "2024-01-18", "[]", status().isConflict()).get("detail").asText())
                .contains("is DRAFT").contains("must be UNDER_REVIEW");
        f.send("auditor", url + "/submit", null, status().isForbidden());
        f.submit(id);
        f.send("staff", url + "/submit", null, status().isConflict());
        f.put("staff", url + "/entries/PERSON/NV001/note", "{\"note\": \"late\"}", status().isConflict());
        assertThat(f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc", status().isConflict()).get("detail").asText())
                .contains("no Council review");

        // staff cannot record the Council's result; every entry needs one, a rejection its reason
        mvc.perform(post(url + "/review").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        JsonNode incomplete = f.review(id, "01/BB", "2024-01-18", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "REJECTED"}]""", status().isBadRequest());
        assertThat(incomplete.get("errors")).extracting(e -> e.get("path").asText() + " " + e.get("message").asText())
                .containsExactlyInAnyOrder("results[0].reason required", "results no result for PERSON NV002 (Trần Văn Bình)");
        f.review(id, "01/BB", "2024-01-18", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV002", "result": "REJECTED", "reason": "Thành tích chưa tiêu biểu"}]""",
                status().isOk());
        assertThat(f.review(id, "02/BB", "2024-01-19", "[]", status().isConflict()).get("detail").asText())
                .contains("already recorded");

        assertThat(f.decide(id, "15/QĐ-SCT", "2024-01-10", "Giám đốc", status().isBadRequest())
                .get("errors").get(0).get("path").asText()).isEqualTo("decisionDate");
        f.send("staff", url + "/decision", "{\"decisionNo\": \"15/QĐ-SCT\", \"decisionDate\": \"2024-01-20\", \"signer\": \"x\"}",
                status().isForbidden());
        JsonNode decided = f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc Sở Công Thương", status().isOk());
        assertThat(entry(decided, "NV002").get("granted").asBoolean()).isFalse();
        assertThat(decided.get("council").get("minutesNo").asText()).isEqualTo("01/BB");
        assertThat(decided.get("history")).extracting(e -> e.get("action").asText())
                .containsExactly("CREATED", "SUBMITTED", "REVIEWED", "DECIDED");
        assertThat(f.read("auditor", "/api/facts/awards?year=2023").get("items")).extracting(a -> a.get("subjectCode").asText())
                .containsExactly("NV001");

        // decided: nothing changes any more
        String immutable = "was decided by 15/QĐ-SCT of 2024-01-20 and can no longer change";
        assertThat(f.decide(id, "16/QĐ-SCT", "2024-01-21", "Giám đốc", status().isConflict()).get("detail").asText())
                .contains(immutable);
        assertThat(f.put("staff", url + "/entries/PERSON/NV001/note", "{\"note\": \"x\"}", status().isConflict())
                .get("detail").asText()).contains(immutable);
        assertThat(f.send("staff", url + "/entries", NV003_OVERRIDE, status().isConflict()).get("detail").asText())
                .contains(immutable);
        f.send("staff", url + "/submit", null, status().isConflict());
    }

    @Test
    void aRevocationIsItsOwnActOnlyOfAnAwardGranted() throws Exception {
        String url = "/api/proposals/" + id;
        f.send("admin", url + "/entries/PERSON/NV001/revocation", "{\"reason\": \"x\"}", status().isConflict());
        f.submit(id);
        f.review(id, "01/BB", "2024-01-18", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV002", "result": "REJECTED", "reason": "Chưa tiêu biểu"}]""",
                status().isOk());
        f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc Sở Công Thương", status().isOk());

        f.send("staff", url + "/entries/PERSON/NV001/revocation", "{\"reason\": \"x\"}", status().isForbidden());
        f.send("admin", url + "/entries/PERSON/NV001/revocation", "{}", status().isBadRequest());
        assertThat(f.send("admin", url + "/entries/PERSON/NV002/revocation", "{\"reason\": \"x\"}", status().isConflict())
                .get("detail").asText()).contains("No award was granted to PERSON NV002");
        JsonNode revoked = f.send("admin", url + "/entries/PERSON/NV001/revocation",
                "{\"reason\": \"Vi phạm kỷ luật phát hiện sau\"}", status().isOk());
        assertThat(entry(revoked, "NV001").get("revocation").get("reason").asText()).isEqualTo("Vi phạm kỷ luật phát hiện sau");
        assertThat(revoked.get("status").asText()).isEqualTo("DECIDED");
        assertThat(f.read("auditor", "/api/facts/awards?year=2023").get("items")).isEmpty();
        assertThat(f.send("admin", url + "/entries/PERSON/NV001/revocation", "{\"reason\": \"x\"}", status().isConflict())
                .get("detail").asText()).contains("already revoked");
    }

    /** Found by trying: a year no DATE column holds was a 500 at the review and the revocation, and stored nothing. */
    @Test
    void aMeetingOrDecisionDateOutsideTheYearsADocumentBearsIsA400() throws Exception {
        String url = "/api/proposals/" + id;
        f.submit(id);
        String results = "[{\"subjectType\": \"PERSON\", \"subjectCode\": \"NV001\", \"result\": \"AGREED\"},"
                + "{\"subjectType\": \"PERSON\", \"subjectCode\": \"NV002\", \"result\": \"AGREED\"}]";
        for (String date : new String[]{"+999999999-12-31", "-999999999-01-01", "0000-01-01", "1999-12-31"}) {
            JsonNode refused = f.review(id, "01/BB", date, results, status().isBadRequest());
            assertThat(refused.get("errors").get(0).get("path").asText()).isEqualTo("minutesDate");
            assertThat(refused.get("errors").get(0).get("message").asText()).contains("is out of range 2000-01-01..2100-12-31");
        }
        f.review(id, "01/BB", "2024-01-18", results, status().isOk());
        f.decide(id, "15/QĐ-SCT", "+999999999-12-31", "Giám đốc", status().isBadRequest());
        f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc", status().isOk());
        JsonNode revocation = f.send("admin", url + "/entries/PERSON/NV001/revocation",
                "{\"reason\": \"x\", \"decisionDate\": \"+999999999-12-31\"}", status().isBadRequest());
        assertThat(revocation.get("errors").get(0).get("path").asText()).isEqualTo("decisionDate");
        assertThat(entry(f.read("auditor", url), "NV001").has("revocation")).isFalse();
    }

    @Test
    void badRequestsAreAnswered400Or404Or409NeverA500() throws Exception {
        f.send("staff", "/api/proposals", "{}", status().isBadRequest());
        assertThat(f.send("staff", "/api/proposals", "{\"runId\": 987654}", status().isBadRequest())
                .get("errors").get(0).get("path").asText()).isEqualTo("runId");
        JsonNode again = f.send("staff", "/api/proposals", "{\"runId\": " + f.read("auditor", "/api/proposals/" + id)
                .get("runId").asLong() + "}", status().isConflict());
        assertThat(again.get("detail").asText()).contains("already has proposal " + id);
        f.send("staff", "/api/proposals", "{\"runId\": \"abc\"}", status().isBadRequest());
        f.send("staff", "/api/proposals", "{\"runId\": 1, \"extra\": true}", status().isBadRequest());
        f.send("auditor", "/api/proposals", "{\"runId\": 1}", status().isForbidden());
        mvc.perform(get("/api/proposals/987654").with(as("auditor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/proposals/987654/list.pdf").with(as("auditor"))).andExpect(status().isNotFound());
        f.put("staff", "/api/proposals/" + id + "/entries/PERSON/NV404/note", "{\"note\": \"x\"}", status().isNotFound());
        f.put("staff", "/api/proposals/" + id + "/entries/ROBOT/NV001/note", "{\"note\": \"x\"}", status().isBadRequest());
        f.send("staff", "/api/proposals/" + id + "/entries", "{\"subjectType\": \"ROBOT\"}", status().isBadRequest());
        mvc.perform(get("/api/reports/yearly/1999").with(as("auditor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/yearly/abc").with(as("auditor"))).andExpect(status().isBadRequest());
    }

    @Test
    void aPhaseListAgreesAtMostTheProvincesQuota() throws Exception {
        long first = f.propose(f.annualRun(2024)).get("id").asLong();
        f.submit(first);
        f.agreeAll(first, "02/BB", "2025-01-18");
        f.decide(first, "20/QĐ-SCT", "2025-01-20", "Giám đốc Sở Công Thương", status().isOk());
        f.submit(id);
        f.agreeAll(id, "01/BB", "2024-01-18");
        f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc Sở Công Thương", status().isOk());

        // quota 0 proposes nobody; an override makes a list the Council may agree only up to the quota
        long phase = f.propose(f.phaseRun(0)).get("id").asLong();
        f.send("staff", "/api/proposals/" + phase + "/submit", null, status().isConflict());
        f.send("staff", "/api/proposals/" + phase + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV001", "reason": "Chỉ tiêu bổ sung của tỉnh"}""", status().isOk());
        f.submit(phase);
        JsonNode over = f.review(phase, "09/BB", "2025-12-16", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"}]""", status().isBadRequest());
        assertThat(over.get("errors").get(0).get("message").asText()).contains("quota is 0");
    }
}
