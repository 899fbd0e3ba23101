package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.security.AccountEvent;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * An attacker who can change the database, and nothing else, tries to make the audit log lie:
 * every attempt is found by {@code GET /api/audit/verify}. Each test puts the log back as it was
 * (rows and head), and the log verifies again.
 */
@ApiTest
class AuditTamperApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Value("${eligibility.database.data-dir}")
    String dataDir;

    List<Map<String, Object>> rows;
    Map<String, Object> head;

    @BeforeEach
    void aLogOfAtLeastSixtyEntries() throws Exception {
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                events.publishEvent(new Audited("tester", "TEST_ENTRY", Map.of("n", i)));
            }
        });
        assertThat(verify().get("valid").asBoolean()).isTrue();
        rows = jdbc.queryForList("SELECT id, seq, at, actor, action, details, previous_hash, hash FROM audit_entry ORDER BY id");
        head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1");
    }

    @AfterEach
    void restore() throws Exception {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.batchUpdate("INSERT INTO audit_entry (id, seq, at, actor, action, details, previous_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[]{r.get("id"), r.get("seq"),
                r.get("at"), r.get("actor"), r.get("action"), r.get("details"), r.get("previous_hash"), r.get("hash")}).toList());
        jdbc.update("UPDATE audit_head SET last_hash = ?, length = ? WHERE id = 1", head.get("last_hash"), head.get("length"));
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
    }

    @Test
    void deletingTheNewestFiftyEntriesAndMovingTheHeadIsFound() throws Exception {
        Map<String, Object> last = rows.get(rows.size() - 51);
        jdbc.update("DELETE FROM audit_entry WHERE id > ?", last.get("id"));
        jdbc.update("UPDATE audit_head SET last_hash = ?, length = ? WHERE id = 1", last.get("hash"), last.get("seq"));
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalid").get("reason").asText()).contains("checkpoint kept outside the database records "
                + rows.size()).contains("entries were deleted or the database was rolled back");
    }

    @Test
    void wipingTheLogAndResettingTheHeadIsFound() throws Exception {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("UPDATE audit_head SET last_hash = ?, length = 0 WHERE id = 1", "0".repeat(64));
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalid").get("reason").asText()).contains("it was wiped");
    }

    /** The attacker knows the old formula (SHA-256) and recomputes every later hash and the head. */
    @Test
    void rewritingAnEntrysActorAndDetailsWithEveryLaterHashRecomputedIsFound() throws Exception {
        Map<String, Object> victim = rows.get(rows.size() - 30);
        String previous = (String) victim.get("previous_hash");
        for (Map<String, Object> r : rows.subList(rows.size() - 30, rows.size())) {
            String actor = r == victim ? "someone-else" : (String) r.get("actor");
            String details = r == victim ? "{\"n\":999}" : (String) r.get("details");
            String hash = AuditLog.legacyHash(previous, ((Timestamp) r.get("at")).toInstant(), actor, (String) r.get("action"), details);
            jdbc.update("UPDATE audit_entry SET actor = ?, details = ?, previous_hash = ?, hash = ? WHERE id = ?",
                    actor, details, previous, hash, r.get("id"));
            previous = hash;
        }
        jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", previous);
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalid").get("id").asLong()).isEqualTo(((Number) victim.get("id")).longValue());
        assertThat(v.get("firstInvalid").get("reason").asText()).endsWith("was altered: its content does not match its hash");
    }

    /** Deleting an entry in the middle and renumbering the ones after it, hashes recomputed. */
    @Test
    void removingAnEntryAndRenumberingTheRestIsFound() throws Exception {
        Map<String, Object> removed = rows.get(rows.size() - 10);
        jdbc.update("DELETE FROM audit_entry WHERE id = ?", removed.get("id"));
        jdbc.update("UPDATE audit_entry SET seq = seq - 1 WHERE id > ? ORDER BY id", removed.get("id"));
        jdbc.update("UPDATE audit_entry SET previous_hash = ? WHERE seq = ?", removed.get("previous_hash"), removed.get("seq"));
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalid").get("reason").asText()).contains("was altered");
    }

    /** A crash between a commit and its checkpoint leaves the chain longer than the checkpoint: no alarm. */
    @Test
    void aChainLongerThanItsCheckpointIsNoFalseAlarm() throws Exception {
        Path checkpoint = Path.of(dataDir, "audit.checkpoint");
        byte[] earlier = Files.readAllBytes(checkpoint);
        events.publishEvent(new Audited("tester", "TEST_ENTRY", Map.of("n", "after")));
        Files.write(checkpoint, earlier); // as if the checkpoint of the last commit had never been written
        mvc.perform(get("/api/audit/verify").with(as("auditor"))).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checkpoint.length").value(rows.size()))
                .andExpect(jsonPath("$.entries").value(rows.size() + 1));
        rows = jdbc.queryForList("SELECT id, seq, at, actor, action, details, previous_hash, hash FROM audit_entry ORDER BY id");
        head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1");
    }

    /** A busy service: the log is verified while entries are appended, and never found altered. */
    @Test
    void verifyingWhileEntriesAreAppendedRaisesNoFalseAlarm() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> appends = writer.submit(() -> {
            for (int i = 0; i < 150; i++) {
                events.publishEvent(new Audited("tester", "TEST_ENTRY", Map.of("concurrent", i)));
            }
        });
        int verified = 0;
        try {
            while (!appends.isDone()) {
                JsonNode v = verify();
                assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
                verified++;
            }
            appends.get();
        } finally {
            writer.shutdownNow();
        }
        assertThat(verified).isPositive();
        rows = jdbc.queryForList("SELECT id, seq, at, actor, action, details, previous_hash, hash FROM audit_entry ORDER BY id");
        head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1");
    }

    @Test
    void anEditedCheckpointIsFound() throws Exception {
        Path checkpoint = Path.of(dataDir, "audit.checkpoint");
        byte[] original = Files.readAllBytes(checkpoint);
        String[] parts = new String(original).strip().split(" ");
        Files.writeString(checkpoint, (Long.parseLong(parts[0]) - 5) + " " + parts[1] + " " + parts[2] + "\n");
        try {
            JsonNode v = verify();
            assertThat(v.get("valid").asBoolean()).isFalse();
            assertThat(v.get("firstInvalid").get("reason").asText()).contains("was altered");
        } finally {
            Files.write(checkpoint, original);
        }
    }

    @Test
    void aFingerprintTakenBeforeATruncationIsNoLongerContained() throws Exception {
        String fingerprint = verify().get("fingerprint").asText();
        assertThat(fingerprint).matches(rows.size() + "-[0-9a-f]{12}");
        assertThat(verify(fingerprint).get("fingerprintCheck").get("contained").asBoolean()).isTrue();
        Map<String, Object> last = rows.get(rows.size() - 4);
        jdbc.update("DELETE FROM audit_entry WHERE id > ?", last.get("id"));
        jdbc.update("UPDATE audit_head SET last_hash = ?, length = ? WHERE id = 1", last.get("hash"), last.get("seq"));
        JsonNode check = verify(fingerprint).get("fingerprintCheck");
        assertThat(check.get("contained").asBoolean()).isFalse();
        assertThat(check.get("detail").asText()).contains("the log has " + (rows.size() - 3) + " entries");
        mvc.perform(get("/api/audit/verify?fingerprint=12-zz").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("fingerprint"));
    }

    @Test
    void anAccountEventIsLoggedWithItsChangeAndNotWhenThatChangeRollsBack() throws Exception {
        AccountEvent locked = new AccountEvent("LOCKED", "staff", "system", Map.of("failures", 5, "until", "2026-01-01T00:15:00Z"));
        tx.executeWithoutResult(status -> {
            events.publishEvent(locked);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(rows.size());
        tx.executeWithoutResult(status -> events.publishEvent(locked));
        JsonNode entry = json.readTree(mvc.perform(get("/api/audit?limit=1").with(as("auditor")))
                .andReturn().getResponse().getContentAsString()).get(0);
        assertThat(entry.get("action").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(entry.get("actor").asText()).isEqualTo("system");
        assertThat(entry.get("details").get("username").asText()).isEqualTo("staff");
        assertThat(entry.get("details").get("failures").asInt()).isEqualTo(5);
        rows = jdbc.queryForList("SELECT id, seq, at, actor, action, details, previous_hash, hash FROM audit_entry ORDER BY id");
        head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1");
    }

    private JsonNode verify() throws Exception {
        return verify(null);
    }

    private JsonNode verify(String fingerprint) throws Exception {
        var request = get("/api/audit/verify").with(as("auditor"));
        if (fingerprint != null) {
            request.param("fingerprint", fingerprint);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
