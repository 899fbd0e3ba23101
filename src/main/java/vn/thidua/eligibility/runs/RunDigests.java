package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.rulesets.RuleSet;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes a completed run's {@link RunDigest} from what is stored, the same way when the run
 * completes (in its transaction, over what it just wrote) and whenever it is checked. Rows are
 * hashed one by one and their hashes sorted, so the digest does not depend on the order the
 * database returns them in; results are streamed, so memory stays bounded by the row hashes.
 */
@Component
public class RunDigests {
    static final List<String> PARTS = List.of("run", "decisions", "traces", "snapshot", "ruleSet");
    private static final ObjectMapper FILES = new ObjectMapper();
    private static final int FETCH = 200;

    private final JdbcTemplate streaming;

    RunDigests(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH);
    }

    /** The digest of a completed run; empty when the run is not stored or not completed. */
    public Optional<RunDigest> compute(RunId run) {
        return header(run).map(header -> {
            Written stored = new Written();
            streaming.query("SELECT subject_type, subject_code, subject_name, unit_code, award, outcome, `rank`, merit, ranking,"
                    + " conditions, exclusions, trace_gz, ranking_trace_gz FROM decision WHERE run_id = ?", rs -> {
                stored.decisions.add(fields(rs, 11));
                stored.traces.add(trace(rs.getString(1), rs.getString(2), unzipped(rs, "trace_gz"), unzipped(rs, "ranking_trace_gz")));
            }, run.value());
            streaming.query("SELECT chunk, facts_gz FROM run_fact_snapshot WHERE run_id = ?",
                    (RowCallbackHandler) rs -> stored.snapshot.add(snapshot(rs.getInt(1), unzipped(rs, "facts_gz"))), run.value());
            return digest(header, stored);
        });
    }

    /**
     * The digest of a run the caller's transaction just completed, from the hashes of the rows it
     * wrote, taken as it wrote them: the same value {@link #compute} gives from the stored rows,
     * without reading back and unpacking every trace and snapshot.
     */
    RunDigest compute(RunId run, Written written) {
        return header(run).map(header -> digest(header, written))
                .orElseThrow(() -> new IllegalStateException("run " + run + " is not stored as completed"));
    }

    private Optional<Header> header(RunId run) {
        List<Header> headers = streaming.query("SELECT kind, year, from_year, to_year, quota, reference_date, status,"
                + " rule_set_version, rule_set_hash, started_by, started_at, finished_at, failure_reason, subject_count,"
                + " eligible, not_eligible, excluded, proposed, tied_at_quota, reserve, deferred, undetermined FROM run WHERE id = ?",
                (rs, i) -> new Header(fields(rs, newerCounts(rs) ? 22 : 20), rs.getString("status"), rs.getString("rule_set_hash")),
                run.value());
        if (headers.isEmpty() || !RunStatus.COMPLETED.name().equals(headers.get(0).status())) {
            return Optional.empty();
        }
        return Optional.of(headers.get(0));
    }

    private RunDigest digest(Header header, Written written) {
        Map<String, String> parts = new LinkedHashMap<>();
        Rows runRow = new Rows();
        runRow.add(header.fields());
        parts.put("run", runRow.digest());
        parts.put("decisions", written.decisions.digest());
        parts.put("traces", written.traces.digest());
        parts.put("snapshot", written.snapshot.digest());
        Rows ruleSet = new Rows();
        ruleSet.addFields(header.ruleSetHash(), storedRuleSetHash(header.ruleSetHash()));
        parts.put("ruleSet", ruleSet.digest());
        MessageDigest all = sha();
        all.update("run-digest-v1".getBytes(StandardCharsets.UTF_8));
        parts.forEach((name, hash) -> all.update(("\u0000" + name + "\u0000" + hash).getBytes(StandardCharsets.UTF_8)));
        return new RunDigest(HexFormat.of().formatHex(all.digest()), parts);
    }

    /**
     * The hashes of the rows of one run, part by part, gathered as they are read or written; a row's
     * hash is taken from its columns as the database returns them (text, a number as its digits,
     * a gzip column unpacked).
     */
    static final class Written {
        private final Rows decisions = new Rows();
        private final Rows traces = new Rows();
        private final Rows snapshot = new Rows();

        void decision(byte[] hash) {
            decisions.hashes.add(hash);
        }

        void trace(byte[] hash) {
            traces.hashes.add(hash);
        }

        void snapshot(byte[] hash) {
            snapshot.hashes.add(hash);
        }
    }

    /** A decision row's hash from its columns subject_type … exclusions, in the table's order. */
    static byte[] decision(String... columns) {
        return Rows.hash(Arrays.stream(columns).map(c -> c == null ? null : c.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new));
    }

    /** A trace row's hash: its subject, its trace and its ranking trace (null outside a phase run's ranking). */
    static byte[] trace(String subjectType, String subjectCode, byte[] trace, byte[] rankingTrace) {
        return Rows.hash(new byte[][]{subjectType.getBytes(StandardCharsets.UTF_8), subjectCode.getBytes(StandardCharsets.UTF_8),
                trace, rankingTrace});
    }

    /** A snapshot chunk's hash. */
    static byte[] snapshot(int chunk, byte[] facts) {
        return Rows.hash(new byte[][]{Integer.toString(chunk).getBytes(StandardCharsets.UTF_8), facts});
    }

    /** Every completed run, oldest first. */
    public List<RunId> completed() {
        return streaming.queryForList("SELECT id FROM run WHERE status = ? ORDER BY id", Long.class,
                RunStatus.COMPLETED.name()).stream().map(RunId::new).toList();
    }

    /** The id the next run will get at the earliest: runs from it on complete with a digest. */
    public long nextRunId() {
        return streaming.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM run", Long.class);
    }

    /** The hash of the rule set files stored under the hash a run recorded, as they are now ("missing" if gone). */
    String storedRuleSetHash(String recorded) {
        List<String> hashes = streaming.query("SELECT files_gz FROM rule_set_snapshot WHERE hash = ?", (rs, i) -> {
            TreeMap<String, String> files = new TreeMap<>();
            try {
                FILES.readTree(Gzip.unzip(rs.getBytes(1))).fields()
                        .forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            } catch (java.io.IOException e) {
                return "unreadable";
            }
            try {
                return RuleSet.hashOf(files);
            } catch (IllegalArgumentException e) {
                return "unreadable";
            }
        }, recorded);
        return hashes.isEmpty() ? "missing" : hashes.get(0);
    }

    private record Header(byte[][] fields, String status, String ruleSetHash) {
    }

    /**
     * The counts added later (deferred, undetermined) enter the digest only when one is not zero: a
     * run made before them has both zero, and its digest stays the one recorded for it.
     */
    private static boolean newerCounts(ResultSet rs) throws SQLException {
        return rs.getInt("deferred") != 0 || rs.getInt("undetermined") != 0;
    }

    private static byte[][] fields(ResultSet rs, int n) throws SQLException {
        byte[][] out = new byte[n][];
        for (int c = 1; c <= n; c++) {
            String v = rs.getString(c);
            out[c - 1] = v == null ? null : v.getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static byte[] unzipped(ResultSet rs, String column) throws SQLException {
        byte[] gz = rs.getBytes(column);
        return gz == null ? null : Gzip.unzip(gz);
    }

    /** Row hashes, sorted before they are hashed together. */
    private static final class Rows {
        private final List<byte[]> hashes = new ArrayList<>();

        void addFields(Object... fields) {
            add(Arrays.stream(fields).map(f -> f == null ? null
                    : f instanceof byte[] b ? b : f.toString().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        }

        void add(byte[][] fields) {
            hashes.add(hash(fields));
        }

        void add(byte[] hash) {
            hashes.add(hash);
        }

        /** Each field length-prefixed, null apart from empty, so no two rows hash alike by accident. */
        static byte[] hash(byte[][] fields) {
            MessageDigest row = sha();
            for (byte[] f : fields) {
                if (f == null) {
                    row.update(new byte[]{0});
                } else {
                    row.update((byte) 1);
                    row.update(ByteBuffer.allocate(8).putLong(f.length).array());
                    row.update(f);
                }
            }
            return row.digest();
        }

        String digest() {
            hashes.sort(Comparator.comparing(h -> h, Arrays::compareUnsigned));
            ByteArrayOutputStream all = new ByteArrayOutputStream(hashes.size() * 32 + 8);
            all.writeBytes(ByteBuffer.allocate(8).putLong(hashes.size()).array());
            hashes.forEach(all::writeBytes);
            return sha(all.toByteArray());
        }
    }

    private static String sha(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
