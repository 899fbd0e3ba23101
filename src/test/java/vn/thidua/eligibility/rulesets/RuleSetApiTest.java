package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.rulesets.DecisionTableWorkbook.Column;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Rule set administration on the real database. The database outlives a test run, so every test
 * works relative to whatever version is active, and only activates versions whose rules decide
 * exactly as the active ones (a comment added).
 */
@ApiTest
class RuleSetApiTest {
    private static final String SECOND_ADMIN_PASSWORD = "tundra-quill-88-mosaic";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunService runs;

    private RequestPostProcessor secondAdmin;

    @BeforeEach
    void secondAdministrator() throws Exception {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", name, "password", SECOND_ADMIN_PASSWORD, "role", "ADMIN"))))
                .andExpect(status().isCreated());
        secondAdmin = httpBasic(name, SECOND_ADMIN_PASSWORD);
    }

    @Test
    void aDraftIsBasedOnTheActiveVersionAndTheDiffShowsTheChange() throws Exception {
        int active = activeVersion();
        JsonNode draft = createDraft(active, Map.of("decision.drl", activeFile("decision.drl") + "// reviewed\n"), as("admin"));
        int v = draft.get("version").asInt();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("valid").asBoolean()).isTrue();
        assertThat(draft.get("author").asText()).isEqualTo("admin");
        assertThat(draft.get("files").has("unit-conditions.drl")).isTrue();

        mvc.perform(get("/api/rulesets/" + active + "/diff/" + v).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].path").value("decision.drl"))
                .andExpect(jsonPath("$.files[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.files[0].diff", containsString("+// reviewed")));

