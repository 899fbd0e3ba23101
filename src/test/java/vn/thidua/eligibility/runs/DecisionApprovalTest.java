package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.Approval;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * The demo Department's decisions as the API explains them, approved: for 2024 (considered on
 * 15/01/2025, in Sóc Trăng) every subject's outcome, conditions, exclusions and deferrals in
 * Vietnamese and one unit's whole trace in both languages; for 2025 (considered on 15/01/2026, after the
 * merger into Cần Thơ city) every subject again, citing the texts in force then. A change to
 * a rule, a text, a legal basis or the trace's shape shows as a line-by-line difference; regenerate
 * with {@code -Dapprove.decisions=true} when it is meant.
 */
@ApiTest
class DecisionApprovalTest {
    private static final Path APPROVED = Path.of("src/test/resources/approved/decisions-2024.json");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;

    @Test
    void theDemoYearIsDecidedAndExplainedAsApproved() throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        long run = DemoDepartment.annual2024(runs).id().value();

        ObjectNode decisions = new ObjectMapper().createObjectNode();
        decisions.set("all", read("/api/runs/" + run + "/decisions?size=500", "vi").get("items"));
        decisions.set("QLCN.vi", read("/api/runs/" + run + "/decisions/UNIT/QLCN", "vi"));
        decisions.set("QLCN.en", read("/api/runs/" + run + "/decisions/UNIT/QLCN", "en"));

        long run2025 = runs.start(RunRequest.annual(2025, LocalDate.of(2026, 1, 15)), "staff").id().value();
        decisions.set("2025.all", read("/api/runs/" + run2025 + "/decisions?size=500", "vi").get("items"));
        decisions.set("2025.VP.en", read("/api/runs/" + run2025 + "/decisions/UNIT/VP", "en"));

        Approval.verifyJson("decisions", APPROVED, decisions);
    }

    private JsonNode read(String path, String language) throws Exception {
        String body = mvc.perform(get(path).with(as("auditor")).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(body);
    }
}
