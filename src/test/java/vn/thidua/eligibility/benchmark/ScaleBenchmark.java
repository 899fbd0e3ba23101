package vn.thidua.eligibility.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.facts.RejectedBundleException;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Times a complete annual run at a province's size (or any size) against two yardsticks measured in
 * the same process on the same data: the <b>floor</b> — stream the same facts out of MariaDB group by
 * group and bulk-write as many decision rows, with no rules, no traces and no snapshot — and the
 * <b>plain SQL</b> a user might write instead for the unit conditions U1–U3. Prints size, import,
 * first and warm run, floor, run ÷ floor, SQL and run ÷ SQL, and the heap's peak in each phase.
 * <p>
 * {@code mvn -Pbenchmark verify} (a province: 1,000 units × 30 people, 1 M dossiers); sizes
 * {@code -Dbench.units=3333} (100,000 subjects), {@code -Dbench.people=30 -Dbench.items=15
 * -Dbench.dossiers=1000 -Dbench.runs=3}. The bundle is generated once into {@code target/} and the
 * database starts empty in {@code target/bench-data} each time.
 */
public final class ScaleBenchmark {
    private static final int YEAR = 2024;

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 1000);
        int people = Integer.getInteger("bench.people", 30);
        int items = Integer.getInteger("bench.items", 15);
        int dossiers = Integer.getInteger("bench.dossiers", 1000);
        int timed = Integer.getInteger("bench.runs", 3);
        Path bundle = bundle(units, people, items, dossiers);
        Path data = Path.of("target/bench-data");
        deleteTree(data);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(settings(data, args))) {
            System.out.printf("Cold start on an empty data folder (database created, migrated, default rule set stored,"
                    + " validated and compiled): %,d ms%n", (System.nanoTime() - start) / 1_000_000);
            System.out.printf("Size: %,d units, %,d people (%,d subjects), %,d dossiers, %,d scored items; bundle %,d MiB%n",
                    units, units * people, units * (people + 1), (long) units * dossiers, units * items * 2,
                    Files.size(bundle) >> 20);
            Peak heap = new Peak();
            long imported = time(() -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(bundle), 1 << 16)) {
                    ctx.getBean(FactImport.class).importBundle(in, "benchmark");
                } catch (RejectedBundleException e) {
                    throw new IllegalStateException("The bundle was rejected: " + e.errors(), e);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            long importPeak = heap.take();
            System.out.printf("Import: %,d ms (heap peak %,d MiB)%n", imported, importPeak);

            RunService runs = ctx.getBean(RunService.class);
            RunRequest request = RunRequest.annual(YEAR, LocalDate.of(YEAR + 1, 1, 15));
            long first = time(() -> check(runs.start(request, "benchmark"), runs));
            System.out.printf("First run (compiles the rule set): %,d ms%n", first);
            List<Long> runTimes = repeat(timed, () -> time(() -> check(runs.start(request, "benchmark"), runs)));
            long runPeak = heap.take();
            System.out.printf("Warm complete run, median of %d: %,d ms %s (heap peak %,d MiB)%n", timed, median(runTimes),
                    runTimes, runPeak);
            Floor floor = new Floor(ctx.getBean(FactGroups.class), ctx.getBean(JdbcTemplate.class),
                    ctx.getBean(TransactionTemplate.class),
                    ctx.getEnvironment().getProperty("eligibility.runs.units-per-group", Integer.class, 4));
            List<Long> floorTimes = repeat(timed, floor::measure);
            PlainSql sql = new PlainSql(ctx.getBean(JdbcTemplate.class));
            List<Long> sqlTimes = repeat(timed, sql::measure);
            long run = median(runTimes);
            long floorMs = median(floorTimes);
            long sqlMs = median(sqlTimes);
            System.out.printf("Floor (read the facts + write %,d decision rows, no rules), median: %,d ms %s%n",
                    floor.rows, floorMs, floorTimes);
            System.out.printf("Plain SQL of U1–U3 (%,d units decided, %,d meet all three), median: %,d ms %s%n", sql.units,
                    sql.eligible, sqlMs, sqlTimes);
            System.out.printf("Heap peak: import %,d MiB, runs %,d MiB (max heap %,d MiB)%n", importPeak, runPeak,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("| %,d subjects | import %.1f s | run %.2f s | floor %.2f s | run ÷ floor %.1f× | SQL %.2f s"
                            + " | run ÷ SQL %.1f× | heap peak %,d MiB |%n", units * (people + 1), imported / 1000.0,
                    run / 1000.0, floorMs / 1000.0, (double) run / floorMs, sqlMs / 1000.0, (double) run / sqlMs,
                    Math.max(importPeak, runPeak));
        }
    }

    /** The generated bundle, written once per size (a 100,000-subject bundle is over 100 MB). */
    private static Path bundle(int units, int people, int items, int dossiers) throws IOException {
        Path file = Path.of("target", "bench-bundle-%d-%d-%d-%d.json".formatted(units, people, items, dossiers));
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(Path.of("target"), "bench-bundle", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                new DepartmentGenerator().write(out, units, people, items, dossiers, YEAR);
            }
            Files.move(partial, file);
        }
        return file;
    }

    /** As command-line arguments, so they win over the test classpath's config/application.yaml. */
    private static String[] settings(Path data, String[] args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--eligibility.database.data-dir=" + data,
                "--eligibility.rules.folder=rules", "--eligibility.runs.sync-wait=30m", "--eligibility.runs.max-duration=30m",
                "--eligibility.facts.max-bundle-bytes=4GB",
                "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static void check(RunSummary run, RunService runs) {
        if (run.status() != RunStatus.COMPLETED) {
            RunSummary now = runs.find(run.id()).orElse(run);
            throw new IllegalStateException("Run " + run.id() + " ended " + now.status() + ": " + now.failureReason());
        }
    }

    /**
     * The floor: the same reader the runs use hands out the same groups; each subject gets a decision
     * row as a run writes it, with empty explanations, in one transaction that is rolled back.
     */
    private static final class Floor {
        private final FactGroups groups;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;
        private static final byte[] EMPTY_TRACE = gzip("[]".getBytes());
        private final int unitsPerGroup;
        long rows;

        /** @param unitsPerGroup as the runs read them (eligibility.runs.units-per-group) */
        Floor(FactGroups groups, JdbcTemplate jdbc, TransactionTemplate tx, int unitsPerGroup) {
            this.groups = groups;
            this.jdbc = jdbc;
            this.tx = tx;
            this.unitsPerGroup = unitsPerGroup;
        }

        long measure() {
            return time(() -> tx.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO run (kind, year, from_year, to_year, reference_date, status, started_by, started_at)"
                        + " VALUES ('ANNUAL', ?, ?, ?, ?, 'RUNNING', 'floor', ?)", YEAR, YEAR, YEAR,
                        LocalDate.of(YEAR + 1, 1, 15), Timestamp.from(Instant.now()));
                long runId = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
                long[] written = {0};
                groups.forEachGroup(YEAR, YEAR, LocalDate.of(YEAR + 1, 1, 15), unitsPerGroup, group -> {
                    List<Object[]> batch = new ArrayList<>(group.subjects().size());
                    for (Subject s : group.subjects()) {
                        String unit = s instanceof Person p ? p.getUnitCode() : s.getCode();
                        batch.add(new Object[]{runId, s.getSubjectType().name(), s.getCode(), s.getName(), unit,
                                "GIAY_KHEN_CCHC", "NOT_ELIGIBLE",
                                "[]", "[]", EMPTY_TRACE});
                    }
                    jdbc.batchUpdate("INSERT INTO decision (run_id, subject_type, subject_code, subject_name, unit_code,"
                            + " award, outcome, conditions, exclusions, trace_gz) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                    written[0] += batch.size();
                });
                rows = written[0];
                status.setRollbackOnly();
            }));
        }
    }

    /** U1–U3 as a user might write them in SQL over the same tables: three grouped queries, joined in memory. */
    private static final class PlainSql {
        private final JdbcTemplate jdbc;
        int units;
        int eligible;

        PlainSql(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        long measure() {
            return time(() -> {
                Map<String, boolean[]> met = new HashMap<>();
                jdbc.query("SELECT unit_code, SUM(score = max_score) / COUNT(*) >= 0.8 FROM criteria WHERE year = ?"
                        + " GROUP BY unit_code", rs -> {
                    met.computeIfAbsent(rs.getString(1), k -> new boolean[3])[0] = rs.getBoolean(2);
                }, YEAR);
                jdbc.query("SELECT cur.unit_code FROM (SELECT unit_code, SUM(score) / SUM(max_score) a FROM criteria"
                        + " WHERE year = ? GROUP BY unit_code) cur JOIN (SELECT unit_code, SUM(score) / SUM(max_score) a"
                        + " FROM criteria WHERE year = ? GROUP BY unit_code) prev ON prev.unit_code = cur.unit_code"
                        + " WHERE cur.a > prev.a", rs -> {
                    met.computeIfAbsent(rs.getString(1), k -> new boolean[3])[1] = true;
                }, YEAR, YEAR - 1);
                jdbc.query("SELECT u.code,"
                        + " (SELECT COUNT(*) > 0 AND SUM(completed_date > due_date OR (completed_date IS NULL AND due_date < ?)) = 0"
                        + "    FROM tasks t WHERE t.unit_code = u.code AND YEAR(t.due_date) = ?)"
                        + " OR NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.unit_code = u.code AND d.due_date BETWEEN ? AND ?"
                        + "    AND (d.completed_date > d.due_date OR (d.completed_date IS NULL AND d.due_date < ?)))"
                        + " FROM units u", rs -> {
                    met.computeIfAbsent(rs.getString(1), k -> new boolean[3])[2] = rs.getBoolean(2);
                }, LocalDate.of(YEAR + 1, 1, 15), YEAR, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                        LocalDate.of(YEAR + 1, 1, 15));
                units = met.size();
                eligible = (int) met.values().stream().filter(m -> m[0] && m[1] && m[2]).count();
            });
        }
    }

    /** The heap's peak use since the last call, summed over the heap pools, in MiB. */
    private static final class Peak {
        Peak() {
            System.gc();
            pools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long take() {
            long peak = pools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            pools().forEach(MemoryPoolMXBean::resetPeakUsage);
            return peak >> 20;
        }

        private static List<MemoryPoolMXBean> pools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        }
    }

    private static List<Long> repeat(int n, LongSupplier measure) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(measure.getAsLong());
        }
        return out;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static byte[] gzip(byte[] data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
