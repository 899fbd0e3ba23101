package vn.thidua.eligibility.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.EligibilityApplication;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Times the import through the HTTP API of a synthetic province: {@code bench.units} units of 30 people
 * with 1,000 TTHC dossiers each (1,000 units: 30,000 people, a million dossiers), first as a JSON bundle
 * ({@code POST /api/facts}), then a million more dossiers as the CSV a one-stop system exports
 * ({@code POST /api/facts/csv/dossiers}), on a fresh embedded MariaDB in {@code target/bench-import-data}.
 * Prints each import's time and the heap's peak during it (every heap pool's peak, reset before).
 * <p>
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=vn.thidua.eligibility.benchmark.ImportBenchmark
 * -Dexec.classpathScope=test -Dbench.units=1000} (sizes: -Dbench.units=100 -Dbench.people=30
 * -Dbench.items=10 -Dbench.dossiers=1000).
 */
public final class ImportBenchmark {
    private static final String STAFF = "quarry-lantern-57-harbor";

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 100);
        int people = Integer.getInteger("bench.people", 30);
        int items = Integer.getInteger("bench.items", 10);
        int dossiers = Integer.getInteger("bench.dossiers", 1000);
        Path folder = Files.createDirectories(Path.of("target/bench-import"));
        Path bundle = folder.resolve("province.json");
        Path csv = folder.resolve("dossiers.csv");
        DepartmentGenerator generator = new DepartmentGenerator();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bundle), 1 << 16)) {
            generator.write(out, units, people, items, dossiers, 2024);
        }
        try (OutputStream out = Files.newOutputStream(csv)) {
            generator.writeDossiersCsv(out, units, dossiers, 2024, "CSV-");
        }
        System.out.printf("Province: %,d units, %,d people, %,d dossiers; bundle %,d MiB, CSV %,d MiB%n", units,
                units * people, units * dossiers, Files.size(bundle) >> 20, Files.size(csv) >> 20);

        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(settings(args))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            for (String table : List.of("awards", "ratings", "disciplines", "initiatives", "dossiers", "tasks", "criteria",
                    "memberships", "people", "units")) {
                jdbc.update("DELETE FROM " + table);
            }
            HttpClient http = HttpClient.newHttpClient();
            timed("JSON bundle, POST /api/facts", http, base + "/api/facts", "application/json", bundle);
            timed("JSON bundle again (every record replaced), POST /api/facts", http, base + "/api/facts",
                    "application/json", bundle);
            timed("CSV of dossiers, POST /api/facts/csv/dossiers", http, base + "/api/facts/csv/dossiers",
                    "text/csv", csv);
            System.out.printf("Stored: %,d dossiers%n", jdbc.queryForObject("SELECT COUNT(*) FROM dossiers", Long.class));
        }
    }

    private static void timed(String what, HttpClient http, String url, String type, Path body) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("staff:" + STAFF)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
        System.out.printf("%s: %,d ms, heap peak %,d MiB (max %,d MiB): %s%n", what, ms, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, answer.body().substring(0, Math.min(120, answer.body().length())));
    }

    /** As command-line arguments, so they win over the test classpath's config/application.yaml. */
    private static String[] settings(String[] args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--eligibility.database.data-dir=target/bench-import-data",
                "--eligibility.rules.folder=rules", "--eligibility.staff-password=" + STAFF,
                "--eligibility.facts.max-bundle-bytes=2GB", "--logging.level.vn.thidua=WARN",
                "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
