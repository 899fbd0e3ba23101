package vn.thidua.eligibility.runs;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Four eyes: a version one administrator wrote and no second one activated never decides anything
 * that is stored. Staff try to use a draft directly, and to compile a proposal from a run made under one.
 */
@ApiTest
class FourEyesApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void department() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT);
    }

    /** Version 1 with a comment added to decision.drl by one administrator: valid, and never activated. */
    private int draft() throws Exception {
        String body = json.writeValueAsString(Map.of("basedOn", 1, "files", Map.of("decision.drl",
                Files.readString(Path.of("rules/decision.drl")) + "// written by one administrator alone\n"),
                "note", "never activated"));
        return json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("version").asInt();
    }

    private int runCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class);
    }

    @Test
    void staffCannotRunADraftVersionAndNothingIsStored() throws Exception {
        int draft = draft();
        int before = runCount();

        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\",\"ruleSetVersion\":" + draft + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("version " + draft + " is a DRAFT")))
                .andExpect(jsonPath("$.errors[0].path").value("ruleSetVersion"))
                .andExpect(jsonPath("$.errors[0].message").value("version " + draft + " is a DRAFT, never activated"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PHASE\",\"fromYear\":2021,\"toYear\":2025,\"quota\":3,"
                                + "\"referenceDate\":\"2026-01-15\",\"ruleSetVersion\":" + draft + "}"))
                .andExpect(status().isConflict());

        assertThat(runCount()).isEqualTo(before);
    }

    @Test
    void aRetiredVersionMayStillBeRunToRedetermineAYearUnderTheRulesOfItsTime() throws Exception {
        int retired = draft();
        // activated once by a second administrator and replaced since
        jdbc.update("UPDATE rule_set_version SET status = 'RETIRED', activated_at = NOW(3), activated_by = 'admin2'"
                + " WHERE version = ?", retired);

        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\",\"ruleSetVersion\":" + retired + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.ruleSetVersion").value(retired));
    }

    @Test
    void noProposalIsCompiledFromARunMadeUnderAVersionThatWasNeverActivated() throws Exception {
        int draft = draft();
        // such runs could be started before drafts were refused: one is still in the database
        jdbc.update("INSERT INTO run (kind, year, reference_date, status, started_by, started_at, finished_at,"
                + " rule_set_version, rule_set_hash) VALUES ('ANNUAL', 2024, '2025-01-15', 'COMPLETED', 'staff', NOW(3), NOW(3), ?,"
                + " (SELECT hash FROM rule_set_version WHERE version = ?))", draft, draft);
        long run = jdbc.queryForObject("SELECT MAX(id) FROM run", Long.class);
        int proposals = jdbc.queryForObject("SELECT COUNT(*) FROM proposal", Integer.class);
        try {
            mvc.perform(post("/api/proposals").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"runId\": " + run + "}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("rule set version " + draft + ", which was never activated")));

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal", Integer.class)).isEqualTo(proposals);
        } finally {
            // a completed run the audit log never recorded: verify would rightly name it in later tests
            jdbc.update("DELETE FROM run WHERE id = ?", run);
        }
    }
}
