package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * A Department with two years of facts, and the calls the proposal tests share.
 * <p>
 * 2023 and 2024: Nguyễn Thị Hoa (NV001) has a recognised initiative each year (P1); Trần Văn Bình
 * (NV002) is the officer of item 1.1, better each year (P2); Lê Minh Tâm (NV003) has nothing. The
 * unit VP meets U1–U3 in 2024 only; QLTM never.
 */
final class ProposalFixtures {
    private static final List<String> FACT_TABLES = List.of("awards", "ratings", "disciplines", "initiatives",
            "dossiers", "tasks", "criteria", "people", "units");

    static final String DEPARTMENT = """
            {
              "units": [
                {"code": "VP", "name": "Văn phòng Sở"},
                {"code": "QLTM", "name": "Phòng Quản lý thương mại"}
              ],
              "people": [
                {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                {"code": "NV002", "fullName": "Trần Văn Bình", "unitCode": "VP", "category": "VIEN_CHUC", "gender": "MALE"},
                {"code": "NV003", "fullName": "Lê Minh Tâm", "unitCode": "QLTM", "category": "CONG_CHUC", "gender": "MALE"}
              ],
              "criteria": [
                {"year": 2022, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 1, "unitCode": "VP", "officerCode": "NV002"},
                {"year": 2023, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 1.5, "unitCode": "VP", "officerCode": "NV002"},
                {"year": 2024, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 2, "unitCode": "VP", "officerCode": "NV002"},
                {"year": 2023, "code": "1.2", "name": "Báo cáo CCHC", "maxScore": 1, "score": 1, "unitCode": "VP"},
                {"year": 2024, "code": "1.2", "name": "Báo cáo CCHC", "maxScore": 1, "score": 1, "unitCode": "VP"},
                {"year": 2023, "code": "2.1", "name": "Hồ sơ đúng hạn", "maxScore": 10, "score": 6, "unitCode": "QLTM", "officerCode": "NV003"},
                {"year": 2024, "code": "2.1", "name": "Hồ sơ đúng hạn", "maxScore": 10, "score": 6, "unitCode": "QLTM", "officerCode": "NV003"}
              ],
              "tasks": [
                {"code": "NV-VP-23", "unitCode": "VP", "title": "Báo cáo CCHC năm", "dueDate": "2023-12-15", "completedDate": "2023-12-10"},
                {"code": "NV-VP-24", "unitCode": "VP", "title": "Báo cáo CCHC quý", "dueDate": "2024-06-30", "completedDate": "2024-06-30"}
              ],
              "initiatives": [
                {"code": "SK-23", "personCode": "NV001", "year": 2023, "title": "Một cửa điện tử", "recognizedOn": "2023-12-01"},
                {"code": "SK-24", "personCode": "NV001", "year": 2024, "title": "Số hóa hồ sơ", "recognizedOn": "2024-11-20"}
              ]
            }
            """;

    private final MockMvc mvc;
    private final ObjectMapper json;

    ProposalFixtures(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    void replaceFacts(JdbcTemplate jdbc) throws Exception {
        FACT_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
        send("staff", "/api/facts", DEPARTMENT, status().isOk());
    }

    /** The demo-like Department's 2024 list, proposed, submitted and agreed whole by the Council: the decision is next. */
    long reviewed2024(JdbcTemplate jdbc, String minutesNo) throws Exception {
        replaceFacts(jdbc);
        long id = propose(annualRun(2024)).get("id").asLong();
        submit(id);
        agreeAll(id, minutesNo, "2025-01-18");
        return id;
    }

    long annualRun(int year) throws Exception {
        return send("staff", "/api/runs", """
                {"kind": "ANNUAL", "year": %d, "referenceDate": "%d-01-15"}""".formatted(year, year + 1), status().isCreated())
                .get("id").asLong();
    }

    long phaseRun(int quota) throws Exception {
        return send("staff", "/api/runs", """
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": %d, "referenceDate": "2025-12-15"}"""
                .formatted(quota), status().isCreated()).get("id").asLong();
    }

    JsonNode propose(long run) throws Exception {
        return send("staff", "/api/proposals", "{\"runId\": " + run + "}", status().isCreated());
    }

    JsonNode submit(long proposal) throws Exception {
        return send("staff", "/api/proposals/" + proposal + "/submit", null, status().isOk());
    }

    /** The Council agrees every entry. */
    JsonNode agreeAll(long proposal, String minutesNo, String date) throws Exception {
        StringBuilder results = new StringBuilder();
        for (JsonNode e : read("auditor", "/api/proposals/" + proposal).get("entries")) {
            results.append(results.isEmpty() ? "" : ",").append("""
                    {"subjectType": "%s", "subjectCode": "%s", "result": "AGREED"}"""
                    .formatted(e.get("subjectType").asText(), e.get("subjectCode").asText()));
        }
        return review(proposal, minutesNo, date, "[" + results + "]", status().isOk());
    }

    JsonNode review(long proposal, String minutesNo, String date, String results, ResultMatcher expected) throws Exception {
        return send("admin", "/api/proposals/" + proposal + "/review", """
                {"minutesNo": "%s", "minutesDate": "%s", "results": %s}""".formatted(minutesNo, date, results), expected);
    }

    JsonNode decide(long proposal, String number, String date, String signer, ResultMatcher expected) throws Exception {
        return send("admin", "/api/proposals/" + proposal + "/decision", """
                {"decisionNo": "%s", "decisionDate": "%s", "signer": "%s"}""".formatted(number, date, signer), expected);
    }

    JsonNode send(String user, String url, String body, ResultMatcher expected) throws Exception {
        var request = post(url).with(as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return parse(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    JsonNode put(String user, String url, String body, ResultMatcher expected) throws Exception {
        return parse(mvc.perform(MockMvcRequestBuilders.put(url).with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    JsonNode read(String user, String url) throws Exception {
        return parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** Every subject's outcome in a run, by code. */
    Map<String, String> outcomes(long run) throws Exception {
        Map<String, String> outcomes = new TreeMap<>();
        read("auditor", "/api/runs/" + run + "/decisions?size=500").get("items").forEach(d -> outcomes.put(d.get("subjectCode").asText(),
                d.get("outcome").asText()));
        return outcomes;
    }

    static JsonNode entry(JsonNode proposal, String code) {
        for (JsonNode e : proposal.get("entries")) {
            if (e.get("subjectCode").asText().equals(code)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + code + " in " + proposal);
    }

    /** A PDF's text, every page, spaces collapsed. */
    static String pdfText(byte[] bytes) throws Exception {
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private JsonNode parse(String body) throws Exception {
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }
}
