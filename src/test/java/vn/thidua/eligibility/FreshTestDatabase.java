package vn.thidua.eligibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every test run starts from an empty schema: the embedded database outlives the build, and a
 * migration edited during development would otherwise fail Flyway's validation. Only the first
 * application context of a JVM cleans; later ones (other test configurations) share its data.
 */
@Configuration(proxyBeanMethods = false)
class FreshTestDatabase {
    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /** An empty schema is a fresh install: the audit key and checkpoint of the last test run go with it. */
    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate(@Value("${eligibility.database.data-dir}") String dataDir) {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
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
