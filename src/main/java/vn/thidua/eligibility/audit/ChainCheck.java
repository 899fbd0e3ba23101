package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.runs.RunDigests;
import vn.thidua.eligibility.runs.RunId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verification: walks the chain in id order (numbers consecutive, each entry following the one
 * before, each authenticated), compares it with the checkpoint kept outside the database and, when
 * it holds, recomputes every completed run's digest against the one its completion entry recorded.
 */
final class ChainCheck {
    static final String RUN_COMPLETED = "RUN_COMPLETED";
    private static final Pattern FINGERPRINT = Pattern.compile("(\\d{1,18})-([0-9a-f]{12})");

    record Fingerprint(long length, String text) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final AuditLog log;
    private final Checkpoint checkpoint;
    private final RunDigests runs;

    /**
     * @param snapshot a read-only, repeatable-read transaction: the chain, its head and the runs are
     *                 read as of one moment, so a change committed meanwhile is never half seen
     */
    ChainCheck(JdbcTemplate jdbc, TransactionTemplate snapshot, AuditLog log, Checkpoint checkpoint, RunDigests runs) {
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.log = log;
        this.checkpoint = checkpoint;
        this.runs = runs;
    }

    static Fingerprint parse(String text) {
        Matcher m = FINGERPRINT.matcher(text.strip().toLowerCase());
        if (!m.matches()) {
            throw new InvalidFingerprintException("fingerprint: '" + text + "' is not an audit fingerprint: the number of"
                    + " entries, a dash and 12 hexadecimal digits, as printed on the documents (e.g. 1234-3fa9c1e27b0d)");
        }
        return new Fingerprint(Long.parseLong(m.group(1)), m.group());
    }

    /** What the walk found; entries past the first invalid one are counted only. */
    private static final class Walk {
        long count;
        long legacy;
        long expectedSeq = 1;
        String expectedPrevious = AuditLog.GENESIS;
        boolean keyed;
        long digestsFromRun = Long.MAX_VALUE;
        AuditLog.Invalid invalid;
        final Map<Long, String> hashes = new LinkedHashMap<>();
        final Map<Long, AuditLog.Stored> completions = new LinkedHashMap<>();

        long length() {
            return expectedSeq - 1;
        }
    }

    AuditLog.Verification verify(Fingerprint fingerprint) {
        // the checkpoint first: whatever it records was committed before the snapshot begins
        Optional<Checkpoint.State> recorded;
        AuditLog.Invalid checkpointUnreadable = null;
        try {
            recorded = checkpoint.read();
        } catch (IllegalStateException e) {
            recorded = Optional.empty();
            checkpointUnreadable = new AuditLog.Invalid(null, e.getMessage());
        }
        List<Long> wanted = new ArrayList<>();
        recorded.ifPresent(c -> wanted.add(c.length()));
        if (fingerprint != null) {
            wanted.add(fingerprint.length());
        }
        Optional<Checkpoint.State> checkpointed = recorded;
        AuditLog.Invalid unreadable = checkpointUnreadable;
        return snapshot.execute(status -> verify(fingerprint, checkpointed, unreadable, wanted));
    }

    private AuditLog.Verification verify(Fingerprint fingerprint, Optional<Checkpoint.State> recorded,
                                         AuditLog.Invalid checkpointUnreadable, List<Long> wanted) {
        Walk walk = walk(wanted);
        AuditLog.Invalid invalid = walk.invalid;
        if (invalid == null && !walk.keyed) {
            invalid = new AuditLog.Invalid(null, walk.count == 0
                    ? "the log is empty, yet the service keys it when it starts: it was wiped"
                    : "no entry is authenticated by the service's key (there is no " + AuditLog.KEYED + " entry): the log was replaced");
        }
        if (invalid == null) {
            invalid = checkpointUnreadable != null ? checkpointUnreadable : compare(walk, recorded);
        }
        if (invalid == null) {
            invalid = compareHead(walk);
        }
        AuditLog.RunsChecked runsChecked = invalid == null ? checkRuns(walk) : null;
        if (invalid == null && !runsChecked.problems().isEmpty()) {
            AuditLog.RunProblem first = runsChecked.problems().get(0);
            invalid = new AuditLog.Invalid(first.entry(), first.reason());
        }
        AuditLog.CheckpointView view = recorded.map(c -> new AuditLog.CheckpointView(c.length(), log.fingerprint(c.length(), c.head()))).orElse(null);
        return new AuditLog.Verification(invalid == null, walk.count, invalid, walk.legacy,
                walk.invalid == null ? log.fingerprint(walk.length(), walk.expectedPrevious) : null, view, runsChecked,
                fingerprint == null ? null : check(fingerprint, walk));
    }

    private Walk walk(List<Long> wanted) {
        Walk w = new Walk();
        jdbc.query("SELECT " + AuditLog.columns() + " FROM audit_entry ORDER BY id", rs -> {
            w.count++;
            if (w.invalid != null) {
                return;
            }
            AuditLog.Stored s = AuditLog.stored(rs);
            w.invalid = problem(w, s);
            if (w.invalid != null) {
                return;
            }
            if (wanted.contains(s.seq())) {
                w.hashes.put(s.seq(), s.hash());
            }
            if (w.keyed && RUN_COMPLETED.equals(s.action())) {
                w.completions.put(AuditLog.tree(s.details()).path("run").asLong(), s);
            }
            w.expectedSeq++;
            w.expectedPrevious = s.hash();
        });
        return w;
    }