        byte[] zip = mvc.perform(get("/api/rulesets/" + v + "/export").with(as("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("rules-v" + v + "/decision.drl", "rules-v" + v + "/parameters.yaml");
    }

    @Test
    void anInvalidDraftIsStoredAndEveryProblemIsNamed() throws Exception {
        String drl = activeFile("unit-conditions.drl").replace("Parameter(name == \"unit.fullScoreShare.min\")",
                "Parameter(name == \"unit.fullScoreShare.minimum\")");
        JsonNode draft = createDraft(activeVersion(), Map.of("unit-conditions.drl", drl,
                "broken.drl", "package x;\nrule \"r\"\nwhen\n    Foo(\nthen\nend\n",
                "hostile.drl", "package x;\nrule \"h\" @id(\"H\") @legalBasis(\"-\")\nwhen\nthen\n    System.exit(0);\nend\n"),
                as("admin"));
        int v = draft.get("version").asInt();
        assertThat(draft.get("valid").asBoolean()).isFalse();

        mvc.perform(post("/api/rulesets/" + v + "/validate").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[?(@.file == 'unit-conditions.drl')].message",
                        hasItem(containsString("\"unit.fullScoreShare.minimum\" but parameters.yaml does not define it"))))
                .andExpect(jsonPath("$.problems[?(@.file == 'hostile.drl' && @.line == 5)].message",
                        hasItem(startsWith("security: java.lang.System is not allowed"))));
        mvc.perform(post("/api/rulesets/" + v + "/activate").with(secondAdmin))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("cannot be activated")));
    }

    @Test
    void anAuthorCannotActivateTheirOwnVersion() throws Exception {
        int v = createDraft(activeVersion(), Map.of("decision.drl", activeFile("decision.drl") + "// four eyes\n"),
                as("admin")).get("version").asInt();

        mvc.perform(post("/api/rulesets/" + v + "/activate").with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("version " + v + " was written by admin; another administrator must activate it"));
        mvc.perform(post("/api/rulesets/" + v + "/activate").with(as("staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/rulesets/" + v).with(as("admin"))).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aDraftNeverActivatedIsDiscardedOnceLoggedAndThenNeitherActivatedNorRun() throws Exception {
        int active = activeVersion();
        int v = createDraft(active, Map.of("decision.drl", activeFile("decision.drl") + "// to discard\n"),
                as("admin")).get("version").asInt();

        mvc.perform(post("/api/rulesets/" + v + "/discard").with(as("staff"))).andExpect(status().isForbidden());
        // its author may discard it: four eyes guard what is applied, not what is dropped
        mvc.perform(post("/api/rulesets/" + v + "/discard").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCARDED"));
        JsonNode entry = latestAudit("RULESET_DISCARDED");
        assertThat(entry.get("actor").asText()).isEqualTo("admin");
        assertThat(entry.get("details").get("version").asInt()).isEqualTo(v);
        assertThat(entry.get("details").get("hash").asText()).isEqualTo(hashOf(v));

        mvc.perform(post("/api/rulesets/" + v + "/discard").with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("version " + v + " is discarded; only a draft never activated can be discarded"));
        mvc.perform(post("/api/rulesets/" + v + "/activate").with(secondAdmin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("version " + v + " was discarded; write a new draft from it to activate its rules"));
        mvc.perform(post("/api/rulesets/" + active + "/discard").with(secondAdmin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("version " + active + " is active; only a draft never activated can be discarded"));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\",\"ruleSetVersion\":" + v + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("version " + v + " was discarded, never activated"));
        assertThat(activeVersion()).isEqualTo(active);
    }

    private JsonNode latestAudit(String action) throws Exception {
        for (JsonNode e : json.readTree(mvc.perform(get("/api/audit?limit=50").with(as("auditor")))
                .andReturn().getResponse().getContentAsString())) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " entry");
    }

    @Test
    void activationIsRefusedWhileAScenarioFails() throws Exception {
        String wrong = """
                description: expects the wrong outcome
                kind: ANNUAL
                year: 2024
                referenceDate: 2025-01-15
                facts:
                  units: [{code: X, name: "No item at all"}]
                expect:
                  - subject: UNIT:X
                    outcome: ELIGIBLE
                """;
        int v = createDraft(activeVersion(), Map.of("tests/wrong.yaml", wrong), as("admin")).get("version").asInt();

        mvc.perform(post("/api/rulesets/" + v + "/test").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.results[?(@.file == 'tests/wrong.yaml')].checks[0].actualOutcome", hasItem("UNDETERMINED")));
        mvc.perform(post("/api/rulesets/" + v + "/activate").with(secondAdmin))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("version " + v + " cannot be activated: 1 of "
                        + expectationsOf(v) + " scenario expectations fail"))
                .andExpect(jsonPath("$.errors[0].path").value("tests/wrong.yaml UNIT:X"));
        mvc.perform(get("/api/rulesets/" + v).with(as("admin"))).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    /** A rule no subject can match decides nothing: activating it changes no decision (the database outlives the test). */
    static String ruleNoScenarioFires(String id) {
        return """
                package cchc;

                import vn.thidua.eligibility.model.*;

                rule "Never fires %s"
                    @id("%s") @legalBasis("test")
                when
                    Unit(code == "NO-SUCH-UNIT-%s")
                then
                end
                """.formatted(id, id, id);
    }

    @Test
    void theScenarioReportAndTheActivationNameTheRulesNoScenarioFires() throws Exception {
        String id = "T.NEVER_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // the rule of an earlier run of this test (the database outlives it) is removed: one at a time
        Map<String, String> files = new java.util.HashMap<>();
        body(mvc.perform(get("/api/rulesets/" + activeVersion()).with(as("admin"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).get("files").fieldNames()
                .forEachRemaining(path -> {
                    if (path.startsWith("never-")) {
                        files.put(path, null);
                    }
                });
        files.put("never-" + id.substring(8).toLowerCase() + ".drl", ruleNoScenarioFires(id));
        int v = createDraft(activeVersion(), files, as("admin")).get("version").asInt();

        mvc.perform(post("/api/rulesets/" + v + "/test").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.coverage.perRule[?(@.id == '" + id + "')].scenarios", hasItem(0)))
                .andExpect(jsonPath("$.coverage.unexercised", hasItem(id)));
        // the default: a warning, not a refusal (eligibility.rulesets.require-full-coverage=false)
        mvc.perform(post("/api/rulesets/" + v + "/activate").with(secondAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.coverage.unexercised", hasItem(id)))
                .andExpect(jsonPath("$.coverage.warning", containsString("not exercised by any scenario")))
                .andExpect(jsonPath("$.coverage.warning", containsString(id)));
    }

    @Test
    void activationSwapsAtomicallyWhileRunsStartAndEachRunKeepsItsVersion() throws Exception {
        int before = activeVersion();
        int v = createDraft(before, Map.of("decision.drl", activeFile("decision.drl") + "// swap " + UUID.randomUUID() + "\n"),
                as("admin")).get("version").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RunSummary>> started = new ArrayList<>();
            Callable<RunSummary> run = () -> runs.start(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)), "staff");
            for (int i = 0; i < 6; i++) {
                started.add(pool.submit(run));
            }
            mvc.perform(post("/api/rulesets/" + v + "/activate").with(secondAdmin))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACTIVE"));
            for (int i = 0; i < 6; i++) {
                started.add(pool.submit(run));
            }
            for (Future<RunSummary> f : started) {
                RunSummary summary = f.get();
                assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
                assertThat(summary.ruleSetVersion()).isIn(before, v);
                assertThat(summary.ruleSetHash()).isEqualTo(hashOf(summary.ruleSetVersion()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version WHERE status = 'ACTIVE'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT status FROM rule_set_version WHERE version = ?", String.class, before))
                .isEqualTo("RETIRED");
        assertThat(runs.start(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)), "staff").ruleSetVersion()).isEqualTo(v);
    }

    @Test
    void aRunMayAskForAnOlderVersion() throws Exception {
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\",\"ruleSetVersion\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ruleSetVersion").value(1))
                .andExpect(jsonPath("$.ruleSetHash").value(hashOf(1)));
        mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\",\"ruleSetVersion\":99999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("ruleSetVersion"))
                .andExpect(jsonPath("$.errors[0].message").value("there is no rule set version 99999"));
    }

    @Test
    void aDecisionTableTravelsAsBase64AndIsExportedAsTheWorkbookItself() throws Exception {
        byte[] workbook = DecisionTableWorkbook.ruleSet("cchc.tables")
                .setting("Import", "vn.thidua.eligibility.model.*")
                .table("Sáp nhập", Column.condition("$u : Unit", "code == \"$param\""),
                        Column.action("insert(new Exclusion($u, \"$param\"));"),
                        Column.metadata("id(\"$param\")"), Column.metadata("legalBasis(\"$param\")"))
                .row("NO-SUCH-UNIT", "MERGED", "XT.MERGED", "Quyết định sáp nhập")
                .bytes();
        int active = activeVersion();
        // wrapped as base64(1) writes it: stored without the line breaks
        JsonNode draft = createDraft(active, Map.of("tables/merged.drl.xlsx", Base64.getMimeEncoder().encodeToString(workbook),
                "tables/misnamed.xlsx", Base64.getEncoder().encodeToString(workbook)), as("admin"));
        int v = draft.get("version").asInt();
        assertThat(draft.at("/files/tables~1merged.drl.xlsx").asText()).isEqualTo(Base64.getEncoder().encodeToString(workbook));
        assertThat(draft.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("file").asText()).isEqualTo("tables/misnamed.xlsx");
            assertThat(p.get("message").asText()).contains("rename to tables/misnamed.drl.xlsx");
        });

        mvc.perform(get("/api/rulesets/" + active + "/diff/" + v).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[?(@.path == 'tables/merged.drl.xlsx')].diff",
                        hasItem(startsWith("binary file added: " + workbook.length + " bytes, SHA-256 "))));
        byte[] zip = mvc.perform(get("/api/rulesets/" + v + "/export").with(as("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xlsx")) {
                    assertThat(in.readAllBytes()).as(e.getName()).isEqualTo(workbook);
                }
            }
        }

        JsonNode fixed = body(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basedOn\":" + v + ",\"files\":{\"tables/misnamed.xlsx\":null}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(fixed.get("valid").asBoolean()).as(fixed.toString()).isTrue();
        assertThat(fixed.get("hash").asText()).isEqualTo(RuleSet.hashOf(new TreeMap<>(json.convertValue(fixed.get("files"),
                new TypeReference<Map<String, String>>() { }))));
    }

    @Test
    void aDraftWithAFileOutsideTheRuleSetIsRejected() throws Exception {
        mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basedOn\":1,\"files\":{\"../etc/passwd\":\"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("files.../etc/passwd"));
        mvc.perform(post("/api/rulesets").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\":1,\"files\":{}}")).andExpect(status().isForbidden());
    }

    private int expectationsOf(int version) throws Exception {
        return body(mvc.perform(post("/api/rulesets/" + version + "/test").with(as("admin")))
                .andReturn().getResponse().getContentAsString()).get("expectations").asInt();
    }

    private JsonNode createDraft(int basedOn, Map<String, String> files, RequestPostProcessor who) throws Exception {
        String body = json.writeValueAsString(Map.of("basedOn", basedOn, "files", files, "note", "test"));
        return body(mvc.perform(post("/api/rulesets").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private int activeVersion() {
        return jdbc.queryForObject("SELECT version FROM rule_set_version WHERE status = 'ACTIVE'", Integer.class);
    }

    private String hashOf(int version) {
        return jdbc.queryForObject("SELECT hash FROM rule_set_version WHERE version = ?", String.class, version);
    }

    private String activeFile(String path) throws Exception {
        return body(mvc.perform(get("/api/rulesets/" + activeVersion()).with(as("admin")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).get("files").get(path).asText();
    }

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }
}
