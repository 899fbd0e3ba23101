package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.thidua.eligibility.engine.RuleProblem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stored rule-set versions, read and written with plain JDBC. Runs take theirs here: the active
 * one, or one asked for by number (a retired one, to re-determine a year under the rules of the
 * time; a draft too, which {@link RuleSetVersion#activated()} tells the caller to refuse).
 */
@Repository
public class RuleSetVersions {
    private static final String SUMMARY = "version, based_on, hash, author, note, status, valid, problems, created_at,"
            + " activated_at, activated_by";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RuleSetVersions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int add(Integer basedOn, String hash, SortedMap<String, String> files, String author, String note,
            RuleSetStatus status, List<RuleProblem> problems, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO rule_set_version (based_on, hash, files, author,"
                    + " note, status, valid, problems, created_at, activated_at, activated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, basedOn);
            ps.setString(2, hash);
            ps.setString(3, write(files));
            ps.setString(4, author);
            ps.setString(5, note);
            ps.setString(6, status.name());
            ps.setBoolean(7, problems.isEmpty());
            ps.setString(8, write(problems));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, status == RuleSetStatus.ACTIVE ? Timestamp.from(now) : null);
            ps.setString(11, status == RuleSetStatus.ACTIVE ? author : null);
            return ps;
        }, key);
        return key.getKey().intValue();
    }

    boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version", Integer.class) == 0;
    }

    List<RuleSetVersion> all() {
        return jdbc.query("SELECT " + SUMMARY + " FROM rule_set_version ORDER BY version DESC", (rs, i) -> version(rs, false));
    }

    /** The version active now. */
    public RuleSetVersion current() {
        return active().orElseThrow(RuleSetVersions::noneActive);
    }

    private static IllegalStateException noneActive() {
        return new IllegalStateException("No rule set version is active; the first start stores the rules folder as version 1");
    }

    /** One version with its files. */
    public Optional<RuleSetVersion> find(int version) {
        return jdbc.query("SELECT " + SUMMARY + ", files FROM rule_set_version WHERE version = ?",
                (rs, i) -> version(rs, true), version).stream().findFirst();
    }

    /** One version without its files: its hash names its content. */
    Optional<RuleSetVersion> summary(int version) {
        return jdbc.query("SELECT " + SUMMARY + " FROM rule_set_version WHERE version = ?",
                (rs, i) -> version(rs, false), version).stream().findFirst();
    }

    /** The version active now, without its files. */
    RuleSetVersion currentSummary() {
        return jdbc.query("SELECT " + SUMMARY + " FROM rule_set_version WHERE status = 'ACTIVE'",
                (rs, i) -> version(rs, false)).stream().findFirst().orElseThrow(RuleSetVersions::noneActive);
    }

    Optional<RuleSetVersion> active() {
        return jdbc.query("SELECT " + SUMMARY + ", files FROM rule_set_version WHERE status = 'ACTIVE'",
                (rs, i) -> version(rs, true)).stream().findFirst();
    }

    /** Locks the version's row until the caller's transaction ends. */
    Optional<RuleSetVersion> lock(int version) {
        return jdbc.query("SELECT " + SUMMARY + ", files FROM rule_set_version WHERE version = ? FOR UPDATE",
                (rs, i) -> version(rs, true), version).stream().findFirst();
    }

    void recordValidation(int version, List<RuleProblem> problems) {
        jdbc.update("UPDATE rule_set_version SET valid = ?, problems = ? WHERE version = ?",
                problems.isEmpty(), write(problems), version);
    }

    /** Retires the active version and activates this one: call inside one transaction. */
    void activate(int version, String by, Instant now) {
        jdbc.update("UPDATE rule_set_version SET status = 'RETIRED' WHERE status = 'ACTIVE'");
        jdbc.update("UPDATE rule_set_version SET status = 'ACTIVE', activated_at = ?, activated_by = ? WHERE version = ?",
                Timestamp.from(now), by, version);
    }

    /** Discards the version if it is still a draft; false when it is not (any more). */
    boolean discard(int version) {
        return jdbc.update("UPDATE rule_set_version SET status = 'DISCARDED' WHERE version = ? AND status = 'DRAFT'",
                version) == 1;
    }

    private RuleSetVersion version(ResultSet rs, boolean withFiles) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new RuleSetVersion(rs.getInt("version"), rs.getObject("based_on", Integer.class), rs.getString("hash"),
                rs.getString("author"), rs.getString("note"), RuleSetStatus.valueOf(rs.getString("status")),
                rs.getBoolean("valid"), read(rs.getString("problems"), new TypeReference<List<RuleProblem>>() { }),
                rs.getTimestamp("created_at").toInstant(), activated == null ? null : activated.toInstant(),
                rs.getString("activated_by"),
                withFiles ? read(rs.getString("files"), new TypeReference<TreeMap<String, String>>() { }) : null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule set version cannot be read", e);
        }
    }
}
