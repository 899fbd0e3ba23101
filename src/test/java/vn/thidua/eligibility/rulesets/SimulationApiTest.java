package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.runs.RunFixtures;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * The administrator's question before activating: lowering the U1 threshold to 70% from 2024,
 * who would gain? The simulation answers on the stored facts and stores nothing as a run.
 */
@ApiTest
class SimulationApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    /** KH has 7 of 10 items at full score (misses U1 at 80%, meets it at 70%) and meets U2, U3; VP has all 10. */
    private static String department() {
        List<String> criteria = new ArrayList<>();
        for (String unit : List.of("KH", "VP")) {
            criteria.add(item(2023, unit, 1, "1"));
            for (int i = 1; i <= 10; i++) {
                criteria.add(item(2024, unit, i, unit.equals("KH") && i > 7 ? "1.5" : "2"));
            }
        }
        return """
                {
                  "units": [{"code": "KH", "name": "Phòng Kế hoạch"}, {"code": "VP", "name": "Văn phòng Sở"}],
                  "criteria": [%s],
                  "tasks": [
                    {"code": "NV-KH-1", "unitCode": "KH", "title": "Báo cáo", "dueDate": "2024-06-30", "completedDate": "2024-06-30"},
                    {"code": "NV-VP-1", "unitCode": "VP", "title": "Báo cáo", "dueDate": "2024-06-30", "completedDate": "2024-06-30"}
                  ]
                }
                """.formatted(String.join(",\n", criteria));
    }

    /** An item of the CCHC index scored out of 2; the code is the unit's own (codes are unique per year). */
    private static String item(int year, String unit, int n, String score) {
        return "{\"year\": %d, \"code\": \"%s.%d\", \"name\": \"Tiêu chí %d\", \"maxScore\": 2, \"score\": %s, \"unitCode\": \"%s\"}"
                .formatted(year, unit, n, n, score, unit);
    }

    private int active() {
        return jdbc.queryForObject("SELECT version FROM rule_set_version WHERE status = 'ACTIVE'", Integer.class);
    }

    /** U1's threshold lowered to 70% from 2024, a draft of the active version. */
    private String loweredU1(String parameters) {
        String u1 = "unit.fullScoreShare.min:";
        int values = parameters.indexOf("      value: 0.80\n", parameters.indexOf(u1)) + "      value: 0.80\n".length();
        return parameters.substring(0, values) + "    - from: 2024-01-01\n      value: 0.70\n" + parameters.substring(values);
    }

    /** A draft of the active version whose parameters.yaml is the active one's, changed. */
    private JsonNode draft(java.util.function.UnaryOperator<String> change) throws Exception {
        String parameters = json.readTree(mvc.perform(get("/api/rulesets/" + active()).with(as("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("files").get("parameters.yaml").asText();
        JsonNode draft = json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("basedOn", active(), "files",
                                Map.of("parameters.yaml", change.apply(parameters)), "note", "changed by " + getClass().getSimpleName()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(draft.get("valid").asBoolean()).as(draft.toString()).isTrue();
        return draft;
    }

    private org.springframework.test.web.servlet.ResultActions simulate(int version, String body) throws Exception {
        return mvc.perform(post("/api/rulesets/" + version + "/simulate").header("Accept-Language", "en")
                .with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode simulated(int version, String body) throws Exception {
        return json.readTree(simulate(version, body).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void loweringTheU1ThresholdShowsWhoGainsAndStoresNoRun() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, department());
        int active = active();
        JsonNode draft = draft(this::loweredU1);
        int runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class);

        JsonNode report = json.readTree(mvc.perform(post("/api/rulesets/" + draft.get("version").asInt() + "/simulate").header("Accept-Language", "en")
                        .with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(report.get("activeVersion").asInt()).isEqualTo(active);
        assertThat(report.get("subjects").asInt()).isEqualTo(2);
        assertThat(report.get("changes")).as(report.toString()).singleElement().satisfies(change -> {
            assertThat(change.get("subject").asText()).isEqualTo("UNIT:KH");
            assertThat(change.at("/before/outcome").asText()).isEqualTo("NOT_ELIGIBLE");
            assertThat(change.at("/after/outcome").asText()).isEqualTo("ELIGIBLE");
            assertThat(change.get("changedConditions")).singleElement().satisfies(c -> {
                assertThat(c.get("code").asText()).isEqualTo("U1");
                assertThat(c.get("before").asBoolean()).isFalse();
                assertThat(c.get("after").asBoolean()).isTrue();
                assertThat(c.get("textAfter").asText()).isEqualTo("7/10 items of 2024 at full score = 70% ≥ 70%");
            });
            assertThat(change.get("rules")).extracting(JsonNode::asText)
                    .contains("U1.FULL_SCORE_SHARE", "D.UNIT_ELIGIBLE", "D.UNIT_NOT_ELIGIBLE");
        });
        assertThat(report.at("/summary/ELIGIBLE/gained").asInt()).isOne();
        assertThat(report.at("/summary/ELIGIBLE/lost").asInt()).isZero();
        assertThat(report.at("/summary/NOT_ELIGIBLE/lost").asInt()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class)).isEqualTo(runsBefore);
        assertThat(jdbc.queryForObject("SELECT status FROM rule_set_version WHERE version = ?", String.class,
                draft.get("version").asInt())).isEqualTo("DRAFT");
    }

    /**
     * The department above with people: NV001 of KH has an initiative of 2024 but served a sanction
     * until 31/01/2024, so from 2024 it does not count (NOT_ELIGIBLE); NV002 of VP has nothing.
     */
    private static String departmentWithPeople() {
        return department().strip().replaceFirst("}$", """
                  , "people": [
                    {"code": "NV001", "fullName": "Nguyễn Văn A", "unitCode": "KH", "category": "CONG_CHUC", "gender": "MALE"},
                    {"code": "NV002", "fullName": "Trần Thị B", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"}],
                  "initiatives": [{"code": "SK-1", "personCode": "NV001", "year": 2024, "title": "Một cửa", "recognizedOn": "2024-03-01"}],
                  "disciplines": [{"subjectType": "PERSON", "subjectCode": "NV001", "kind": "SANCTION",
                                   "from": "2023-01-01", "to": "2024-01-31"}]
                }""");
    }

    /** U1 at 70% from 2024 (KH gains) and achievements counted whatever a sanction's end (NV001 gains). */
    private JsonNode draftChangingAUnitAndAPerson() throws Exception {
        return draft(parameters -> {
            String flag = "achievement.afterSanctionEnd.applies:";
            String fromNow = "    - from: 2024-01-01\n      value: true\n";
            int at = parameters.indexOf(fromNow, parameters.indexOf(flag));
            return loweredU1(parameters.substring(0, at) + "    - from: 2024-01-01\n      value: false\n"
                    + parameters.substring(at + fromNow.length()));
        });
    }

    @Test
    void oneSubjectAloneIsDecidedAsTheWholeSimulationDecidesIt() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, departmentWithPeople());
        int draft = draftChangingAUnitAndAPerson().get("version").asInt();
        String year = "\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\"";
        JsonNode whole = simulated(draft, "{" + year + "}");
        assertThat(whole.get("subjects").asInt()).isEqualTo(4);
        assertThat(whole.get("changes")).extracting(c -> c.get("subject").asText()).containsExactly("UNIT:KH", "PERSON:NV001");
        assertThat(whole.has("subject")).isFalse();

        for (JsonNode change : whole.get("changes")) {
            String[] ref = change.get("subject").asText().split(":");
            JsonNode alone = simulated(draft, "{%s,\"subjectType\":\"%s\",\"subjectCode\":\"%s\"}".formatted(year, ref[0], ref[1]));
            assertThat(alone.get("subject")).as(ref[1]).isEqualTo(change);
            assertThat(alone.get("changes")).singleElement().isEqualTo(change);
            assertThat(alone.get("subjects").asInt()).isOne();
        }
        JsonNode nv001 = simulated(draft, "{" + year + ",\"subjectType\":\"PERSON\",\"subjectCode\":\"NV001\"}");
        assertThat(nv001.at("/subject/before/outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(nv001.at("/subject/after/outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(nv001.at("/summary/ELIGIBLE/gained").asInt()).isOne();

        // unchanged: both decisions are still given, the same, and nothing is listed as changed
        for (String[] ref : List.of(new String[] {"UNIT", "VP"}, new String[] {"PERSON", "NV002"})) {
            JsonNode alone = simulated(draft, "{%s,\"subjectType\":\"%s\",\"subjectCode\":\"%s\"}".formatted(year, ref[0], ref[1]));
            assertThat(alone.at("/subject/subject").asText()).isEqualTo(ref[0] + ":" + ref[1]);
            assertThat(alone.at("/subject/before")).isEqualTo(alone.at("/subject/after"));
            assertThat(alone.at("/subject/before/outcome").asText()).isNotEmpty();
            assertThat(alone.get("changes")).isEmpty();
            assertThat(alone.get("summary")).isEmpty();
        }
        // VP is ELIGIBLE under both; NV002 has no initiative nor item: NOT_ELIGIBLE under both
        assertThat(simulated(draft, "{" + year + ",\"subjectType\":\"UNIT\",\"subjectCode\":\"VP\"}")
                .at("/subject/after/outcome").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void anUnknownOrHalfNamedSubjectIsRefusedNamingIt() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, departmentWithPeople());
        int draft = draftChangingAUnitAndAPerson().get("version").asInt();
        String year = "\"year\":2024,\"referenceDate\":\"2025-01-15\"";

        JsonNode unknown = json.readTree(simulate(draft, "{" + year + ",\"subjectType\":\"UNIT\",\"subjectCode\":\"NV001\"}")
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(unknown.get("detail").asText()).isEqualTo("There is no unit NV001 in the stored facts");
        assertThat(unknown.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("path").asText()).isEqualTo("subjectCode");
            assertThat(e.get("message").asText()).contains("NV001");
        });
        assertThat(json.readTree(simulate(draft, "{" + year + ",\"subjectType\":\"PERSON\",\"subjectCode\":\"XX9\"}")
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("detail").asText()).isEqualTo("There is no person XX9 in the stored facts");

        JsonNode noCode = json.readTree(simulate(draft, "{" + year + ",\"subjectType\":\"PERSON\"}")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(noCode.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("subjectCode");
        JsonNode noType = json.readTree(simulate(draft, "{" + year + ",\"subjectCode\":\"KH\"}")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(noType.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("subjectType");
    }

    @Test
    void theSimulationPageShowsOneSubjectUnderBothVersionsAndNamesAnUnknownCodeAtItsField() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, departmentWithPeople());
        int draft = draftChangingAUnitAndAPerson().get("version").asInt();
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
                .roles("ADMIN");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        String person = mvc.perform(post("/rulesets/" + draft + "/simulate").with(admin).with(csrf)
                        .param("year", "2024").param("referenceDate", "15/01/2025")
                        .param("subjectType", "PERSON").param("subjectCode", "NV001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String whatIf = person.substring(person.indexOf("id=\"what-if\""));
        assertThat(whatIf).contains("NV001", "Nguyễn Văn A", "P1");
        assertThat(person).doesNotContain("Từng đối tượng thay đổi", "sim-subject-error");

        String unchanged = mvc.perform(post("/rulesets/" + draft + "/simulate").with(admin).with(csrf)
                        .param("lang", "en").param("year", "2024").param("referenceDate", "15/01/2025")
                        .param("subjectType", "UNIT").param("subjectCode", "VP"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unchanged).contains("id=\"what-if\"", "decides Unit VP as the active version " + active() + " does");

        String unknown = mvc.perform(post("/rulesets/" + draft + "/simulate").with(admin).with(csrf)
                        .param("year", "2024").param("referenceDate", "15/01/2025")
                        .param("subjectType", "PERSON").param("subjectCode", "XX9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("id=\"sim-subject-error\"", "không có cá nhân nào mang mã XX9").doesNotContain("id=\"what-if\"");

        // no code: every subject, whatever the kind's select says
        String everyone = mvc.perform(post("/rulesets/" + draft + "/simulate").with(admin).with(csrf)
                        .param("lang", "en").param("year", "2024").param("referenceDate", "15/01/2025")
                        .param("subjectType", "PERSON").param("subjectCode", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(everyone).contains("4 subjects evaluated; 2 decide").doesNotContain("id=\"what-if\"");
    }
}
