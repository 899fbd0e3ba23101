package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * {@code GET /api/rulesets/{v}/coverage?on=}: for a date, the provisions in force with their rules,
 * the rules naming a provision not in force then (and its replacement), the provisions no rule
 * implements, the rules citing free text. On a draft of the default rule set (the shared database
 * may hold other versions), one of whose rules still cites a legalBasis text.
 */
@ApiTest
class LegalCoverageApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private int version;

    @BeforeEach
    void draftOfTheDefaultRules() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(new RuleFolder("rules").read().files());
        files.put("unit-conditions.drl", files.get("unit-conditions.drl").replace(
                "@provisions(\"KH-SCT-2022.II.3a.TT.3\")", "@legalBasis(\"Kế hoạch cũ, mục 3\")"));
        String body = json.writeValueAsString(Map.of("files", files, "note", "coverage"));
        JsonNode draft = json.readTree(mvc.perform(post("/api/rulesets").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(draft.get("valid").asBoolean()).as(draft.toString()).isTrue();
        version = draft.get("version").asInt();
    }

    private JsonNode coverage(String on) throws Exception {
        return json.readTree(mvc.perform(get("/api/rulesets/" + version + "/coverage").param("on", on).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("provision").path("code").asText()));
        return out;
    }

    private static JsonNode covered(JsonNode coverage, String code) {
        for (JsonNode n : coverage.get("implemented")) {
            if (n.path("provision").path("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no implemented provision " + code + " in " + coverage);
    }

    @Test
    void on2024_01_15Decree98IsImplementedAndCircular08IsReplaced() throws Exception {
        JsonNode c = coverage("2024-01-15");
        assertThat(c.get("on").asText()).isEqualTo("2024-01-15");
        assertThat(codes(c.get("implemented"))).contains("ND98-2023.D4.K4", "L06-2022", "KH-SCT-2022.II.3a.TT.1")
                .doesNotContain("ND152-2025", "L2003", "TT08-2017.CHUA-KHEN");
        assertThat(covered(c, "ND98-2023.D4.K4").get("rules")).extracting(JsonNode::asText)
                .contains("X.INVESTIGATION", "X.SANCTION_END", "P1.INITIATIVE_AFTER_SANCTION");
        assertThat(covered(c, "ND98-2023.D4.K4").path("provision").path("verified").asBoolean()).isFalse();
        assertThat(c.get("notInForce")).anySatisfy(n -> {
            assertThat(n.get("rule").asText()).isEqualTo("X.INVESTIGATION");
            assertThat(n.get("provision").asText()).isEqualTo("TT08-2017.CHUA-KHEN");
            assertThat(n.path("replacement").path("code").asText()).isEqualTo("ND98-2023.D4.K4");
        });
        // Decree 152 is not yet in force: named by rules, replaced by nothing on that date
        assertThat(c.get("notInForce")).anySatisfy(n -> {
            assertThat(n.get("provision").asText()).isEqualTo("ND152-2025.GIAI-THE");
            assertThat(n.path("replacement").isMissingNode() || n.path("replacement").isNull()).isTrue();
        });
        assertThat(codes(c.get("notImplemented"))).contains("ND98-2023", "KH52-2022").doesNotContain("QD25-2024-ST");
    }

    @Test
    void on2026_01_15NoRuleCitesDecree98AndTheSocTrangDecisionIsGone() throws Exception {
        JsonNode c = coverage("2026-01-15");
        assertThat(codes(c.get("implemented"))).contains("ND152-2025", "ND152-2025.CHUA-KHEN", "ND152-2025.GIAI-THE",
                "TT15-2025", "L06-2022").noneMatch(code -> code.startsWith("ND98"));
        assertThat(codes(c.get("notImplemented"))).contains("NQ202-2025-QH15").doesNotContain("QD25-2024-ST");
        assertThat(c.get("notInForce")).anySatisfy(n -> {
            assertThat(n.get("rule").asText()).isEqualTo("R.RANK");
            assertThat(n.get("provision").asText()).isEqualTo("ND98-2023.D4");
            assertThat(n.path("replacement").path("code").asText()).isEqualTo("ND152-2025");
        });
        assertThat(c.get("freeText")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER");
            assertThat(f.get("legalBasis").asText()).isEqualTo("Kế hoạch cũ, mục 3");
        });
    }

    @Test
    void coverageIsForAdministratorsAndAuditorsNotStaff() throws Exception {
        mvc.perform(get("/api/rulesets/" + version + "/coverage").param("on", "2026-01-15").with(as("staff")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/rulesets/" + version + "/coverage").param("on", "2026-01-15").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void coverageWithoutADateIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/rulesets/" + version + "/coverage").with(as("auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("on"));
    }
}
