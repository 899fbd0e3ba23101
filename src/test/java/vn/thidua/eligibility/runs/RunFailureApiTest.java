package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.engine.Evaluators;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.facts.FactCompleteness;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.rulesets.RuleSetVersions;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Runs with rule set versions that each test breaks in its own way, answered at once (202) and
 * polled, one unit per rule session so that a failure can come after earlier groups were written.
 * Those two settings belong to a run service and a run controller made here from the shared
 * context's beans: properties of their own would start a second context, and a second embedded
 * database on the same data folder.
 */
@ApiTest
class RunFailureApiTest {
    private static final Path RULES = Path.of("rules");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RunService runs;

    /** POST /api/runs of a service that waits for nothing and evaluates one unit per rule session. */
    MockMvc startWithoutWaiting;
    RunExecutor oneUnitPerGroup;
    RunService noWait;

    @BeforeEach
    void department(@Autowired RuleEngine engine, @Autowired FactGroups factGroups, @Autowired DecisionStore store,
                    @Autowired Runs stored, @Autowired TransactionTemplate tx, @Autowired ApplicationEventPublisher events,
                    @Autowired RunSettings settings, @Autowired RuleSetVersions ruleSets, @Autowired Clock clock,
                    @Autowired RunReplay replay, @Autowired Evaluators evaluators,
                    @Autowired @Qualifier("runPool") ThreadPoolTaskExecutor runPool, @Autowired TaskScheduler sweep,
                    @Autowired vn.thidua.eligibility.rulesets.OrganisationNames organisation,
                    @Autowired FactCompleteness completeness, @Autowired jakarta.validation.Validator validator)
            throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT);
        RunSettings these = new RunSettings(1, Duration.ZERO, settings.concurrentRuns(), settings.zone(),
                settings.maxDuration(), settings.traceCountedInFull());
        // the context's pools: they are shut down with it
        oneUnitPerGroup = new RunExecutor(engine, factGroups, store, stored, tx, events, these, clock, evaluators);
        noWait = new RunService(stored, ruleSets, oneUnitPerGroup, store, these, clock, runPool, sweep, organisation, completeness, validator);
        startWithoutWaiting = MockMvcBuilders.standaloneSetup(new RunController(noWait, replay))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json)).build();
    }

    /**
     * A version based on version 1 (the rules/ folder) with one file replaced, stored as if it had been
     * active once and retired since: besides the active version, the only kind a run may use. (A draft
     * is refused, and activation would refuse these broken files.)
     */
    private int retiredVersionWith(String file, String content) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("basedOn", 1, "files", java.util.Map.of(file, content),
                "note", "broken on purpose by " + getClass().getSimpleName()));
        int version = json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("version").asInt();
        jdbc.update("UPDATE rule_set_version SET status = 'RETIRED', activated_at = NOW(3), activated_by = 'admin2'"
                + " WHERE version = ?", version);
        return version;
    }

    private JsonNode startAndWait() throws Exception {
        return startAndWait(RunFixtures.ANNUAL_2024);
    }

    private JsonNode startAndWait(int ruleSetVersion) throws Exception {
        return startAndWait(RunFixtures.ANNUAL_2024.replace("}", ", \"ruleSetVersion\": " + ruleSetVersion + "}"));
    }

    private JsonNode startAndWait(String request) throws Exception {
        JsonNode accepted = json.readTree(startWithoutWaiting.perform(post("/api/runs").principal(() -> "staff")
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        assertThat(accepted.get("status").asText()).isEqualTo("RUNNING");
        return await("run " + accepted.get("id") + " to finish").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> json.readTree(mvc.perform(get("/api/runs/" + accepted.get("id").asLong()).with(as("staff")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()),
                        run -> !run.get("status").asText().equals("RUNNING"));
    }

    private int rows(String table, long run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Integer.class, run);
    }

    @Test
    void aRunNotDoneWithinTheWaitAnswers202AndIsPolledUntilCompleted() throws Exception {
        JsonNode run = startAndWait();
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(rows("decision", run.get("id").asLong())).isEqualTo(7);
        assertThat(rows("run_fact_snapshot", run.get("id").asLong())).isEqualTo(3);
    }

    @Test
    void aRuleFileThatDoesNotCompileFailsTheRunNamingFileAndLineAndStoresNoDecision() throws Exception {
        String text = Files.readString(RULES.resolve("unit-conditions.drl"));
        JsonNode run = startAndWait(retiredVersionWith("unit-conditions.drl", text.replace("$unit : Unit()", "$unit : Unit(nonsense == )")));
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("failureReason").asText()).contains("does not compile").contains("unit-conditions.drl:");
        assertThat(rows("decision", run.get("id").asLong())).isZero();
        assertThat(rows("run_fact_snapshot", run.get("id").asLong())).isZero();
    }

    @Test
    void aRuleSetThatLeavesASubjectUndecidedFailsAndKeepsNothingOfTheGroupsBefore() throws Exception {
        String text = Files.readString(RULES.resolve("decision.drl"));
        int start = text.indexOf("rule \"Quyết định – Loại trừ\"");
        int end = text.indexOf("\nend", start) + 4;
        JsonNode run = startAndWait(retiredVersionWith("decision.drl", text.substring(0, start) + text.substring(end)));
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        // NV004 serves a sanction: with D.EXCLUDED gone, nothing decides it (TTRA, under investigation, is deferred)
        assertThat(run.get("failureReason").asText()).contains("0 decisions for PERSON:NV004");
        assertThat(rows("decision", run.get("id").asLong())).isZero();
        assertThat(rows("run_fact_snapshot", run.get("id").asLong())).isZero();
    }

    @Test
    void aParameterWithNoValueOnTheReferenceDateFailsTheRunWithItsName() throws Exception {
        String text = Files.readString(RULES.resolve("parameters.yaml"));
        JsonNode run = startAndWait(retiredVersionWith("parameters.yaml",
                text.replace("from: 2021-01-01\n      value: 0.80", "from: 2025-06-01\n      value: 0.80")));
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("failureReason").asText()).contains("unit.fullScoreShare.min").contains("2025-01-15");
    }

    @Test
    void aRunLeftRunningByAStoppedServiceIsMarkedFailedAtTheNextStart() {
        jdbc.update("INSERT INTO run (kind, year, reference_date, status, started_by, started_at)"
                + " VALUES ('ANNUAL', 2024, '2025-01-15', 'RUNNING', 'staff', NOW(3))");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM run", Long.class);
        runs.failInterruptedRuns();
        RunSummary run = runs.find(new RunId(id)).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failureReason()).contains("Interrupted");
    }
}
