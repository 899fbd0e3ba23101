package vn.thidua.eligibility.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, the service brings its own MariaDB. With one, this
 * configuration stays out of the way and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb.Lease embeddedMariaDb(DatabaseSettings settings) {
        return EmbeddedMariaDb.lease(Path.of(settings.dataDir()), settings.embeddedDatabase(), settings.restartAfter());
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
