package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Appends entries and verifies the chain. hash = SHA-256(previous hash + "\n" + canonical entry),
 * the canonical entry being time, actor, action and the details as JSON with sorted keys. Listing
 * and verifying are public for the pages; appending stays in this package.
 */
@Component
public class AuditLog {
    static final String GENESIS = "0".repeat(64);

    /** Sorted keys make the same details always the same text, hence the same hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        // an entry is written even when the caller's transaction later rolls back: the attempt happened
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record Verification(boolean valid, int entries, Invalid firstInvalid) {
    }

    public record Invalid(Long id, String reason) {
    }

    void append(String actor, String action, Map<String, ?> details) {
        String text = canonical(details);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        own.executeWithoutResult(status -> {
            String previous = jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE", String.class);
            String hash = hash(previous, at, actor, action, text);
            jdbc.update("INSERT INTO audit_entry (at, actor, action, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                    Timestamp.from(at), actor, action, text, previous, hash);
            jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", hash);
        });
    }

    public List<AuditEntry> latest(int limit, Long before) {
        return jdbc.query("SELECT id, at, actor, action, details, previous_hash, hash FROM audit_entry"
                        + " WHERE id < ? ORDER BY id DESC LIMIT ?",
                (rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), tree(rs.getString("details")), rs.getString("previous_hash"),
                        rs.getString("hash")), before == null ? Long.MAX_VALUE : before, limit);
    }

    /** Walks the chain in id order; the first entry that does not fit is named with the reason. */
    public Verification verify() {
        List<Invalid> invalid = new ArrayList<>(1);
        int[] count = {0};
        String[] expectedPrevious = {GENESIS};
        jdbc.query("SELECT id, at, actor, action, details, previous_hash, hash FROM audit_entry ORDER BY id", rs -> {
            count[0]++;
            if (!invalid.isEmpty()) {
                return;
            }
            long id = rs.getLong("id");
            String previous = rs.getString("previous_hash");
            String stored = rs.getString("hash");
            String recomputed = hash(previous, rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                    rs.getString("action"), rs.getString("details"));
            if (!recomputed.equals(stored)) {
                invalid.add(new Invalid(id, "entry " + id + " was altered: its content does not match its hash"));
            } else if (!previous.equals(expectedPrevious[0])) {
                invalid.add(new Invalid(id, "entry " + id + " does not follow the entry before it:"
                        + " an entry before it was deleted, or the entries were reordered"));
            }
            expectedPrevious[0] = stored;
        });
        String head = jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class);
        if (invalid.isEmpty() && !head.equals(expectedPrevious[0])) {
            invalid.add(new Invalid(null, "the last entry is not the one the log last appended: entries at the end were deleted"));
        }
        return new Verification(invalid.isEmpty(), count[0], invalid.isEmpty() ? null : invalid.get(0));
    }

    static String hash(String previous, Instant at, String actor, String action, String details) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String entry = previous + "\n" + at.truncatedTo(ChronoUnit.MICROS) + "\n" + actor + "\n" + action + "\n" + details;
            return HexFormat.of().formatHex(sha.digest(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Map<String, ?> details) {
        try {
            // through plain maps, so that records nested in the details get sorted keys too
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(CANONICAL.valueToTree(details), Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return CANONICAL.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
