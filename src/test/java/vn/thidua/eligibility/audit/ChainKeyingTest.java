package vn.thidua.eligibility.audit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A log written before keys (SHA-256 entries, V5) is sealed by the first start with a key, and its
 * entries stay verifiable; a service whose log depends on a key refuses to start without it, or
 * with another one. Each start is a service of its own on its own data folder; {@link ApiTest}
 * only makes sure the shared test service, which empties the test schema, has started first.
 */
@ApiTest
class ChainKeyingTest {
    private static final Path DATA = Path.of("target/audit-keying-data");

    @Test
    void aLogWrittenBeforeKeysIsSealedAndStillVerifiesAndTheKeyCannotGoMissing() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        // an installation from before V8's keys: three SHA-256 entries, no key file, no checkpoint
        try (ConfigurableApplicationContext before = start()) {
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            jdbc.update("DELETE FROM audit_entry");
            String previous = AuditLog.GENESIS;
            Instant at = Instant.parse("2025-01-02T03:04:05.123456Z");
            for (int seq = 1; seq <= 3; seq++) {
                String details = "{\"n\":" + seq + "}";
                String hash = AuditLog.legacyHash(previous, at, "staff", "FACTS_IMPORTED", details);
                jdbc.update("INSERT INTO audit_entry (seq, at, actor, action, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        seq, Timestamp.from(at), "staff", "FACTS_IMPORTED", details, previous, hash);
                previous = hash;
                at = at.plus(1, ChronoUnit.MINUTES);
            }
            jdbc.update("UPDATE audit_head SET last_hash = ?, length = 3 WHERE id = 1", previous);
        }
        Files.delete(DATA.resolve(AuditKey.FILE));
        Files.delete(DATA.resolve(Checkpoint.FILE));

        String key;
        try (ConfigurableApplicationContext keyed = start()) {
            AuditLog log = keyed.getBean(AuditLog.class);
            AuditLog.Verification v = log.verify(null);
            assertThat(v.valid()).as(String.valueOf(v.firstInvalid())).isTrue();
            assertThat(v.legacyEntries()).isEqualTo(3);
            AuditEntry seal = log.latest(1, null).get(0);
            assertThat(seal.action()).isEqualTo(AuditLog.KEYED);
            assertThat(seal.seq()).isEqualTo(4);
            assertThat(seal.details().get("legacyEntries").asLong()).isEqualTo(3);

            // the attacker rewrites an old entry and recomputes the old hashes after it: the seal no longer follows
            JdbcTemplate jdbc = keyed.getBean(JdbcTemplate.class);
            Map<String, Object> second = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = 2");
            Map<String, Object> third = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = 3");
            String forged2 = AuditLog.legacyHash((String) second.get("previous_hash"), ((Timestamp) second.get("at")).toInstant(),
                    "someone-else", "FACTS_IMPORTED", (String) second.get("details"));
            String forged3 = AuditLog.legacyHash(forged2, ((Timestamp) third.get("at")).toInstant(), "staff",
                    "FACTS_IMPORTED", (String) third.get("details"));
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else', hash = ? WHERE seq = 2", forged2);
            jdbc.update("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE seq = 3", forged2, forged3);
            AuditLog.Verification tampered = log.verify(null);
            assertThat(tampered.valid()).isFalse();
            assertThat(tampered.firstInvalid().id()).isEqualTo(seal.id());
            key = Files.readString(DATA.resolve(AuditKey.FILE)).strip();
        }

        Files.delete(DATA.resolve(AuditKey.FILE));
        assertThatThrownBy(ChainKeyingTest::start).hasStackTraceContaining("audit key file")
                .hasStackTraceContaining("is missing, but the audit log holds entries authenticated by it");
        assertThat(Files.exists(DATA.resolve(AuditKey.FILE))).as("no new key replaces the lost one").isFalse();

        String another = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> start("--eligibility.audit.key=" + another))
                .hasStackTraceContaining("this is not the key the log was written with");
        try (ConfigurableApplicationContext fromSecret = start("--eligibility.audit.key=" + key)) {
            assertThat(fromSecret.getBean(AuditLog.class).verify(null).firstInvalid().reason())
                    .as("the key given as a secret is the log's: what it finds is the forgery, nothing else")
                    .contains("does not follow the entry before it");
        }
    }

    private static ConfigurableApplicationContext start(String... more) {
        // its own embedded database even where CI points the shared tests at an external server
        String[] args = {"--server.port=0", "--spring.datasource.url=", "--eligibility.database.data-dir=" + DATA,
                "--eligibility.rules.folder=rules",
                "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return new SpringApplicationBuilder(EligibilityApplication.class).run(all);
    }
}
