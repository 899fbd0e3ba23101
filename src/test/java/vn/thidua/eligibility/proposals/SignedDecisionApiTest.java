package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** The signed decision attached back: checked, kept with every earlier one, hashed into the audit log, downloadable. */
@ApiTest
class SignedDecisionApiTest {
    private static final byte[] SIGNED_PDF = "%PDF-1.7\n% signed by the Director\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCAN_PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;
    long id;

    @BeforeEach
    void underReview() throws Exception {
        f = new ProposalFixtures(mvc, json);
        id = f.reviewed2024(jdbc, "03/BB-HĐTĐKT");
    }

    @Test
    void theDecisionDocumentsAndItsSignedCopyWaitForTheDecision() throws Exception {
        for (String file : new String[]{"decision.docx", "decision.pdf"}) {
            mvc.perform(get("/api/proposals/" + id + "/" + file).with(as("auditor"))).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("once the decision is recorded")));
        }
        attach("admin", "qd.pdf", SIGNED_PDF).andExpect(status().isConflict());
        mvc.perform(get("/api/proposals/" + id + "/proposal.docx").with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().contentType(DocxDocuments.MEDIA_TYPE));
    }

    @Test
    void attachingAgainKeepsTheEarlierFileAndEachHashIsInTheAuditLog() throws Exception {
        f.decide(id, "21/QĐ-SCT", "2025-01-20", "Nguyễn Văn Giám", status().isOk());
        JsonNode first = body(attach("admin", "C:\\scans\\qd-21.pdf", SIGNED_PDF).andExpect(status().isCreated()));
        JsonNode second = body(attach("admin", "qd-21-scan.png", SCAN_PNG).andExpect(status().isCreated()));

        assertThat(first.get("fileName").asText()).isEqualTo("qd-21.pdf");
        assertThat(first.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(first.get("sha256").asText()).isEqualTo(SignedDecisionService.sha256(SIGNED_PDF)).hasSize(64);
        assertThat(second.get("contentType").asText()).isEqualTo("image/png");
        JsonNode listed = f.read("auditor", "/api/proposals/" + id + "/signed-decisions");
        assertThat(listed).extracting(n -> n.get("id").asLong())
                .containsExactly(second.get("id").asLong(), first.get("id").asLong());
        assertThat(listed.get(0).get("attachedBy").asText()).isEqualTo("admin");

        mvc.perform(get("/api/proposals/" + id + "/signed-decision").with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(SCAN_PNG));
        mvc.perform(get("/api/proposals/" + id + "/signed-decisions/" + first.get("id").asLong()).with(as("staff")))
                .andExpect(status().isOk()).andExpect(content().bytes(SIGNED_PDF))
                .andExpect(header().string("Content-Disposition", containsString("qd-21.pdf")));

        JsonNode audited = null;
        for (JsonNode e : f.read("auditor", "/api/audit?limit=200")) {
            if (e.get("action").asText().equals("PROPOSAL_SIGNED_DECISION_ATTACHED")
                    && e.get("details").get("signedDecision").asLong() == first.get("id").asLong()) {
                audited = e;
            }
        }
        assertThat(audited).as("the audit entry of the first file").isNotNull();
        assertThat(audited.get("actor").asText()).isEqualTo("admin");
        assertThat(audited.get("details").get("sha256").asText()).isEqualTo(first.get("sha256").asText());
        assertThat(audited.get("details").get("decisionNo").asText()).isEqualTo("21/QĐ-SCT");
        mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void onlyAPdfOrAScanWithinTheLimitIsKeptAndOnlyByAnAdministrator() throws Exception {
        f.decide(id, "22/QĐ-SCT", "2025-01-20", "Nguyễn Văn Giám", status().isOk());
        attach("staff", "qd.pdf", SIGNED_PDF).andExpect(status().isForbidden());
        attach("admin", "qd.pdf", "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("not a PDF or a scan (PNG, JPEG, TIFF)")));
        attach("admin", "qd.pdf", new byte[0]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("the file is empty"));
        byte[] large = Arrays.copyOf(SIGNED_PDF, 10 * 1024 * 1024 + 1);
        attach("admin", "qd.pdf", large).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("more than the 10485760 allowed")));
        assertThat(f.read("auditor", "/api/proposals/" + id + "/signed-decisions")).isEmpty();
        mvc.perform(get("/api/proposals/" + id + "/signed-decision").with(as("auditor"))).andExpect(status().isNotFound());
    }

    private ResultActions attach(String user, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/proposals/" + id + "/signed-decision")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(as(user)));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
