package vn.thidua.eligibility.runs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.facts.FactGroups.UnitRange;
import vn.thidua.eligibility.model.Outcome;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a partitioned run keeps in the run's tables besides {@link DecisionStore}'s rows: the
 * qualified people's merits handed from the partitions to the ranking, and the clean-up of a
 * partition's earlier attempt and of a failed run.
 */
@Component
class PartitionRows {
    private final JdbcTemplate jdbc;

    PartitionRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Removes what an earlier attempt of the partition stored. A partition commits its rows with its
     * step's COMPLETED status, and a completed partition is never run again, so there is normally
     * nothing: this only makes the partition safe to run twice.
     */
    void discardAttempt(RunId run, UnitRange range, int firstChunk, int chunks) {
        // a plain read first: a DELETE of nothing would still lock the range's gaps, which the
        // neighbouring partitions insert into at the same time (a deadlock)
        Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM run_fact_snapshot WHERE run_id = ? AND chunk >= ?"
                + " AND chunk < ?", Integer.class, run.value(), firstChunk, firstChunk + chunks);
        if (stored == null || stored == 0) {
            return;
        }
        jdbc.update("DELETE FROM run_fact_snapshot WHERE run_id = ? AND chunk >= ? AND chunk < ?",
                run.value(), firstChunk, firstChunk + chunks);
        jdbc.update("DELETE FROM run_ranking_input WHERE run_id = ? AND chunk = ?", run.value(), firstChunk);
        // a decision's unit is a unit of its group (a person's unit on the reference date)
        jdbc.update("DELETE d FROM decision d JOIN units u ON u.code = d.unit_code WHERE d.run_id = ? AND u.code > ?"
                + (range.last() == null ? "" : " AND u.code <= ?"), range.last() == null
                ? new Object[]{run.value(), range.after()} : new Object[]{run.value(), range.after(), range.last()});
    }

    void saveRankingInput(RunId run, int chunk, byte[] meritsGz) {
        jdbc.update("INSERT INTO run_ranking_input (run_id, chunk, merits_gz) VALUES (?, ?, ?)", run.value(), chunk, meritsGz);
    }

    /** The partitions' merits to rank, in the order of their chunks: the order an in-process run reads them. */
    List<byte[]> rankingInputs(RunId run) {
        return jdbc.query("SELECT merits_gz FROM run_ranking_input WHERE run_id = ? ORDER BY chunk",
                (rs, i) -> rs.getBytes(1), run.value());
    }

    /** The number of the chunk after the run's last group: the ranking's chunk, as in an in-process run. */
    int nextChunk(RunId run) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(chunk) + 1, 0) FROM run_fact_snapshot WHERE run_id = ?",
                Integer.class, run.value());
    }

    /** The outcomes of the run's stored decisions: one per subject, after the ranking as it stored them. */
    Map<Outcome, Integer> counts(RunId run) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        jdbc.query("SELECT outcome, COUNT(*) FROM decision WHERE run_id = ? GROUP BY outcome",
                rs -> {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                }, run.value());
        return counts;
    }

    void deleteRankingInputs(RunId run) {
        jdbc.update("DELETE FROM run_ranking_input WHERE run_id = ?", run.value());
    }

    /**
     * Fails the caller's transaction unless the run is still RUNNING, holding the run's row until it
     * commits: a partition never commits into a run already FAILED (whose rows are being removed).
     */
    void requireRunning(RunId run) {
        String status = jdbc.queryForObject("SELECT status FROM run WHERE id = ? LOCK IN SHARE MODE", String.class,
                run.value());
        if (!RunStatus.RUNNING.name().equals(status)) {
            throw new PartitionFailedException("Run " + run + " is " + status + ": its partition was not stored");
        }
    }

    /** Everything a run stored, for a run that FAILED after some of its partitions committed. */
    void deleteAll(RunId run) {
        jdbc.update("DELETE FROM decision WHERE run_id = ?", run.value());
        jdbc.update("DELETE FROM run_fact_snapshot WHERE run_id = ?", run.value());
        jdbc.update("DELETE FROM run_ranking_input WHERE run_id = ?", run.value());
    }
}
