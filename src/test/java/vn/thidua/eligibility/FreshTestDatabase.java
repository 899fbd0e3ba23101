package vn.thidua.eligibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every test run starts from an empty schema: the embedded database outlives the build, and a
 * migration edited during development would otherwise fail Flyway's validation. Only the first
 * application context of a JVM on each data folder cleans; later ones on the same folder (other test
 * configurations) share its data. A context on a folder of its own (the fuzz test's) cleans that one
 * and leaves the shared folder to be cleaned by the first context that opens it.
 */
@Configuration(proxyBeanMethods = false)
public class FreshTestDatabase {
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    /** An empty schema is a fresh install: the audit key and checkpoint of the last test run go with it. */
    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate(@Value("${eligibility.database.data-dir}") String dataDir) {
        return flyway -> {
            if (CLEANED.add(Path.of(dataDir).toAbsolutePath().normalize())) {
                flyway.clean();
                try {
                    Files.deleteIfExists(Path.of(dataDir, "audit.key"));
                    Files.deleteIfExists(Path.of(dataDir, "audit.checkpoint"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            flyway.migrate();
        };
    }
}
