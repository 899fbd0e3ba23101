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

    @Test
    void loweringTheU1ThresholdShowsWhoGainsAndStoresNoRun() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, department());
        int active = jdbc.queryForObject("SELECT version FROM rule_set_version WHERE status = 'ACTIVE'", Integer.class);
        String parameters = json.readTree(mvc.perform(get("/api/rulesets/" + active).with(as("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("files").get("parameters.yaml").asText();
        String u1 = "unit.fullScoreShare.min:";
        int values = parameters.indexOf("      value: 0.80\n", parameters.indexOf(u1)) + "      value: 0.80\n".length();
        String lowered = parameters.substring(0, values) + "    - from: 2024-01-01\n      value: 0.70\n" + parameters.substring(values);
        JsonNode draft = json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("basedOn", active, "files", Map.of("parameters.yaml", lowered),
                                "note", "U1 70% from 2024"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(draft.get("valid").asBoolean()).as(draft.toString()).isTrue();
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
}
