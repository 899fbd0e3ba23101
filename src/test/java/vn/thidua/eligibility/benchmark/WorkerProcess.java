package vn.thidua.eligibility.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service started as a separate JVM on this machine with eligibility.runs.role=worker (the same
 * classes as the caller's), as a worker instance of a deployment would be, its output in a log file.
 */
public final class WorkerProcess implements AutoCloseable {
    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private WorkerProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * @param settings the worker's further command-line settings (database, queue, …)
     */
    public static WorkerProcess start(String name, int port, Path logFolder, List<String> settings) {
        try {
            Files.createDirectories(logFolder);
            Path log = logFolder.resolve(name + ".log");
            // its own folder (audit key file, disk space check), never the project's ./data
            Path data = Files.createDirectories(logFolder.resolve(name + "-data"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-cp", serviceClassPath(),
                    "vn.thidua.eligibility.EligibilityApplication", "--server.port=" + port,
                    "--eligibility.database.data-dir=" + data,
                    "--eligibility.runs.mode=remote", "--eligibility.runs.role=worker",
                    "--logging.level.org.drools=WARN", "--logging.level.org.kie=WARN"));
            command.addAll(settings);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new WorkerProcess(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The caller's class path without the test classes: the service's own classes and libraries, as
     * in its jar (the tests' configuration would clean the database at start).
     */
    private static String serviceClassPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Waits until the worker answers its health endpoint (it then also listens to the queue). */
    public void awaitHealthy(Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not healthy within " + within + "; see " + log);
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a machine failure would: no shutdown, no ack, its database connections cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
