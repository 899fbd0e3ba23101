package vn.thidua.eligibility.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param dataDir           folder of the embedded MariaDB's files (kept between restarts); never under
 *                          {@code java.io.tmpdir}, where the service refuses to start
 * @param embeddedDatabase  schema name inside the embedded server
 * @param restartAfter      how long after the embedded server died the service starts it again
 */
@ConfigurationProperties("eligibility.database")
record DatabaseSettings(@DefaultValue("./data") String dataDir, @DefaultValue("cchc") String embeddedDatabase,
                        @DefaultValue("1s") Duration restartAfter) {
}
