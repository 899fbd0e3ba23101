package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * A unit's U3 counts every dossier of its year; past {@code eligibility.runs.trace-counted-in-full}
 * (20) the trace names them by key instead of copying each, while the late one, which decides the
 * condition, stays in full in what the rule concluded, and the run still replays identical.
 */
@ApiTest
class KeyedTraceApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aFiringThatCountedManyDossiersNamesThemByKeyAndKeepsTheLateOneInFull() throws Exception {
        long run = runWithDossiersOfQltm(24);
        JsonNode u3 = u3Step(run);
        assertThat(u3.path("facts").findValuesAsText("type")).doesNotContain("Dossier");
        List<String> counted = new ArrayList<>();
        u3.path("counted").path("Dossier").forEach(k -> counted.add(k.asText()));
        assertThat(counted).hasSize(25).isSorted().contains("HS-QLTM-1", "HS-QLTM-X07");
        JsonNode late = u3.path("concluded").get(0).path("values").path("lateDossierCodes");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).path("code").asText()).isEqualTo("HS-QLTM-1");
        assertThat(late.get(0).path("completedDate").asText()).isEqualTo("2024-03-04");
        assertThat(replay(run)).isTrue();

        mvc.perform(get("/runs/" + run + "/decisions/UNIT/QLTM").with(user("auditor").roles("AUDITOR")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("TTHC dossier the rule counted (25), by key")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("HS-QLTM-1; HS-QLTM-X00; HS-QLTM-X01")));
    }

    @Test
    void aFiringThatCountedFewFactsKeepsEachInFull() throws Exception {
        long run = runWithDossiersOfQltm(3);
        JsonNode u3 = u3Step(run);
        assertThat(u3.has("counted")).isFalse();
        assertThat(u3.path("facts").findValuesAsText("code")).contains("HS-QLTM-1", "HS-QLTM-X02");
        assertThat(replay(run)).isTrue();
    }

    private long runWithDossiersOfQltm(int more) throws Exception {
        String extra = String.join(",\n", IntStream.range(0, more).mapToObj(i -> ("{\"code\": \"HS-QLTM-X%02d\", \"unitCode\":"
                + " \"QLTM\", \"dueDate\": \"2024-05-%02d\", \"completedDate\": \"2024-05-01\"}").formatted(i, 1 + i)).toList());
        String bundle = RunFixtures.DEPARTMENT.replace(
                "{\"code\": \"HS-QLTM-1\", \"unitCode\": \"QLTM\", \"dueDate\": \"2024-03-01\", \"completedDate\": \"2024-03-04\"}",
                "{\"code\": \"HS-QLTM-1\", \"unitCode\": \"QLTM\", \"dueDate\": \"2024-03-01\", \"completedDate\": \"2024-03-04\"},\n"
                        + extra);
        assertThat(bundle).contains("HS-QLTM-X00");
        RunFixtures.replaceFacts(jdbc, mvc, bundle);
        return json.readTree(mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content(RunFixtures.ANNUAL_2024)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
    }

    private JsonNode u3Step(long run) throws Exception {
        JsonNode decision = json.readTree(mvc.perform(get("/api/runs/" + run + "/decisions/UNIT/QLTM").with(as("auditor"))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode step : decision.path("trace")) {
            if (step.path("ruleId").asText().equals("U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER")) {
                return step;
            }
        }
        throw new AssertionError("no U3 firing in " + decision.path("trace"));
    }

    private boolean replay(long run) throws Exception {
        JsonNode report = json.readTree(mvc.perform(post("/api/runs/" + run + "/replay").with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return report.path("identical").asBoolean() && report.path("digest").path("matches").asBoolean();
    }
}
