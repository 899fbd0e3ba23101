package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.proposals.ProposalFixtures.entry;

/**
 * Putting on the list a subject the run excluded, deferred or did not find qualified sets aside a
 * legal reason: it takes a written justification and an explicit confirmation, and the entry keeps
 * which reason it set aside. A subject the run found qualified needs neither.
 */
@ApiTest
class OverrideJustificationApiTest {
    private static final String JUSTIFICATION = "Hội đồng cơ sở đề nghị vì đã khắc phục xong hậu quả";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;

    @BeforeEach
    void department() throws Exception {
        f = new ProposalFixtures(mvc, json);
        f.replaceFacts(jdbc);
    }

    /** 2023 with NV001 under disciplinary review (DEFERRED) and NV002 serving a sanction on the reference date (EXCLUDED). */
    private long draftOf2023WithDiscipline() throws Exception {
        f.send("staff", "/api/facts", """
                {"disciplines": [
                  {"subjectType": "PERSON", "subjectCode": "NV001", "kind": "REVIEW", "from": "2023-12-20"},
                  {"subjectType": "PERSON", "subjectCode": "NV002", "kind": "SANCTION", "from": "2023-11-01", "to": "2024-06-30"}]}""",
                status().isOk());
        long run = f.annualRun(2023);
        assertThat(f.outcomes(run)).containsEntry("NV001", "DEFERRED").containsEntry("NV002", "EXCLUDED");
        return f.propose(run).get("id").asLong();
    }

    @Test
    void anExcludedSubjectIsRefused422NamingTheJustificationAndTheConfirmationUntilBothAreGiven() throws Exception {
        long id = draftOf2023WithDiscipline();
        String url = "/api/proposals/" + id + "/entries";

        JsonNode neither = f.send("staff", url, """
                {"subjectType": "PERSON", "subjectCode": "NV002", "reason": "Đột xuất"}""", status().isUnprocessableEntity());
        assertThat(neither.get("detail").asText()).contains("PERSON NV002 EXCLUDED").contains("\"confirmed\": true");
        assertThat(neither.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("reason", "confirmed");
        assertThat(neither.get("errors").get(0).get("message").asText()).contains("at least 20 characters").contains("got 8");

        JsonNode unconfirmed = f.send("staff", url, """
                {"subjectType": "PERSON", "subjectCode": "NV002", "reason": "%s", "confirmed": false}""".formatted(JUSTIFICATION),
                status().isUnprocessableEntity());
        assertThat(unconfirmed.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("confirmed");
        assertThat(f.read("auditor", "/api/proposals/" + id).get("entries")).isEmpty();

        JsonNode p = f.send("staff", url, """
                {"subjectType": "PERSON", "subjectCode": "NV002", "reason": "%s", "confirmed": true}""".formatted(JUSTIFICATION),
                status().isOk());
        JsonNode override = entry(p, "NV002").get("override");
        assertThat(override.get("reason").asText()).isEqualTo(JUSTIFICATION);
        JsonNode excluded = f.read("auditor", "/api/runs/" + p.get("runId").asLong() + "/decisions/PERSON/NV002")
                .get("exclusions").get(0);
        assertThat(override.get("grounds")).extracting(JsonNode::asText)
                .containsExactly(excluded.get("detail").asText() + " (" + excluded.get("legalBasis").asText() + ")");
        assertThat(p.get("history").get(1).get("detail").asText()).contains("vượt qua: " + excluded.get("detail").asText());
    }

    @Test
    void aDeferredSubjectKeepsTheDeferralItSetAsideAndTheAuditLogSaysSo() throws Exception {
        long id = draftOf2023WithDiscipline();
        JsonNode p = f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV001", "reason": "%s", "confirmed": true}""".formatted(JUSTIFICATION),
                status().isOk());
        assertThat(entry(p, "NV001").get("engineOutcome").asText()).isEqualTo("DEFERRED");
        assertThat(entry(p, "NV001").get("override").get("grounds").get(0).asText())
                .startsWith("Đang xem xét kỷ luật từ 20/12/2023").contains("Hoãn cho đến khi").contains("(Kế hoạch thi đua CCHC");

        JsonNode logged = f.read("auditor", "/api/audit?limit=1").get(0);
        assertThat(logged.get("action").asText()).isEqualTo("PROPOSAL_OVERRIDE_ADDED");
        assertThat(logged.get("details").get("overridden").get(0).asText()).startsWith("Đang xem xét kỷ luật từ 20/12/2023");
    }

    @Test
    void aSubjectTheRunFoundQualifiedNeedsNeitherJustificationLengthNorConfirmation() throws Exception {
        // NV001 and NV002 hold the Giấy khen of 2023 and 2024; NV001 ranks first in the quota of 1, NV002 is RESERVE
        f.send("staff", "/api/facts", """
                {"awards": [
                  {"year": 2023, "subjectType": "PERSON", "subjectCode": "NV001", "award": "GIAY_KHEN_CCHC", "decisionNo": "10/QĐ-SCT", "decisionDate": "2024-01-20"},
                  {"year": 2023, "subjectType": "PERSON", "subjectCode": "NV002", "award": "GIAY_KHEN_CCHC", "decisionNo": "10/QĐ-SCT", "decisionDate": "2024-01-20"},
                  {"year": 2024, "subjectType": "PERSON", "subjectCode": "NV001", "award": "GIAY_KHEN_CCHC", "decisionNo": "20/QĐ-SCT", "decisionDate": "2025-01-20"},
                  {"year": 2024, "subjectType": "PERSON", "subjectCode": "NV002", "award": "GIAY_KHEN_CCHC", "decisionNo": "20/QĐ-SCT", "decisionDate": "2025-01-20"}]}""",
                status().isOk());
        long phase = f.phaseRun(1);
        assertThat(f.outcomes(phase)).containsEntry("NV001", "PROPOSED").containsEntry("NV002", "RESERVE");
        long id = f.propose(phase).get("id").asLong();

        JsonNode p = f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV002", "reason": "Dự phòng"}""", status().isOk());
        assertThat(entry(p, "NV002").get("override").get("reason").asText()).isEqualTo("Dự phòng");
        assertThat(entry(p, "NV002").get("override").has("grounds")).isFalse();
    }
}
