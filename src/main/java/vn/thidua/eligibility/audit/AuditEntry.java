package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One entry as stored and shown: {@code seq} its position in the chain (from 1), {@code details} canonical JSON. */
public record AuditEntry(long id, long seq, Instant at, String actor, String action, JsonNode details, String previousHash,
                         String hash) {
}
