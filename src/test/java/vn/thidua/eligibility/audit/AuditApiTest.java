package vn.thidua.eligibility.audit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
class AuditApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditorsAndAdministratorsReadTheLogStaffDoNot() throws Exception {
        mvc.perform(get("/api/audit").with(as("staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/verify").with(as("staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(as("auditor"))).andExpect(status().isOk());
        mvc.perform(get("/api/audit/verify").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void theAuditPageShowsTheFingerprintAnOfficeKeeps() throws Exception {
        String fingerprint = JsonPath.read(mvc.perform(get("/api/audit/verify").with(as("auditor")))
                .andReturn().getResponse().getContentAsString(), "$.fingerprint");
        mvc.perform(get("/audit/verify").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dấu kiểm hiện tại của nhật ký (ghi lại trên giấy để đối chiếu về sau): "
                        + fingerprint)));
    }

    @Test
    void aFailedLoginIsLogged() throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("staff", "not-the-password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit?limit=20").with(as("auditor")))
                .andExpect(jsonPath("$[?(@.action == 'LOGIN_FAILED')].actor", hasItem("staff")));
    }

    @Test
    void anAlteredEntryIsNamedAndTheChainIsValidAgainOnceRestored() throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("auditor", "wrong-password"))); // at least one entry
        mvc.perform(get("/api/audit/verify").with(as("auditor")))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstInvalid").doesNotExist());
        Map<String, Object> entry = jdbc.queryForMap("SELECT id, actor FROM audit_entry ORDER BY id DESC LIMIT 1 OFFSET 0");
        long id = ((Number) entry.get("id")).longValue();
        jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?", id);
        try {
            mvc.perform(get("/api/audit/verify").with(as("auditor")))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstInvalid.id").value(id))
                    .andExpect(jsonPath("$.firstInvalid.reason").value("entry " + id + " was altered: its content does not match its hash"));
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE id = ?", entry.get("actor"), id);
        }
        mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("auditor", "wrong-password-1")));
        mvc.perform(get("/api/runs").with(httpBasic("auditor", "wrong-password-2")));
        var last = jdbc.queryForList("SELECT id, previous_hash, hash FROM audit_entry ORDER BY id DESC LIMIT 2");
        long newer = ((Number) last.get(0).get("id")).longValue();
        long older = ((Number) last.get(1).get("id")).longValue();
        // swap the two rows' ids: the newer entry now comes first
        jdbc.update("UPDATE audit_entry SET id = -1 WHERE id = ?", newer);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", newer, older);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = -1", older);
        try {
            mvc.perform(get("/api/audit/verify").with(as("auditor")))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstInvalid.id").value(older));
        } finally {
            jdbc.update("UPDATE audit_entry SET id = -1 WHERE id = ?", older);
            jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", older, newer);
            jdbc.update("UPDATE audit_entry SET id = ? WHERE id = -1", newer);
        }
        mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(jsonPath("$.valid").value(true));
    }
}
