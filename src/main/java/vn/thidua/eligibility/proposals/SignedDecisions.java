package vn.thidua.eligibility.proposals;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signed decisions' rows; the list reads no content, a download reads one file's. */
@Repository
class SignedDecisions {
    private final JdbcTemplate jdbc;

    SignedDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, long proposalId, String fileName, String contentType, long size, String sha256,
                  String attachedBy, Instant attachedAt) {
    }

    private static final RowMapper<Stored> STORED = (rs, n) -> new Stored(rs.getLong("id"), rs.getLong("proposal_id"),
            rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
            rs.getString("attached_by"), rs.getTimestamp("attached_at").toInstant());

    long add(long proposalId, String fileName, String contentType, byte[] content, String sha256, String user, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO signed_decision (proposal_id, file_name,"
                    + " content_type, size, sha256, content, attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, proposalId);
            insert.setString(2, fileName);
            insert.setString(3, contentType);
            insert.setLong(4, content.length);
            insert.setString(5, sha256);
            insert.setBytes(6, content);
            insert.setString(7, user);
            insert.setTimestamp(8, Timestamp.from(at));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Newest first. */
    List<Stored> of(long proposalId) {
        return jdbc.query("SELECT id, proposal_id, file_name, content_type, size, sha256, attached_by, attached_at"
                + " FROM signed_decision WHERE proposal_id = ? ORDER BY id DESC", STORED, proposalId);
    }

    Optional<byte[]> content(long proposalId, long id) {
        return jdbc.query("SELECT content FROM signed_decision WHERE proposal_id = ? AND id = ?",
                (rs, n) -> rs.getBytes(1), proposalId, id).stream().findFirst();
    }
}
