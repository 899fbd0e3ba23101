package vn.thidua.eligibility.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times complete annual runs (read facts from MariaDB, evaluate, write decisions, traces and the
 * snapshot in one transaction) over a synthetic Department on the embedded MariaDB.
 * <p>
 * {@code mvn -Pbenchmark verify} (sizes: -Dbench.units=12 -Dbench.people=25 -Dbench.items=15
 * -Dbench.dossiers=250 -Dbench.runs=10).
 */
public final class DepartmentBenchmark {

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 12);
        int people = Integer.getInteger("bench.people", 25);
        int items = Integer.getInteger("bench.items", 15);
        int dossiers = Integer.getInteger("bench.dossiers", 250);
        int timedRuns = Integer.getInteger("bench.runs", 10);
        int year = 2024;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(benchmarkSettings(args))) {
            byte[] bundle = new DepartmentGenerator().bundle(units, people, items, dossiers, year);
            long t0 = System.nanoTime();
            ctx.getBean(FactImport.class).importBundle(new ByteArrayInputStream(bundle), "benchmark");
            System.out.printf("Imported %d units, %d people, %d items, %d dossiers (%d KiB of JSON) in %d ms%n",
                    units, units * people, units * items * 2, units * dossiers, bundle.length / 1024, ms(t0));

            RunService runs = ctx.getBean(RunService.class);
            RunRequest request = RunRequest.annual(year, LocalDate.of(year + 1, 1, 15));
            long cold = System.nanoTime();
            RunSummary first = runs.start(request, "benchmark");
            check(first);
            System.out.printf("First run (compiles the rules): %d ms, %d subjects %s%n", ms(cold), first.subjectCount(), first.counts());
            for (int i = 0; i < 3; i++) {
                check(runs.start(request, "benchmark"));
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < timedRuns; i++) {
                long t = System.nanoTime();
                check(runs.start(request, "benchmark"));
                times.add(ms(t));
            }
            Collections.sort(times);
            System.out.printf("Warm complete runs (%d): min %d ms, median %d ms, max %d ms%n", timedRuns,
                    times.get(0), times.get(times.size() / 2), times.get(times.size() - 1));
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("Heap in use after the runs: %d MiB (max %d MiB)%n", heap.getUsed() >> 20, heap.getMax() >> 20);
        }
    }

    /** As command-line arguments, so they win over the test classpath's config/application.yaml. */
    private static String[] benchmarkSettings(String[] args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--eligibility.database.data-dir=target/bench-data",
                "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN",
                "--logging.level.org.kie=WARN"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static void check(RunSummary run) {
        if (run.status() != RunStatus.COMPLETED) {
            throw new IllegalStateException("Run " + run.id() + " ended " + run.status() + ": " + run.failureReason());
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
