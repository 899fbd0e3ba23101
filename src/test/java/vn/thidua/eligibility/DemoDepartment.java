package vn.thidua.eligibility;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo Department's facts, imported in-process as staff would, and its annual run of 2024. */
public final class DemoDepartment {
    /** Children before parents, for the foreign keys. */
    private static final String[] FACT_TABLES = {"awards", "ratings", "disciplines", "initiatives", "dossiers", "tasks",
            "criteria", "people", "units"};

    private DemoDepartment() {
    }

    /** Other tests leave their own Departments in the shared database: the demo's replaces them. */
    public static void importFacts(JdbcTemplate jdbc, FactImport facts) {
        clearFacts(jdbc);
        try (InputStream bundle = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            facts.importBundle(bundle, "staff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No facts at all, as on a first day: runs, proposals and rule sets stay. */
    public static void clearFacts(JdbcTemplate jdbc) {
        for (String table : FACT_TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** On a loaded machine a run may outlast the start's synchronous wait: it is awaited, then must have completed. */
    public static RunSummary annual2024(RunService runs) {
        RunId id = runs.start(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)), "staff").id();
        RunSummary run = await("run " + id + " to finish").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> runs.find(id).orElseThrow(), r -> r.status() != RunStatus.RUNNING);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }
}
