package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Every act on a proposal reaches the audit log in the act's own transaction, and the documents
 * carry the log's fingerprint.
 */
@ApiTest
class ProposalAuditApiTest {
    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint\\): (\\d+-[0-9a-f]{12})");

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

    @Test
    void everyActOnAProposalIsInTheAuditLogWithWhatItChanged() throws Exception {
        long run = f.annualRun(2024);
        long id = f.propose(run).get("id").asLong();
        f.put("staff", "/api/proposals/" + id + "/entries/PERSON/NV001/note", "{\"note\": \"Dẫn đầu\"}", status().isOk());
        f.send("staff", "/api/proposals/" + id + "/entries",
                "{\"subjectType\": \"UNIT\", \"subjectCode\": \"QLTM\", \"reason\": \"Đột xuất hoàn thành nhiệm vụ\", \"confirmed\": true}",
                status().isOk());
        f.submit(id);
        f.agreeAll(id, "02/BB-HĐTĐKT", "2025-01-18");
        f.decide(id, "21/QĐ-SCT", "2025-01-20", "Giám đốc Sở Công Thương", status().isOk());
        f.send("admin", "/api/proposals/" + id + "/entries/UNIT/QLTM/revocation",
                "{\"reason\": \"Thành tích không đúng\", \"decisionNo\": \"31/QĐ-SCT\", \"decisionDate\": \"2025-03-01\"}",
                status().isOk());

        List<JsonNode> entries = entriesOf(id);
        assertThat(entries).extracting(e -> e.get("action").asText()).containsExactly("PROPOSAL_COMPILED",
                "PROPOSAL_NOTE_SET", "PROPOSAL_OVERRIDE_ADDED", "PROPOSAL_SUBMITTED", "PROPOSAL_REVIEWED",
                "PROPOSAL_DECIDED", "PROPOSAL_REVOKED");
        assertThat(entries.get(2).get("details").get("subject").asText()).isEqualTo("UNIT QLTM");
        assertThat(entries.get(2).get("details").get("reason").asText()).isEqualTo("Đột xuất hoàn thành nhiệm vụ");
        assertThat(entries.get(5).get("details").get("granted").toString()).contains("UNIT QLTM");
        assertThat(entries.get(6).get("actor").asText()).isEqualTo("admin");
        JsonNode grant = latest("FACTS_IMPORTED");
        assertThat(grant.get("actor").asText()).isEqualTo("admin");
        assertThat(grant.get("details").get("keys").get("awards").get("added").toString()).contains("UNIT/QLTM");
        mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.valid").value(true));
    }

    /**
     * Reproduced on the old code: a decision that failed after the awards import had run still left
     * the import's entry. A trigger refuses the proposal's update, as a failed version check would.
     */
    @Test
    void aDecisionThatFailsAfterItsAwardsWereWrittenLeavesNeitherAwardsNorEntries() throws Exception {
        long id = f.propose(f.annualRun(2024)).get("id").asLong();
        f.submit(id);
        f.agreeAll(id, "03/BB-HĐTĐKT", "2025-01-18");
        long entriesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        jdbc.execute("CREATE TRIGGER proposal_fails BEFORE UPDATE ON proposal FOR EACH ROW"
                + " IF NEW.decision_no = '99/QĐ-LỖI' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'; END IF");
        try {
            // MockMvc hands the unhandled failure back rather than a 500
            assertThatThrownBy(() -> f.decide(id, "99/QĐ-LỖI", "2025-01-20", "Giám đốc", status().is5xxServerError()))
                    .hasStackTraceContaining("refused");
        } finally {
            jdbc.execute("DROP TRIGGER proposal_fails");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(entriesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM awards WHERE decision_no = '99/QĐ-LỖI'", Long.class)).isZero();
        assertThat(f.read("auditor", "/api/proposals/" + id).get("status").asText()).isEqualTo("UNDER_REVIEW");

        f.decide(id, "22/QĐ-SCT", "2025-01-20", "Giám đốc", status().isOk());
        assertThat(entriesOf(id)).extracting(e -> e.get("action").asText()).contains("PROPOSAL_DECIDED");
        assertThat(latest("FACTS_IMPORTED").get("details").get("added").asInt()).isPositive();
    }

    @Test
    void theListAndTheYearlyReportCarryTheLogsFingerprintWhichVerifyRecognisesLater() throws Exception {
        long id = f.propose(f.annualRun(2024)).get("id").asLong();
        byte[] xlsx = mvc.perform(get("/api/proposals/" + id + "/list.xlsx").with(as("staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String printed = fingerprintIn(xlsx);
        for (String pdf : List.of("/api/proposals/" + id + "/list.pdf", "/api/reports/yearly/2024/report.pdf")) {
            assertThat(pdfText(mvc.perform(get(pdf).with(as("staff"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray())).as(pdf).contains("(audit log fingerprint): " + printed);
        }
        assertThat(fingerprintIn(mvc.perform(get("/api/reports/yearly/2024/report.xlsx").with(as("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).isEqualTo(printed);
        f.submit(id); // the log moves on; the printed state is still in it
        JsonNode check = f.read("auditor", "/api/audit/verify?fingerprint=" + printed).get("fingerprintCheck");
        assertThat(check.get("contained").asBoolean()).as(check.toString()).isTrue();
        String forged = printed.substring(0, printed.length() - 1) + (printed.endsWith("0") ? "1" : "0");
        assertThat(f.read("auditor", "/api/audit/verify?fingerprint=" + forged).get("fingerprintCheck")
                .get("contained").asBoolean()).isFalse();
    }

    private static String pdfText(byte[] bytes) throws Exception {
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private String fingerprintIn(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    Matcher m = FINGERPRINT.matcher(cell.toString());
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        throw new AssertionError("no audit fingerprint in the workbook");
    }

    private List<JsonNode> entriesOf(long proposal) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : f.read("auditor", "/api/audit?limit=200")) {
            if (e.get("action").asText().startsWith("PROPOSAL_") && e.get("details").get("proposal").asLong() == proposal) {
                out.add(0, e);
            }
        }
        return out;
    }

    private JsonNode latest(String action) throws Exception {
        for (JsonNode e : f.read("auditor", "/api/audit?limit=200")) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " entry");
    }
}
