package vn.thidua.eligibility.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param dataDir           folder of the embedded MariaDB's files (kept between restarts); never under
 *                          {@code java.io.tmpdir}, where the service refuses to start
 * @param embeddedDatabase  schema name inside the embedded server
 * @param restartAfter      how long after the embedded server died the service starts it again
 * @param bufferPool        the embedded server's InnoDB buffer pool: MariaDB's default (128 MB) holds a
 *                          department, not a province, whose million dossiers a run reads every time
 */
@ConfigurationProperties("eligibility.database")
record DatabaseSettings(@DefaultValue("./data") String dataDir, @DefaultValue("cchc") String embeddedDatabase,
                        @DefaultValue("1s") Duration restartAfter, @DefaultValue("1GB") DataSize bufferPool) {
}