    /** Why the entry does not fit where it stands, or null when it does. */
    private AuditLog.Invalid problem(Walk w, AuditLog.Stored s) {
        if (s.seq() != w.expectedSeq) {
            return new AuditLog.Invalid(s.id(), "entry " + s.id() + " is number " + s.seq() + " of the chain where number "
                    + w.expectedSeq + " was due: entries were deleted, inserted or reordered");
        }
        if (!s.previous().equals(w.expectedPrevious)) {
            return new AuditLog.Invalid(s.id(), "entry " + s.id() + " does not follow the entry before it:"
                    + " an entry before it was deleted, or the entries were reordered");
        }
        if (w.keyed) {
            return log.authentic(s) ? null : altered(s);
        }
        if (AuditLog.KEYED.equals(s.action()) && log.authentic(s)) {
            JsonNode details = AuditLog.tree(s.details());
            if (details.path("legacyEntries").asLong(-1) != s.seq() - 1) {
                return new AuditLog.Invalid(s.id(), "entry " + s.id() + " sealed " + details.path("legacyEntries").asLong()
                        + " earlier entries, but " + (s.seq() - 1) + " stand before it: entries were inserted or deleted");
            }
            w.keyed = true;
            w.digestsFromRun = details.path("digestsFromRun").asLong(Long.MAX_VALUE);
            return null;
        }
        if (AuditLog.legacy(s)) {
            w.legacy++;
            return null;
        }
        return altered(s);
    }

    private static AuditLog.Invalid altered(AuditLog.Stored s) {
        return new AuditLog.Invalid(s.id(), "entry " + s.id() + " was altered: its content does not match its hash");
    }

    private static AuditLog.Invalid compare(Walk w, Optional<Checkpoint.State> recorded) {
        if (recorded.isEmpty()) {
            return new AuditLog.Invalid(null, "there is no checkpoint (" + Checkpoint.FILE + " next to the audit key):"
                    + " it is written when the chain is keyed and kept with the key; without it truncation cannot be ruled out");
        }
        Checkpoint.State c = recorded.get();
        if (w.length() < c.length()) {
            return new AuditLog.Invalid(null, "the log has " + w.length() + " entries, but the checkpoint kept outside the"
                    + " database records " + c.length() + ": entries were deleted or the database was rolled back");
        }
        if (c.length() > 0 && !c.head().equals(w.hashes.get(c.length()))) {
            return new AuditLog.Invalid(null, "entry number " + c.length() + " is not the one the checkpoint recorded:"
                    + " the log was rewritten up to it, or the database was replaced");
        }
        return null;
    }

    private AuditLog.Invalid compareHead(Walk w) {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_hash, length FROM audit_head WHERE id = 1");
        if (!w.expectedPrevious.equals(head.get("last_hash")) || w.length() != ((Number) head.get("length")).longValue()) {
            return new AuditLog.Invalid(null, "the last entry is not the one the log last appended: entries at the end were deleted");
        }
        return null;
    }

    private AuditLog.RunsChecked checkRuns(Walk w) {
        List<AuditLog.RunProblem> problems = new ArrayList<>();
        int checked = 0;
        int before = 0;
        Map<Long, AuditLog.Stored> unmatched = new LinkedHashMap<>(w.completions);
        for (RunId run : runs.completed()) {
            AuditLog.Stored entry = unmatched.remove(run.value());
            if (run.value() < w.digestsFromRun) {
                before++;
                continue;
            }
            checked++;
            if (entry == null) {
                problems.add(new AuditLog.RunProblem(run.value(), null, "run " + run.value() + " is stored as completed, but the audit"
                        + " log records no completion of it: it was added or changed outside the service"));
                continue;
            }
            List<String> differs = runs.compute(run).orElseThrow()
                    .differingFrom(AuditedRunDigests.digest(AuditLog.tree(entry.details()).path("digest")));
            if (!differs.isEmpty()) {
                problems.add(new AuditLog.RunProblem(run.value(), entry.id(), "run " + run.value() + " was altered after it completed:"
                        + " its " + String.join(", ", differs) + " differ from the digest recorded in audit entry " + entry.id()));
            }
        }
        unmatched.forEach((run, entry) -> problems.add(new AuditLog.RunProblem(run, entry.id(), "run " + run + " completed (audit entry "
                + entry.id() + ") but is no longer stored as a completed run: it was deleted or its status changed")));
        return new AuditLog.RunsChecked(checked, before, problems);
    }

    private AuditLog.FingerprintCheck check(Fingerprint f, Walk w) {
        if (f.length() > w.length()) {
            return new AuditLog.FingerprintCheck(f.text(), false, w.invalid != null
                    ? "the chain is broken before entry number " + f.length() + ": see firstInvalid"
                    : "the log has " + w.length() + " entries; the fingerprint was taken after entry number " + f.length()
                    + ": entries were deleted or the database was rolled back since");
        }
        String head = f.length() == 0 ? AuditLog.GENESIS : w.hashes.get(f.length());
        if (head != null && log.fingerprint(f.length(), head).equals(f.text())) {
            return new AuditLog.FingerprintCheck(f.text(), true, "the log still holds the state fingerprinted: entry number "
                    + f.length() + " is the one it was taken of, and the chain up to it verifies");
        }
        return new AuditLog.FingerprintCheck(f.text(), false, "entry number " + f.length() + " is not the one the fingerprint was"
                + " taken of: the log was rewritten, or the fingerprint was mistyped");
    }
}
