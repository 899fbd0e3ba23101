package vn.thidua.eligibility.runs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.benchmark.DepartmentGenerator;
import vn.thidua.eligibility.facts.FactImport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run as a Spring Batch job of partitions evaluated on the instance's own threads
 * (eligibility.runs.mode=local-partitions) stores the same decisions, traces and snapshot as the
 * in-process run of the same facts, for an annual and a phase run (whose qualified people, found in
 * different partitions, are ranked together); and a run one of whose partitions fails stores nothing.
 * Its own contexts and data folder, one after the other on the same embedded database.
 */
class PartitionedRunTest {
    private static final Path DATA = Path.of("target/partitioned-run-data");
    private static final RunRequest ANNUAL = RunRequest.annual(2024, LocalDate.of(2025, 1, 15));
    private static final RunRequest PHASE = new PhaseRunRequest(2021, 2025, 2, LocalDate.of(2025, 12, 15), null, null);

    private static Stored inProcessAnnual;
    private static Stored inProcessPhase;
    private static ConfigurableApplicationContext partitioned;

    @BeforeAll
    static void runInProcessFirst() throws Exception {
        FileSystemUtils.deleteRecursively(DATA.toFile());
        try (ConfigurableApplicationContext inProcess = start()) {
            inProcessAnnual = run(inProcess, generated(), ANNUAL);
            inProcessPhase = run(inProcess, PhaseRunApiTest.BUNDLE.getBytes(StandardCharsets.UTF_8), PHASE);
        }
        partitioned = start("--eligibility.runs.mode=local-partitions", "--eligibility.runs.partitions=3",
                "--eligibility.runs.partition-threads=2");
    }

    @AfterAll
    static void stop() {
        if (partitioned != null) {
            partitioned.close();
        }
    }

    @Test
    void anAnnualRunOfPartitionsStoresWhatTheInProcessRunStores() throws Exception {
        Stored stored = run(partitioned, generated(), ANNUAL);

        assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(stored.rows()).as("every decision, field by field, traces included").isEqualTo(inProcessAnnual.rows());
        assertThat(withoutRunRecord(stored)).as("decisions, traces, snapshot chunks (numbers included), rule set")
                .isEqualTo(withoutRunRecord(inProcessAnnual)).hasSize(RunDigests.PARTS.size() - 1);
        assertThat(stored.summary().counts()).isEqualTo(inProcessAnnual.summary().counts());
        JdbcTemplate jdbc = partitioned.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION_PARAMS p"
                        + " ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'run' WHERE p.PARAMETER_VALUE = ?"
                        + " ORDER BY s.STEP_EXECUTION_ID", String.class, String.valueOf(stored.summary().id().value())))
                .as("the job's steps: 12 groups cut into 3 partitions").containsExactlyInAnyOrder("evaluate",
                        "partition:partition00000", "partition:partition00001", "partition:partition00002", "complete");
        assertThat(partitioned.getBean(RunReplay.class).replay(stored.summary().id()).identical())
                .as("its replay, from the snapshot it stored, and its digest in the audit log").isTrue();
    }

    @Test
    void aPhaseRunRanksTogetherThePeopleQualifiedInDifferentPartitions() throws Exception {
        Stored stored = run(partitioned, PhaseRunApiTest.BUNDLE.getBytes(StandardCharsets.UTF_8), PHASE);

        assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(stored.rows()).isEqualTo(inProcessPhase.rows());
        assertThat(withoutRunRecord(stored)).isEqualTo(withoutRunRecord(inProcessPhase));
        assertThat(partitioned.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM run_ranking_input WHERE run_id = ?", Integer.class, stored.summary().id().value()))
                .as("the merits handed to the ranking are gone with the run completed").isZero();
    }

    @Test
    void aRunWhoseOnePartitionFailsEndsFailedWithNothingStoredByThePartitionsThatCommitted() throws Exception {
        JdbcTemplate jdbc = partitioned.getBean(JdbcTemplate.class);
        // the third partition (groups 8 to 11) cannot store its snapshot; the first two commit before it fails
        jdbc.execute("CREATE TRIGGER fail_partition BEFORE INSERT ON run_fact_snapshot FOR EACH ROW"
                + " IF NEW.chunk = 9 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'partition refused by the test'; END IF");
        try {
            Stored failed = run(partitioned, generated(), ANNUAL);

            assertThat(failed.summary().status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.summary().failureReason()).startsWith("Unexpected error");
            long id = failed.summary().id().value();
            for (String table : List.of("decision", "run_fact_snapshot", "run_ranking_input")) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Integer.class, id))
                        .as(table).isZero();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION_PARAMS p"
                    + " ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'run' WHERE p.PARAMETER_VALUE = ?"
                    + " AND s.STEP_NAME LIKE 'partition:%' AND s.STATUS = 'COMPLETED'", Integer.class, String.valueOf(id)))
                    .as("partitions that had committed").isEqualTo(2);
        } finally {
            jdbc.execute("DROP TRIGGER fail_partition");
        }
    }

    private static Stored run(ConfigurableApplicationContext context, byte[] bundle, RunRequest request) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        DemoDepartment.clearFacts(jdbc);
        context.getBean(FactImport.class).importBundle(new ByteArrayInputStream(bundle), "staff");
        RunService runs = context.getBean(RunService.class);
        RunId id = runs.start(request, "staff").id();
        RunSummary summary = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> runs.find(id).orElseThrow(), r -> r.status() != RunStatus.RUNNING);
        if (summary.status() != RunStatus.COMPLETED) {
            return new Stored(summary, null, null);
        }
        return new Stored(summary, context.getBean(DecisionStore.class).storedRows(id),
                context.getBean(RunDigests.class).compute(id).orElseThrow());
    }

    /** The digest's parts but the run's own record (its id, times, who started it). */
    private static java.util.Map<String, String> withoutRunRecord(Stored stored) {
        java.util.Map<String, String> parts = new java.util.TreeMap<>(stored.digest().parts());
        parts.remove("run");
        return parts;
    }

    private static byte[] generated() throws Exception {
        return new DepartmentGenerator().bundle(12, 6, 3, 20, 2024);
    }

    private static ConfigurableApplicationContext start(String... more) {
        // its own embedded database even where CI points the shared tests at an external server
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=",
                "--eligibility.database.data-dir=" + DATA, "--eligibility.rules.folder=rules",
                "--eligibility.runs.units-per-group=1", "--logging.level.vn.thidua=WARN",
                "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EligibilityApplication.class).run(args.toArray(String[]::new));
    }

    private record Stored(RunSummary summary, java.util.Map<String, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode>> rows,
                          RunDigest digest) {
    }
}
