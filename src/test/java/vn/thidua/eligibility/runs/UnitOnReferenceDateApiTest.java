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

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * A run judges a person with their unit on its reference date: in the demo Department, NV034 moved from
 * KTAT to QLCN on 2025-03-01 (issue 9).
 */
@ApiTest
class UnitOnReferenceDateApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void demo() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, Files.readString(Path.of("db/demo/fact-bundle.json")));
    }

    private JsonNode decisionOfTheMovedPersonIn2024RunOn(String referenceDate) throws Exception {
        JsonNode run = json.readTree(mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"" + referenceDate + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return json.readTree(mvc.perform(get("/api/runs/" + run.get("id").asLong() + "/decisions/PERSON/NV034")
                .with(as("auditor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void beforeTheMoveThePersonIsJudgedWithTheOldUnitAndAfterItWithTheNewOne() throws Exception {
        assertThat(decisionOfTheMovedPersonIn2024RunOn("2025-01-15").get("unitCode").asText()).isEqualTo("KTAT");
        assertThat(decisionOfTheMovedPersonIn2024RunOn("2025-03-01").get("unitCode").asText()).isEqualTo("QLCN");
    }

    @Test
    void aReplayOfTheRunJudgesThePersonWithTheSameUnitAndPosition() throws Exception {
        JsonNode run = json.readTree(mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"2025-03-15\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        // the facts change after the run: the replay reads the run's snapshot, not the tables
        jdbc.update("DELETE FROM memberships");

        JsonNode replay = json.readTree(mvc.perform(post("/api/runs/" + run.get("id").asLong() + "/replay").with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(replay.get("identical").asBoolean()).as(replay.toString()).isTrue();
    }
}
