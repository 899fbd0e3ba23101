package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.runs.RecordedDigests;
import vn.thidua.eligibility.runs.RunDigest;
import vn.thidua.eligibility.runs.RunId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The digests the chain recorded when runs completed, for a replay. Only an entry whose HMAC
 * holds counts: a digest written into the table by hand is not one the service recorded.
 */
@Component
class AuditedRunDigests implements RecordedDigests {
    private final JdbcTemplate jdbc;
    private final AuditLog log;

    AuditedRunDigests(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Optional<RunDigest> recorded(RunId run) {
        long keyedAt = keyed().map(AuditLog.Stored::seq).orElse(Long.MAX_VALUE);
        return jdbc.query("SELECT " + AuditLog.columns() + " FROM audit_entry WHERE action = ?"
                                + " AND JSON_VALUE(details, '$.run') = ? ORDER BY seq",
                        (rs, i) -> AuditLog.stored(rs), ChainCheck.RUN_COMPLETED, Long.toString(run.value())).stream()
                .filter(s -> s.seq() > keyedAt && log.authentic(s))
                .map(s -> AuditLog.tree(s.details()).path("digest"))
                .filter(d -> d.hasNonNull("value"))
                .map(AuditedRunDigests::digest).findFirst();
    }

    @Override
    public boolean precedesDigests(RunId run) {
        return keyed().map(k -> run.value() < AuditLog.tree(k.details()).path("digestsFromRun").asLong(0)).orElse(false);
    }

    private Optional<AuditLog.Stored> keyed() {
        return jdbc.query("SELECT " + AuditLog.columns() + " FROM audit_entry WHERE action = ? ORDER BY seq LIMIT 1",
                (rs, i) -> AuditLog.stored(rs), AuditLog.KEYED).stream().filter(log::authentic).findFirst();
    }

    static RunDigest digest(JsonNode d) {
        Map<String, String> parts = new LinkedHashMap<>();
        d.path("parts").fields().forEachRemaining(e -> parts.put(e.getKey(), e.getValue().asText()));
        return new RunDigest(d.path("value").asText(), parts);
    }
}
