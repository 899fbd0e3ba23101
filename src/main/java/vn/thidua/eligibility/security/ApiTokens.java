package vn.thidua.eligibility.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code api_token} table. */
@Component
class ApiTokens {

    /**
     * A presented token with what decides whether its call is accepted, its owner's account read in
     * the same indexed lookup: the current role, whether enabled, whether a password change is due.
     */
    record Presented(long id, String username, Role role, boolean enabled, boolean passwordChangeRequired,
                     Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    private static final String VIEW = "SELECT t.id, u.username, t.name, t.created_at, t.expires_at, t.last_used_at,"
            + " t.revoked_at FROM api_token t JOIN app_user u ON u.id = t.owner_id";

    private final JdbcTemplate jdbc;

    ApiTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long ownerId, String name, byte[] hash, Instant createdAt, Instant expiresAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO api_token (owner_id, name, token_hash,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, ownerId);
            insert.setString(2, name);
            insert.setBytes(3, hash);
            insert.setTimestamp(4, Timestamp.from(createdAt));
            insert.setTimestamp(5, Timestamp.from(expiresAt));
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey(), "generated id").longValue();
    }

    Optional<Presented> presented(byte[] hash) {
        return jdbc.query("SELECT t.id, u.username, u.role, u.enabled, u.password_change_required, t.expires_at,"
                        + " t.revoked_at, t.last_used_at FROM api_token t JOIN app_user u ON u.id = t.owner_id"
                        + " WHERE t.token_hash = ?",
                (rs, i) -> new Presented(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
                        rs.getBoolean(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))),
                (Object) hash).stream().findFirst();
    }

    void used(long id, Instant at) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    /** The owner's tokens, newest first. */
    List<ApiTokenView> of(long ownerId, Instant now) {
        return jdbc.query(VIEW + " WHERE t.owner_id = ? ORDER BY t.created_at DESC, t.id DESC", view(now), ownerId);
    }

    Optional<ApiTokenView> find(long ownerId, long id, Instant now) {
        return jdbc.query(VIEW + " WHERE t.owner_id = ? AND t.id = ?", view(now), ownerId, id).stream().findFirst();
    }

    /**
     * The owner's tokens neither revoked nor expired, locked until the transaction ends. A locking
     * read sees the latest rows, not the transaction's snapshot: a disabling that waited for a
     * concurrent creation to commit must see, and revoke, the token it made.
     */
    List<ApiTokenView> active(long ownerId, Instant now) {
        return jdbc.query(VIEW + " WHERE t.owner_id = ? AND t.revoked_at IS NULL AND t.expires_at > ? ORDER BY t.id FOR UPDATE",
                view(now), ownerId, Timestamp.from(now));
    }

    /** @return false if it was revoked already */
    boolean revoke(long id, Instant at) {
        return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", Timestamp.from(at), id) == 1;
    }

    private static RowMapper<ApiTokenView> view(Instant now) {
        return (rs, i) -> {
            Instant expiresAt = instant(rs.getTimestamp(5));
            Instant revokedAt = instant(rs.getTimestamp(7));
            return new ApiTokenView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)), expiresAt,
                    instant(rs.getTimestamp(6)), revokedAt, ApiTokenView.state(expiresAt, revokedAt, now));
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
