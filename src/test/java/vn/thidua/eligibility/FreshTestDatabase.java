package vn.thidua.eligibility;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every test run starts from an empty schema: the embedded database outlives the build, and a
 * migration edited during development would otherwise fail Flyway's validation. Only the first
 * application context of a JVM cleans; later ones (other test configurations) share its data.
 */
@Configuration(proxyBeanMethods = false)
class FreshTestDatabase {
    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
