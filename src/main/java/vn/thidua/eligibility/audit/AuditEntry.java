package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One entry as stored and shown; {@code details} is canonical JSON. */
public record AuditEntry(long id, Instant at, String actor, String action, JsonNode details, String previousHash, String hash) {
}
