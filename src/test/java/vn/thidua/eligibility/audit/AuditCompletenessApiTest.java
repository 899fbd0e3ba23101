package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** The changes outside the proposals reach the log with what they changed; a refused change leaves no entry. */
@ApiTest
class AuditCompletenessApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void anImportIsLoggedWithTheKeysItAddedAndReplaced() throws Exception {
        String unit = "AUD" + System.nanoTime() % 1_000_000;
        String bundle = "{\"units\": [{\"code\": \"" + unit + "\", \"name\": \"Đơn vị kiểm tra\"}]}";
        send("staff", "/api/facts", bundle, status().isOk());
        JsonNode added = latest("FACTS_IMPORTED").get("details").get("keys").get("units");
        assertThat(added.get("added")).extracting(JsonNode::asText).containsExactly(unit);
        assertThat(added.get("replaced")).isEmpty();
        send("staff", "/api/facts", bundle.replace("kiểm tra", "đã đổi tên"), status().isOk());
        JsonNode replaced = latest("FACTS_IMPORTED").get("details").get("keys").get("units");
        assertThat(replaced.get("replaced")).extracting(JsonNode::asText).containsExactly(unit);
        assertThat(replaced.get("added")).isEmpty();
    }

    @Test
    void aCreatedUserIsLoggedAndARefusedDuplicateIsNot() throws Exception {
        String body = "{\"username\": \"kt" + System.nanoTime() % 1_000_000 + "\", \"password\": \"Mat-khau-rat-dai-2026!q\", \"role\": \"STAFF\"}";
        send("admin", "/api/users", body, status().isCreated());
        JsonNode created = latest("USER_CREATED");
        assertThat(created.get("actor").asText()).isEqualTo("admin");
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        send("admin", "/api/users", body, status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(entries);
    }

    @Test
    void aRuleSetDraftIsLoggedWithItsHash() throws Exception {
        JsonNode draft = send("admin", "/api/rulesets", "{\"basedOn\": 1, \"files\": {\"tests/dissolved-unit.yaml\": null}, \"note\": \"kiểm tra nhật ký\"}",
                status().isCreated());
        JsonNode entry = latest("RULESET_CREATED");
        assertThat(entry.get("details").get("version").asInt()).isEqualTo(draft.get("version").asInt());
        assertThat(entry.get("details").get("hash").asText()).hasSize(64);
    }

    private JsonNode send(String user, String url, String body, ResultMatcher expected) throws Exception {
        String answer = mvc.perform(post(url).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(expected).andReturn().getResponse().getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private JsonNode latest(String action) throws Exception {
        for (JsonNode e : json.readTree(mvc.perform(get("/api/audit?limit=50").with(as("auditor")))
                .andReturn().getResponse().getContentAsString())) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " entry");
    }
}
