package vn.thidua.eligibility.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.rulesets.RuleSetVersions;
import vn.thidua.eligibility.rulesets.Simulation;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * What-if at a province's size: a draft lowering U1's threshold to 70% simulated against the active
 * rule set over the whole organisation (median of 3, beside a complete run of the same year, median
 * of 3), then 500 single-subject simulations of units and people picked at random (p50, p99). Through
 * the services the API calls, on the embedded MariaDB under target/.
 * <p>
 * {@code -Dbench.units=1000} (30 people, 15 items and 1,000 dossiers per unit: 31,000 subjects and
 * 1 M dossiers at 1,000), {@code -Dbench.subjects=500}, {@code -Dbench.repeats=3}.
 */
public final class WhatIfBenchmark {
    private static final int PEOPLE_PER_UNIT = 30;
    private static final int YEAR = 2024;
    private static final LocalDate REFERENCE_DATE = LocalDate.of(YEAR + 1, 1, 15);

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 1000);
        int singles = Integer.getInteger("bench.subjects", 500);
        int repeats = Integer.getInteger("bench.repeats", 3);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(settings(args))) {
            byte[] bundle = new DepartmentGenerator().bundle(units, PEOPLE_PER_UNIT, 15, 1000, YEAR);
            long t0 = System.nanoTime();
            ctx.getBean(FactImport.class).importBundle(new ByteArrayInputStream(bundle), "benchmark");
            System.out.printf("Imported %d units, %d people, %d dossiers in %d ms%n", units, units * PEOPLE_PER_UNIT,
                    units * 1000, ms(t0));
            bundle = null;

            RuleSetAdministration admin = ctx.getBean(RuleSetAdministration.class);
            int draft = loweredU1(admin, ctx.getBean(RuleSetVersions.class).current());

            RunService runs = ctx.getBean(RunService.class);
            RunRequest request = RunRequest.annual(YEAR, REFERENCE_DATE);
            check(runs.start(request, "benchmark")); // compiles the active rules, warms the reads
            long run = median(repeats, () -> {
                long t = System.nanoTime();
                check(runs.start(request, "benchmark"));
                return ms(t);
            });
            System.out.printf("Complete annual run, median of %d: %d ms%n", repeats, run);

            Simulation.Report first = simulate(admin, draft, null);
            System.out.printf("Whole simulation: %d subjects, %d changed, summary %s%n", first.subjects(),
                    first.changes().size(), first.summary());
            resetHeapPeaks();
            long whole = median(repeats, () -> {
                long t = System.nanoTime();
                simulate(admin, draft, null);
                return ms(t);
            });
            System.out.printf("Whole-organisation simulation, median of %d: %d ms (%.2f of the run's time); heap peak %d MiB%n",
                    repeats, whole, (double) whole / run, heapPeakMiB());

            Random random = new Random(7);
            List<SubjectRef> subjects = new ArrayList<>();
            for (int i = 0; i < singles; i++) {
                subjects.add(i % 2 == 0
                        ? new SubjectRef(SubjectType.UNIT, DepartmentGenerator.unitCode(random.nextInt(units)))
                        : new SubjectRef(SubjectType.PERSON, DepartmentGenerator.personCode(random.nextInt(units * PEOPLE_PER_UNIT))));
            }
            subjects.stream().limit(20).forEach(s -> simulate(admin, draft, s)); // warm-up
            Map<SubjectType, List<Long>> times = Map.of(SubjectType.UNIT, new ArrayList<>(), SubjectType.PERSON, new ArrayList<>());
            List<Long> all = new ArrayList<>();
            for (SubjectRef s : subjects) {
                long t = System.nanoTime();
                simulate(admin, draft, s);
                long micros = (System.nanoTime() - t) / 1_000;
                times.get(s.type()).add(micros);
                all.add(micros);
            }
            System.out.printf("Single-subject simulations (%d): %s; units %s; people %s%n", singles, percentiles(all),
                    percentiles(times.get(SubjectType.UNIT)), percentiles(times.get(SubjectType.PERSON)));
        }
    }

    /** A draft of the active version with U1's threshold lowered to 70% from 2024: some units gain. */
    private static int loweredU1(RuleSetAdministration admin, RuleSetVersion active) {
        String parameters = active.files().get("parameters.yaml");
        String value = "      value: 0.80\n";
        int at = parameters.indexOf(value, parameters.indexOf("unit.fullScoreShare.min:")) + value.length();
        String lowered = parameters.substring(0, at) + "    - from: 2024-01-01\n      value: 0.70\n" + parameters.substring(at);
        RuleSetVersion draft = admin.create(new RuleSetAdministration.Draft(active.version(),
                Map.of("parameters.yaml", lowered), "U1 70% from 2024 (benchmark)"), "benchmark");
        if (!draft.valid()) {
            throw new IllegalStateException("the benchmark's draft is invalid");
        }
        return draft.version();
    }

    private static Simulation.Report simulate(RuleSetAdministration admin, int draft, SubjectRef subject) {
        return admin.simulate(draft, YEAR, REFERENCE_DATE, subject == null ? null : subject.type(),
                subject == null ? null : subject.code(), Locale.ENGLISH);
    }

    private static long median(int times, LongSupplier timed) {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(timed.getAsLong());
        }
        Collections.sort(all);
        return all.get(all.size() / 2);
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long heapPeakMiB() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** As command-line arguments, so they win over the test classpath's config/application.yaml. */
    private static String[] settings(String[] args) {
        List<String> all = new ArrayList<>(List.of("--server.port=8094", "--eligibility.database.data-dir=target/whatif-bench-data",
                "--eligibility.rules.folder=rules", "--eligibility.runs.sync-wait=10m", "--eligibility.facts.max-bundle-bytes=1GB",
                "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN",
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
