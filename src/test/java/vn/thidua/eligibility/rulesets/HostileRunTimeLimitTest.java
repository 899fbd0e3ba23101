package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.eligibility.runs.RunFixtures;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * A rule set that passes every check and still takes far too long (every item against every other
 * of 30,000) fails its run within the session limit plus 5 s, naming the session; its thread is
 * gone, and a normal run right after completes in its usual time.
 */
@ApiTest
class HostileRunTimeLimitTest {
    /** The service's default eligibility.engine.session-timeout. */
    private static final Duration SESSION_LIMIT = Duration.ofSeconds(10);
    /** Two units; VP is responsible for 30,000 items of 2024. */
    private static final String FACTS = """
            {"units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "KH", "name": "Phòng Kế hoạch"}],
             "people": [{"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"}],
             "criteria": [%s]}
            """.formatted(SlowRules.criteriaOfVp());

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunOfRulesThatNeverFinishFailsNamingTheSessionAndTheNextRunCompletes() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, FACTS);
        long usual = runTimed(null).elapsedMillis;
        JsonNode draft = json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("basedOn", 1, "files", Map.of("pairs.drl", SlowRules.PAIRS),
                                "note", "never finishes"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(draft.get("valid").asBoolean()).as("passes every check: %s", draft).isTrue();
        // Runs take only approved versions; approving it here would make it active for every other test,
        // so it is stored as one approved in the past and retired since (a run may re-use such a version).
        jdbc.update("UPDATE rule_set_version SET status = 'RETIRED', activated_at = NOW(3), activated_by = 'admin2'"
                + " WHERE version = ?", draft.get("version").asInt());

        Timed hostile = runTimed(draft.get("version").asInt());

        assertThat(hostile.run.get("status").asText()).isEqualTo("FAILED");
        assertThat(hostile.run.get("failureReason").asText()).contains("the rule session of ")
                .contains("UNIT:VP").contains("eligibility.engine.session-timeout");
        assertThat(hostile.elapsedMillis).isLessThan(SESSION_LIMIT.plusSeconds(5).toMillis());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("rule-session-"));
        Timed normal = runTimed(null);
        assertThat(normal.run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(normal.elapsedMillis).isLessThan(Math.max(3 * usual, 3_000));
        System.out.printf("run time limit: hostile run FAILED after %d ms (session limit %d ms); normal run %d ms before, %d ms after%n",
                hostile.elapsedMillis, SESSION_LIMIT.toMillis(), usual, normal.elapsedMillis);
    }

    private record Timed(JsonNode run, long elapsedMillis) {
    }

    /** Starts an annual 2024 run (with the given stored version, or the active one) and waits for its end. */
    private Timed runTimed(Integer version) throws Exception {
        String request = "{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"2025-01-15\""
                + (version == null ? "" : ", \"ruleSetVersion\": " + version) + "}";
        long t0 = System.nanoTime();
        MvcResult started = mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content(request)).andReturn();
        JsonNode accepted = json.readTree(started.getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode run = await("run " + accepted.get("id") + " to finish").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> json.readTree(mvc.perform(get("/api/runs/" + accepted.get("id").asLong()).with(as("staff")))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)),
                        r -> !r.get("status").asText().equals("RUNNING"));
        return new Timed(run, (System.nanoTime() - t0) / 1_000_000);
    }
}
