package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.runs.RunDigests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends entries and verifies the chain. Each entry is numbered ({@code seq}) and authenticated:
 * hash = HMAC-SHA256 under the {@link AuditKey} of the entry's number, the previous entry's hash,
 * time, actor, action and details (canonical JSON, sorted keys). The entries written before keys
 * (SHA-256 of the same without the number) are sealed by the first keyed entry, {@value #KEYED}.
 * An entry joins the caller's transaction, so a change and its entry commit or roll back together;
 * the {@link Checkpoint} advances after the commit. Listing, verifying and the fingerprint are
 * public for the pages and the documents; appending stays in this package.
 */
@Component
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /** The entry that seals the SHA-256 entries written before the chain was keyed. */
    static final String KEYED = "CHAIN_KEYED";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** Sorted keys make the same details always the same text, hence the same hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules().build();
    private static final String COLUMNS = "id, seq, at, actor, action, details, previous_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joined;
    private final TransactionTemplate alone;
    private final Clock clock;
    private final AuditKey key;
    private final Checkpoint checkpoint;
    private final ChainCheck check;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, AuditSettings settings,
             @Value("${eligibility.database.data-dir:./data}") String dataDir, RunDigests runs) {
        this.jdbc = jdbc;
        this.joined = new TransactionTemplate(transactions);
        this.alone = new TransactionTemplate(transactions);
        alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        Path folder = Path.of(dataDir);
        Optional<Stored> keyed = keyedEntry();
        this.key = settings.key() != null && !settings.key().isBlank() ? AuditKey.fromSecret(settings.key())
                : AuditKey.fromFolder(folder, keyed.isEmpty());
        keyed.ifPresent(entry -> {
            if (!authentic(entry)) {
                throw new IllegalStateException("The audit key does not authenticate the log's " + KEYED + " entry (seq "
                        + entry.seq() + "): this is not the key the log was written with; restore the right "
                        + (settings.key() == null ? "key file " + folder.resolve(AuditKey.FILE).toAbsolutePath() : "eligibility.audit.key"));
            }
        });
        this.checkpoint = new Checkpoint(folder, key);
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.check = new ChainCheck(jdbc, snapshot, this, checkpoint, runs);
        if (keyed.isEmpty()) {
            seal(runs.nextRunId());
        }
    }

    /** One entry as stored. */
    record Stored(long id, long seq, Instant at, String actor, String action, String details, String previous, String hash) {
    }

    public record Verification(boolean valid, long entries, Invalid firstInvalid, long legacyEntries, String fingerprint,
                               CheckpointView checkpoint, RunsChecked runs,
                               FingerprintCheck fingerprintCheck) {
    }

    public record Invalid(Long id, String reason) {
    }

    /** The checkpoint compared with: the chain's length then, and its fingerprint. */
    public record CheckpointView(long length, String fingerprint) {
    }

    /**
     * @param checked        completed runs whose digest was recomputed
     * @param beforeDigests  completed runs that finished before digests were recorded (not covered)
     * @param problems       every run that differs from, or lacks, the digest recorded when it completed
     */
    public record RunsChecked(int checked, int beforeDigests, List<RunProblem> problems) {
    }

    public record RunProblem(long run, Long entry, String reason) {
    }

    /** The answer for a fingerprint an auditor typed: whether the chain still holds the state it was taken of. */
    public record FingerprintCheck(String fingerprint, boolean contained, String detail) {
    }

    /** Appends in the caller's transaction (or its own, when there is none). */
    void append(String actor, String action, Map<String, ?> details) {
        write(joined, actor, action, details);
    }

    /** Appends in a transaction of its own: for what happened although nothing changed, such as a failed login. */
    void appendAlone(String actor, String action, Map<String, ?> details) {
        write(alone, actor, action, details);
    }

    private void write(TransactionTemplate transaction, String actor, String action, Map<String, ?> details) {
        String text = canonical(details);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        transaction.executeWithoutResult(status -> {
            Map<String, Object> head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1 FOR UPDATE");
            String previous = (String) head.get("last_hash");
            long seq = ((Number) head.get("length")).longValue() + 1;
            String hash = mac(seq, previous, at, actor, action, text);
            jdbc.update("INSERT INTO audit_entry (seq, at, actor, action, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    seq, Timestamp.from(at), actor, action, text, previous, hash);
            jdbc.update("UPDATE audit_head SET last_hash = ?, length = ? WHERE id = 1", hash, seq);
            pendingCheckpoint().state = new Checkpoint.State(seq, hash);
        });
    }

    /** The transaction's checkpoint, written once after it commits, with the last entry it appended. */
    private PendingCheckpoint pendingCheckpoint() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingCheckpoint.class::isInstance).map(PendingCheckpoint.class::cast).findFirst()
                .orElseGet(() -> {
                    PendingCheckpoint pending = new PendingCheckpoint();
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                });
    }

    private final class PendingCheckpoint implements TransactionSynchronization {
        Checkpoint.State state;

        @Override
        public void afterCommit() {
            try {
                checkpoint.advance(state);
            } catch (IllegalStateException e) {
                // the entries are committed; a checkpoint left behind is weaker, never a false alarm
                log.error("Audit entry {} is committed but not checkpointed", state.length(), e);
            }
        }
    }

    /**
     * Keys the chain: checkpoints the chain as it stands (the SHA-256 entries of before, or none),
     * then appends {@value #KEYED}, whose authenticated details name how many entries it seals and
     * from which run on every completed run has a digest in the chain.
     */
    private void seal(long digestsFromRun) {
        Optional<Checkpoint.State> recorded = checkpoint.read();
        Checkpoint.State now = alone.execute(status -> jdbc.queryForObject(
                "SELECT length, last_hash FROM audit_head WHERE id = 1",
                (rs, i) -> new Checkpoint.State(rs.getLong(1), rs.getString(2))));
        if (recorded.isPresent() && !recorded.get().equals(now)) {
            // The key was made earlier, yet its entry is gone: sealing now would bless whatever replaced it.
            log.error("The audit log holds no {} entry although its key and checkpoint exist: the log was wiped or replaced;"
                    + " GET /api/audit/verify says where", KEYED);
            return;
        }
        checkpoint.advance(now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("algorithm", "HMAC-SHA256");
        details.put("legacyEntries", now.length());
        details.put("legacyHead", now.head());
        details.put("digestsFromRun", digestsFromRun);
        write(alone, "system", KEYED, details);
        log.info("Audit chain keyed: {} earlier SHA-256 entries sealed", now.length());
    }

    private Optional<Stored> keyedEntry() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY seq LIMIT 1",
                (rs, i) -> stored(rs), KEYED).stream().findFirst();
    }

    public List<AuditEntry> latest(int limit, Long before) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE id < ? ORDER BY id DESC LIMIT ?",
                (rs, i) -> {
                    Stored s = stored(rs);
                    return new AuditEntry(s.id(), s.seq(), s.at(), s.actor(), s.action(), tree(s.details()), s.previous(), s.hash());
                }, before == null ? Long.MAX_VALUE : before, limit);
    }

    /**
     * Recomputes the chain and every run's digest, and compares them with the checkpoint.
     *
     * @param fingerprint one printed on a document earlier, or null
     */
    public Verification verify(String fingerprint) {
        return check.verify(fingerprint == null ? null : ChainCheck.parse(fingerprint));
    }

    /** The short fingerprint of the chain as it stands: its length and the first 12 hex of an HMAC of its head. */
    public String fingerprint() {
        return jdbc.query("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1",
                        (rs, i) -> fingerprint(rs.getLong(1), rs.getString(2))).stream().findFirst()
                .orElse(fingerprint(0, GENESIS));
    }

    String fingerprint(long length, String head) {
        return length + "-" + key.mac("audit-fingerprint\n" + length + "\n" + head).substring(0, 12);
    }

    /** Whether a keyed entry's hash is its HMAC under the key. */
    boolean authentic(Stored s) {
        return MessageDigest.isEqual(mac(s.seq(), s.previous(), s.at(), s.actor(), s.action(), s.details())
                .getBytes(StandardCharsets.US_ASCII), s.hash().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether an entry written before the chain was keyed matches its SHA-256. */
    static boolean legacy(Stored s) {
        return legacyHash(s.previous(), s.at(), s.actor(), s.action(), s.details()).equals(s.hash());
    }

    private String mac(long seq, String previous, Instant at, String actor, String action, String details) {
        // a JSON array: no field can run into the next, whatever characters an actor's name holds
        return key.mac("audit-entry\n" + canonical(Arrays.asList(seq, previous, at.truncatedTo(ChronoUnit.MICROS).toString(),
                actor, action, details)));
    }

    static String legacyHash(String previous, Instant at, String actor, String action, String details) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String entry = previous + "\n" + at.truncatedTo(ChronoUnit.MICROS) + "\n" + actor + "\n" + action + "\n" + details;
            return HexFormat.of().formatHex(sha.digest(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    static String columns() {
        return COLUMNS;
    }

    private static String canonical(Object details) {
        try {
            // through plain maps, so that records nested in the details get sorted keys too
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(CANONICAL.valueToTree(details), Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String text) {
        try {
            return CANONICAL.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
