package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.benchmark.DepartmentGenerator;
import vn.thidua.eligibility.benchmark.WorkerProcess;
import vn.thidua.eligibility.facts.FactImport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One run evaluated by two worker PROCESSES on this machine (the service started twice more with
 * eligibility.runs.role=worker) that take its partitions from RabbitMQ and share one MariaDB with the
 * manager (this JVM): its decisions, traces and snapshot are those of the in-process run of the same
 * facts; and a worker killed in the middle of a partition leaves the run to complete, identical, its
 * partition finished by the other worker. Needs RabbitMQ on 127.0.0.1:5672 (guest/guest) and a
 * MariaDB server whose database {@code cchc_batch} it empties (-Ddistributed.db.url, .user,
 * .password); skipped when either is not reachable. {@code mvn test -Dgroups=distributed}.
 */
@Tag("distributed")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedRunTest {
    private static final String SERVER = System.getProperty("distributed.db.server", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String DATABASE = System.getProperty("distributed.db.name", "cchc_batch");
    private static final String USER = System.getProperty("distributed.db.user", "root");
    private static final String PASSWORD = System.getProperty("distributed.db.password", "");
    private static final Path LOGS = Path.of("target/distributed");
    private static final RunRequest ANNUAL = RunRequest.annual(2024, LocalDate.of(2025, 1, 15));
    /** A queue of this test run's own: no request left on the broker by an earlier one reaches its workers. */
    private static final String QUEUE = "eligibility.test-" + UUID.randomUUID();
    /** Every instance signs the one audit chain with the same key. */
    private static final String AUDIT_KEY = java.util.Base64.getEncoder().encodeToString(
            UUID.randomUUID().toString().repeat(2).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static Map<String, Map<String, JsonNode>> inProcessRows;
    private static Map<String, String> inProcessParts;
    private static ConfigurableApplicationContext manager;
    private static final List<WorkerProcess> workers = new ArrayList<>();

    @BeforeAll
    static void clusterOfAManagerAndTwoWorkers() throws Exception {
        assumeTrue(listening(5672), "RabbitMQ is not listening on 127.0.0.1:5672: the distributed run is not tested");
        assumeTrue(emptyDatabase(), "no MariaDB server at " + SERVER + " to hold " + DATABASE
                + ": the distributed run is not tested");
        List<String> shared = new ArrayList<>(database());
        shared.addAll(List.of("--eligibility.runs.queue=" + QUEUE, "--eligibility.rules.folder=rules",
                "--eligibility.runs.units-per-group=2"));
        try (ConfigurableApplicationContext inProcess = start()) {
            // the schema is migrated: the workers start meanwhile
            workers.add(WorkerProcess.start("worker-1", 8096, LOGS, shared));
            workers.add(WorkerProcess.start("worker-2", 8097, LOGS, shared));
            importFacts(inProcess);
            RunSummary run = finished(inProcess, inProcess.getBean(RunService.class).start(ANNUAL, "staff").id());
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            inProcessRows = inProcess.getBean(DecisionStore.class).storedRows(run.id());
            inProcessParts = withoutRunRecord(inProcess.getBean(RunDigests.class).compute(run.id()).orElseThrow());
        }
        manager = start("--eligibility.runs.mode=remote", "--eligibility.runs.role=manager",
                "--eligibility.runs.queue=" + QUEUE, "--eligibility.runs.partitions=6", "--eligibility.runs.sync-wait=0s",
                "--eligibility.runs.poll-interval=200ms", "--eligibility.runs.partition-timeout=5m");
        for (WorkerProcess worker : workers) {
            worker.awaitHealthy(Duration.ofMinutes(8));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (WorkerProcess worker : workers) {
            worker.close();
        }
        if (manager != null) {
            manager.getBean(RabbitAdmin.class).deleteQueue(QUEUE);
            manager.close();
        }
    }

    @Test
    @Order(1)
    void twoWorkerProcessesStoreWhatTheInProcessRunStores() {
        RunSummary run = finished(manager, manager.getBean(RunService.class).start(ANNUAL, "staff").id());

        assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
        assertThat(manager.getBean(DecisionStore.class).storedRows(run.id())).isEqualTo(inProcessRows);
        assertThat(withoutRunRecord(manager.getBean(RunDigests.class).compute(run.id()).orElseThrow()))
                .isEqualTo(inProcessParts);
        for (WorkerProcess worker : workers) {
            assertThat(started(worker, run.id())).as(worker + " evaluated partitions of run " + run.id()).isNotEmpty();
        }
    }

    @Test
    @Order(2)
    void aWorkerKilledInThePartitionItEvaluatesLeavesTheRunToCompleteIdentical() throws Exception {
        RunId id = manager.getBean(RunService.class).start(ANNUAL, "staff").id();
        WorkerProcess victim = workers.get(0);
        List<String> held = await("worker-1 to take a partition of run " + id).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20)).until(() -> started(victim, id), partitions -> !partitions.isEmpty());
        victim.kill();

        RunSummary run = finished(manager, id);

        assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo(RunStatus.COMPLETED);
        assertThat(manager.getBean(DecisionStore.class).storedRows(id)).isEqualTo(inProcessRows);
        assertThat(withoutRunRecord(manager.getBean(RunDigests.class).compute(id).orElseThrow())).isEqualTo(inProcessParts);
        assertThat(started(workers.get(1), id)).as("the partition worker-1 held when it was killed, evaluated again")
                .contains(held.get(held.size() - 1));
    }

    /** The partitions of the run the worker started, from its log. */
    private static List<String> started(WorkerProcess worker, RunId run) {
        Matcher m = Pattern.compile("Run " + run.value() + ": (\\S+) started").matcher(worker.log());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static RunSummary finished(ConfigurableApplicationContext context, RunId id) {
        RunService runs = context.getBean(RunService.class);
        return await("run " + id + " to finish").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> runs.find(id).orElseThrow(), r -> r.status() != RunStatus.RUNNING);
    }

    private static void importFacts(ConfigurableApplicationContext context) throws Exception {
        DemoDepartment.clearFacts(context.getBean(JdbcTemplate.class));
        context.getBean(FactImport.class).importBundle(new ByteArrayInputStream(
                new DepartmentGenerator().bundle(48, 12, 4, 60, 2024)), "staff");
    }

    private static Map<String, String> withoutRunRecord(RunDigest digest) {
        Map<String, String> parts = new TreeMap<>(digest.parts());
        parts.remove("run");
        return parts;
    }

    private static List<String> database() {
        return List.of("--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--eligibility.audit.key=" + AUDIT_KEY);
    }

    private static ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--eligibility.rules.folder=rules",
                "--eligibility.database.data-dir=" + LOGS.resolve("manager-data"),
                "--eligibility.runs.units-per-group=2", "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"));
        args.addAll(database());
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EligibilityApplication.class).run(args.toArray(String[]::new));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh database for the test run: the migrations create every table anew. */
    private static boolean emptyDatabase() {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
