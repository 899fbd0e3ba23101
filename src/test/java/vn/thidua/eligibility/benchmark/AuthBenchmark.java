package vn.thidua.eligibility.benchmark;

import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.security.TestAccounts;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What an API client that polls pays per call: N sequential {@code GET /api/runs} over one
 * keep-alive connection, first with HTTP Basic (a bcrypt check and the login throttle's writes on
 * every call), then with a personal access token (one indexed lookup), against the service started
 * here on a random port with its embedded MariaDB in {@code target/bench-auth-data}. Prints the
 * median and p99 latency per call and the CPU time per call of the service's JVM (the client's
 * share included, the same for both) and of the database server.
 * <p>
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=vn.thidua.eligibility.benchmark.AuthBenchmark
 * -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false} ({@code -Dbench.calls=500}).
 */
public final class AuthBenchmark {

    private static final String USER = "staff";

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("bench.calls", 500);
        int warmup = Math.max(50, calls / 5);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class).run(settings(args))) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI runs = URI.create("http://127.0.0.1:" + port + "/api/runs");
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (USER + ":" + TestAccounts.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"auth benchmark\",\"lifetime\":\"1h\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /api/tokens answered " + created.statusCode() + ": " + created.body());
            }
            String bearer = "Bearer " + JsonPath.read(created.body(), "$.token");
            Number tokenId = JsonPath.read(created.body(), "$.id");
            try {
                System.out.printf("%d sequential GET /api/runs per scheme, after %d to warm up, on %d cores%n",
                        calls, warmup, Runtime.getRuntime().availableProcessors());
                for (String scheme : List.of(basic, bearer)) {
                    time(client, runs, scheme, warmup);
                }
                System.out.printf("%-7s %9s %9s %9s %12s %12s %10s%n", "scheme", "median", "p99", "mean", "JVM CPU/call",
                        "DB CPU/call", "calls/s");
                report("Basic", time(client, runs, basic, calls));
                report("Bearer", time(client, runs, bearer, calls));
            } finally {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tokens/" + tokenId))
                        .header("Authorization", basic).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private record Timing(long[] nanos, long jvmCpuNanos, long dbCpuNanos, long wallNanos) {
    }

    private static Timing time(HttpClient client, URI uri, String authorization, int calls) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build();
        long[] nanos = new long[calls];
        long jvm = jvmCpu();
        long db = databaseCpu();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            nanos[i] = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
        }
        return new Timing(nanos, jvmCpu() - jvm, databaseCpu() - db, System.nanoTime() - start);
    }

    private static void report(String scheme, Timing timing) {
        long[] sorted = timing.nanos().clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf("%-7s %7.2f ms %7.2f ms %7.2f ms %9.2f ms %9.2f ms %10.0f%n", scheme,
                ms(sorted[n / 2]), ms(sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]),
                ms(Arrays.stream(sorted).sum() / n), ms(timing.jvmCpuNanos() / n), ms(timing.dbCpuNanos() / n),
                n / (timing.wallNanos() / 1e9));
    }

    /** CPU time of this JVM: the service and the client loop. */
    private static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the embedded MariaDB server, a child process of this JVM. */
    private static long databaseCpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** As command-line arguments, so they win over the test classpath's config/application.yaml. */
    private static String[] settings(String[] args) {
        List<String> all = new java.util.ArrayList<>(List.of("--server.port=0", "--eligibility.database.data-dir=target/bench-auth-data",
                "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN",
                "--logging.level.org.kie=WARN"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
