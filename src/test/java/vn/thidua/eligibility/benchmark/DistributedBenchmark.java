package vn.thidua.eligibility.benchmark;

import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Times one annual run of a sizeable organisation in process, then as a job of partitions evaluated
 * by one and by two worker processes on this machine (RabbitMQ on 127.0.0.1:5672, one MariaDB
 * server shared by all, database {@code cchc_batch} emptied first). The manager is this JVM.
 * <p>
 * Run from the project folder after {@code mvn test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * vn.thidua.eligibility.benchmark.DistributedBenchmark} (sizes: -Dbench.units=300 -Dbench.people=30
 * -Dbench.items=15 -Dbench.dossiers=1000 -Dbench.runs=3 -Dbench.partitions=8;
 * database: -Dbench.db.server=jdbc:mariadb://127.0.0.1:3306/ -Dbench.db.user=root -Dbench.db.password=).
 */
public final class DistributedBenchmark {
    private static final String SERVER = System.getProperty("bench.db.server", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String DATABASE = System.getProperty("bench.db.name", "cchc_batch");
    private static final String USER = System.getProperty("bench.db.user", "root");
    private static final String PASSWORD = System.getProperty("bench.db.password", "");
    private static final Path FOLDER = Path.of("target/distributed-benchmark");
    private static final String QUEUE = "eligibility.benchmark-" + UUID.randomUUID();
    private static final String AUDIT_KEY = Base64.getEncoder().encodeToString(
            UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 300);
        int people = Integer.getInteger("bench.people", 30);
        int items = Integer.getInteger("bench.items", 15);
        int dossiers = Integer.getInteger("bench.dossiers", 1000);
        int timed = Integer.getInteger("bench.runs", 3);
        int partitions = Integer.getInteger("bench.partitions", 8);
        int year = 2024;
        RunRequest request = RunRequest.annual(year, LocalDate.of(year + 1, 1, 15));
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        long inProcess;
        int subjects;
        try (ConfigurableApplicationContext ctx = start()) {
            byte[] bundle = new DepartmentGenerator().bundle(units, people, items, dossiers, year);
            long t0 = System.nanoTime();
            ctx.getBean(FactImport.class).importBundle(new ByteArrayInputStream(bundle), "benchmark");
            System.out.printf("Imported %d units, %d people, %d dossiers (%d MiB of JSON) in %d ms%n",
                    units, units * people, units * dossiers, bundle.length >> 20, ms(t0));
            RunService runs = ctx.getBean(RunService.class);
            subjects = run(runs, request).subjectCount();
            inProcess = median(runs, request, timed);
            System.out.printf("In process (one transaction, this JVM): %d subjects, median %d ms of %d warm runs%n",
                    subjects, inProcess, timed);
        }
        List<String> shared = List.of("--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--eligibility.audit.key=" + AUDIT_KEY,
                "--eligibility.runs.queue=" + QUEUE, "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN");
        List<WorkerProcess> workers = new ArrayList<>();
        try (ConfigurableApplicationContext manager = start("--eligibility.runs.mode=remote",
                "--eligibility.runs.role=manager", "--eligibility.runs.queue=" + QUEUE,
                "--eligibility.runs.partitions=" + partitions, "--eligibility.runs.poll-interval=100ms")) {
            RunService runs = manager.getBean(RunService.class);
            long[] byWorkers = new long[3];
            for (int n = 1; n <= 2; n++) {
                WorkerProcess worker = WorkerProcess.start("worker-" + n, 8097 + n, FOLDER, shared);
                workers.add(worker);
                worker.awaitHealthy(Duration.ofMinutes(8));
                run(runs, request); // the new worker compiles the rule set on its first partition
                byWorkers[n] = median(runs, request, timed);
                System.out.printf("Remote partitions (%d), %d worker process%s: median %d ms of %d warm runs%n",
                        partitions, n, n == 1 ? "" : "es", byWorkers[n], timed);
            }
            System.out.printf("Speed-up from one worker to two: %.2f×; two workers against in process: %.2f×%n",
                    (double) byWorkers[1] / byWorkers[2], (double) inProcess / byWorkers[2]);
            System.out.printf("Machine: %d processors as Java sees them, shared by the manager, the workers and MariaDB%n",
                    Runtime.getRuntime().availableProcessors());
            manager.getBean(RabbitAdmin.class).deleteQueue(QUEUE);
        } finally {
            for (WorkerProcess worker : workers) {
                worker.close();
            }
        }
    }

    private static long median(RunService runs, RunRequest request, int timed) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            long t = System.nanoTime();
            run(runs, request);
            times.add(ms(t));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static RunSummary run(RunService runs, RunRequest request) {
        RunId id = runs.start(request, "benchmark").id();
        RunSummary run = runs.find(id).orElseThrow();
        while (run.status() == RunStatus.RUNNING) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run = runs.find(id).orElseThrow();
        }
        if (run.status() != RunStatus.COMPLETED) {
            throw new IllegalStateException("Run " + run.id() + " ended " + run.status() + ": " + run.failureReason());
        }
        return run;
    }

    private static ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + SERVER + DATABASE,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--eligibility.audit.key=" + AUDIT_KEY, "--eligibility.database.data-dir=" + FOLDER.resolve("manager-data"),
                "--eligibility.rules.folder=rules", "--eligibility.runs.sync-wait=0s", "--logging.level.vn.thidua=WARN",
                "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN",
                "--logging.level.org.springframework.batch=WARN", "--logging.level.org.springframework.integration=WARN"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EligibilityApplication.class).run(args.toArray(String[]::new));
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
