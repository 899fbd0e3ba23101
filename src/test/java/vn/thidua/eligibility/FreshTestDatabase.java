package vn.thidua.eligibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every test run starts from an empty schema: the embedded database outlives the build, and a
 * migration edited during development would otherwise fail Flyway's validation. Only the first
 * application context of a JVM on a data folder cleans; later ones (other test configurations) share
 * its data, while an application a test starts on a folder of its own does not use up the cleaning.
 */
@Configuration(proxyBeanMethods = false)
class FreshTestDatabase {
    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate(@Value("${eligibility.database.data-dir}") String dataDir) {
        return flyway -> {
            if (CLEANED.add(dataDir)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
