package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.runs.RunFixtures;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Issue 8 §1 as it was reproduced through the API: a draft whose consequence writes a file with
 * java.util.Formatter passed the token check, was stored valid and wrote the file when simulated.
 * Now it is stored invalid, naming the rule and the member, and simulating it writes nothing; a
 * draft that passes every check but takes too long answers 422 naming the session.
 */
@ApiTest
class HostileDraftApiTest {
    private static final String SIMULATE_2024 = "{\"kind\":\"ANNUAL\",\"year\":2024,\"referenceDate\":\"2025-01-15\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path sandbox;

    private JsonNode draft(String file, String drl) throws Exception {
        return json.readTree(mvc.perform(post("/api/rulesets").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("basedOn", 1, "files", Map.of(file, drl), "note", "hostile"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aFormatterWritingAFileIsStoredInvalidNamingTheRuleAndTheMemberAndSimulatingItWritesNothing() throws Exception {
        Path canary = sandbox.resolve("written-by-a-rule");
        String drl = """
                package hostile;
                import vn.thidua.eligibility.model.*;
                rule "Ghi tệp" @id("H.FORMATTER") @legalBasis("none")
                when
                    Evaluation()
                then
                    new java.util.Formatter("%s").format("x").close();
                end
                """.formatted(canary);

        JsonNode draft = draft("formatter.drl", drl);

        assertThat(draft.get("valid").asBoolean()).as(draft.toString()).isFalse();
        assertThat(draft.get("problems")).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo("formatter.drl");
            assertThat(p.get("line").asInt()).isEqualTo(3);
            assertThat(p.get("message").asText()).isEqualTo("security: rule \"Ghi tệp\" uses new java.util.Formatter(String),"
                    + " which is not on the allow-list");
        });
        mvc.perform(post("/api/rulesets/" + draft.get("version").asInt() + "/simulate").with(as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(SIMULATE_2024)).andExpect(status().isUnprocessableEntity());
        assertThat(canary).doesNotExist();
    }

    @Test
    void simulatingRulesThatTakeTooLongAnswers422NamingTheSession() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, """
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}], "criteria": [%s]}
                """.formatted(SlowRules.criteriaOfVp()));
        JsonNode draft = draft("pairs.drl", SlowRules.PAIRS);
        assertThat(draft.get("valid").asBoolean()).as(draft.toString()).isTrue();

        JsonNode refused = json.readTree(mvc.perform(post("/api/rulesets/" + draft.get("version").asInt() + "/simulate")
                        .with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(SIMULATE_2024))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        String message = refused.get("detail").asText();
        assertThat(message).contains("the rule session of UNIT:VP").contains("eligibility.engine.session-timeout");
        Matcher ended = Pattern.compile("ended after (\\d+) ms, past the session time limit of (\\d+) ms").matcher(message);
        assertThat(ended.find()).as(message).isTrue();
        assertThat(Long.parseLong(ended.group(1))).isLessThan(Long.parseLong(ended.group(2)) + 5_000);
    }
}
