package vn.thidua.eligibility.runs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run aggregate against the real MariaDB, with nothing but Spring Data JDBC and Flyway around
 * it (a data slice: the embedded server, its schema, each test rolled back).
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RunsRepositoryTest {
    private static final Instant NOW = Instant.parse("2025-01-15T02:00:00Z");

    @Autowired
    Runs runs;

    @Test
    void theLatestCompletedRunOfAYearIsFoundPastFailedAndOtherYearsRuns() {
        Run older = completed(2031);
        Run newer = completed(2031);
        Run failed = runs.save(Run.start(RunKind.ANNUAL, 2031, 2031, 2031, null, LocalDate.of(2032, 1, 15), 1, "staff", NOW, 20));
        failed.fail("hash", "broken", NOW);
        runs.save(failed);
        completed(2032);

        assertThat(runs.findFirstByKindAndYearAndStatusOrderByIdDesc(RunKind.ANNUAL, 2031, RunStatus.COMPLETED))
                .map(r -> r.id).contains(newer.id);
        assertThat(newer.id).isGreaterThan(older.id);
    }

    @Test
    void aCompletedRunKeepsItsRequestItsRulesAndItsOutcomeCounts() {
        Run run = runs.save(Run.start(RunKind.PHASE, null, 2021, 2025, 3, LocalDate.of(2025, 12, 15), 2, "staff", NOW, 20));
        run.complete("abc123", Map.of(Outcome.PROPOSED, 3, Outcome.RESERVE, 1, Outcome.NOT_ELIGIBLE, 35,
                Outcome.EXCLUDED, 1), NOW.plusSeconds(5));
        runs.save(run);

        RunSummary read = runs.findById(run.id).orElseThrow().summary();

        assertThat(read.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(read.fromYear()).isEqualTo(2021);
        assertThat(read.toYear()).isEqualTo(2025);
        assertThat(read.quota()).isEqualTo(3);
        assertThat(read.ruleSetHash()).isEqualTo("abc123");
        assertThat(read.finishedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(read.counts()).containsEntry(Outcome.PROPOSED, 3).containsEntry(Outcome.RESERVE, 1)
                .containsEntry(Outcome.NOT_ELIGIBLE, 35).containsEntry(Outcome.EXCLUDED, 1);
    }

    private Run completed(int year) {
        Run run = runs.save(Run.start(RunKind.ANNUAL, year, year, year, null, LocalDate.of(year + 1, 1, 15), 1, "staff", NOW, 20));
        run.complete("hash", Map.of(Outcome.ELIGIBLE, 1), NOW);
        return runs.save(run);
    }
}
