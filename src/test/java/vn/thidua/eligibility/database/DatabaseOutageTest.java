package vn.thidua.eligibility.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.benchmark.DepartmentGenerator;
import vn.thidua.eligibility.security.TestAccounts;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded mariadbd is killed ({@code kill -9}, its pid from its pid file) under a service of its
 * own (never the tests' shared one): in the middle of a run and between requests; then the service's
 * own JVM is killed in the middle of a run and the service started again on the same folder. Every time, the
 * run in flight ends FAILED with the reason, callers get 503 (never 401) while the database is
 * away, health names the part that is down, the service serves again by itself, and nothing that
 * was committed is lost.
 */
class DatabaseOutageTest {
    private static final Path DATA = Path.of("target", "durability-outage");
    private static final Duration RESTART_AFTER = Duration.ofSeconds(8);
    private static final String ANNUAL_2024 = "{\"kind\": \"ANNUAL\", \"year\": 2024, \"referenceDate\": \"2025-01-15\"}";
    private static final String STAFF = "staff:" + TestAccounts.STAFF_PASSWORD;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String base;

    @Test
    void nothingCommittedIsLostWhenTheDatabaseOrTheServiceDies() throws Exception {
        stopServerLeftByAnEarlierFailure();
        FileSystemUtils.deleteRecursively(DATA);
        long people;
        long completedRun;
        long decisions;
        long failedRun;
        try (ConfigurableApplicationContext service = start()) {
            // committed before any failure: a department and a completed run
            byte[] department = new DepartmentGenerator().bundle(150, 30, 10, 20, 2024);
            assertThat(call("POST", "/api/facts", STAFF, department).statusCode()).isEqualTo(200);
            people = count("/api/facts/people");
            completedRun = startRun();
            assertThat(awaitRun(completedRun, "COMPLETED").get("failureReason")).isNull();
            decisions = total("/api/runs/" + completedRun + "/decisions");

            // 1. the database dies in the middle of a run
            failedRun = startRun();
            assertThat(run(failedRun).get("status").asText()).isEqualTo("RUNNING");
            killDatabase();
            duringTheOutage("/api/runs/" + failedRun);
            awaitRecovery();
            JsonNode failed = awaitRun(failedRun, "FAILED");
            assertThat(failed.get("failureReason").asText()).startsWith("Database unavailable");
            assertCommittedDataKept(people, completedRun, decisions);
            assertThat(awaitRun(startRun(), "COMPLETED").get("subjectCount").asLong()).isEqualTo(decisions);

            // 2. the database dies between requests
            killDatabase();
            duringTheOutage("/api/facts/people");
            assertThat(call("POST", "/api/facts", STAFF, "{\"units\": [{\"code\": \"LATE\", \"name\": \"x\"}]}"
                    .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(503);
            awaitRecovery();
            assertCommittedDataKept(people, completedRun, decisions);
            assertThat(get("/api/facts/units", STAFF).body()).doesNotContain("LATE");
        }

        // 3. the service's own JVM is killed in the middle of a run, leaving its mariadbd behind:
        // the next start on the same folder stops that server and fails the run
        long interrupted;
        Process killed = startElsewhere();
        try {
            assertCommittedDataKept(people, completedRun, decisions);
            interrupted = startRun();
            assertThat(run(interrupted).get("status").asText()).isEqualTo("RUNNING");
        } finally {
            killed.destroyForcibly().waitFor();
        }
        try (ConfigurableApplicationContext service = start()) {
            assertThat(run(interrupted).get("failureReason").asText()).startsWith("Interrupted");
            assertThat(run(failedRun).get("failureReason").asText()).startsWith("Database unavailable");
            assertCommittedDataKept(people, completedRun, decisions);
        }
    }

    /** What a caller meets while the server is down: 503 with the reason, and health naming the db. */
    private void duringTheOutage(String path) throws Exception {
        HttpResponse<String> answer = get(path, STAFF);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains("database is unavailable");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode components = json.readTree(health.body()).get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("DOWN");
        assertThat(components.get("embeddedDatabase").get("status").asText()).isEqualTo("DOWN");
        assertThat(health.body()).doesNotContain(DATA.toString(), "/mariadb");
    }

    private void assertCommittedDataKept(long people, long run, long decisions) throws Exception {
        assertThat(count("/api/facts/people")).isEqualTo(people);
        assertThat(run(run).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(total("/api/runs/" + run + "/decisions")).isEqualTo(decisions);
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(settings("--server.port=0"));
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        return context;
    }

    /** The service in a JVM of its own, which the test can kill. */
    private Process startElsewhere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                // the tests' temporary folder, so that a clone under /tmp keeps its data folder in target/
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", serviceClassPath(), EligibilityApplication.class.getName()));
        command.addAll(List.of(settings("--server.port=" + port)));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "durability-outage-jvm.log").toFile()).start();
        base = "http://localhost:" + port;
        await("the second JVM to serve", () -> {
            assertThat(jvm.isAlive()).as("second JVM alive; see target/durability-outage-jvm.log").isTrue();
            try {
                return get("/actuator/health", null);
            } catch (IOException notYet) {
                return null;
            }
        }, r -> r != null && r.statusCode() == 200, Duration.ofSeconds(180));
        return jvm;
    }

    /** The test JVM's class path without the test classes, whose configuration would empty the schema. */
    private static String serviceClassPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(all.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String[] settings(String port) {
        return new String[] {port, "--eligibility.database.data-dir=" + DATA, "--spring.datasource.url=",
                "--eligibility.database.restart-after=" + RESTART_AFTER.toMillis() + "ms",
                // a caller waits this long for a connection before the 503, not Hikari's 30 s
                "--spring.datasource.hikari.connection-timeout=1000",
                "--eligibility.runs.sync-wait=0s", "--eligibility.runs.units-per-group=1",
                "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN"};
    }

    /** A failed attempt can leave the killed JVM's mariadbd running; its folder is about to be deleted. */
    private static void stopServerLeftByAnEarlierFailure() throws IOException {
        Path pidFile = DATA.resolve("mariadb/mariadbd.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().command().orElse("").contains("mariadbd"))
                    .ifPresent(p -> {
                        p.destroyForcibly();
                        p.onExit().join();
                    });
        }
    }

    /** kill -9 of the embedded mariadbd. */
    private static void killDatabase() throws IOException {
        long pid = Long.parseLong(Files.readString(DATA.resolve("mariadb/mariadbd.pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertThat(server.info().command().orElse("")).contains("mariadbd");
        server.destroyForcibly();
        server.onExit().join();
    }

    private void awaitRecovery() throws Exception {
        await("health UP", () -> get("/actuator/health", null), r -> r.statusCode() == 200, Duration.ofSeconds(90));
    }

    private long startRun() throws Exception {
        HttpResponse<String> answer = call("POST", "/api/runs", STAFF, ANNUAL_2024.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 202);
        return json.readTree(answer.body()).get("id").asLong();
    }

    private JsonNode run(long id) throws Exception {
        HttpResponse<String> answer = get("/api/runs/" + id, STAFF);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode awaitRun(long id, String status) throws Exception {
        JsonNode run = json.readTree(await("run " + id + " to finish", () -> get("/api/runs/" + id, STAFF),
                r -> r.statusCode() == 200 && !r.body().contains("\"RUNNING\""), Duration.ofSeconds(120)).body());
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo(status);
        return run;
    }

    private long count(String path) throws Exception {
        HttpResponse<String> answer = get(path, STAFF);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        return body.has("total") ? body.get("total").asLong() : body.size();
    }

    /** A paged list's total. */
    private long total(String path) throws Exception {
        HttpResponse<String> answer = get(path, STAFF);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("total").asLong();
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return call("GET", path, credentials, null);
    }

    private HttpResponse<String> call(String method, String path, String credentials, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks again every 200 ms; past the limit, fails naming what it waited for and the last answer. */
    private static HttpResponse<String> await(String what, Callable<HttpResponse<String>> call,
                                              Predicate<HttpResponse<String>> done, Duration limit) {
        return Awaitility.await(what).atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(call, done);
    }
}
