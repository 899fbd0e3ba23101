package vn.thidua.eligibility.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir           folder of the embedded MariaDB's files (kept between restarts)
 * @param embeddedDatabase  schema name inside the embedded server
 */
@ConfigurationProperties("eligibility.database")
record DatabaseSettings(@DefaultValue("./data") String dataDir, @DefaultValue("cchc") String embeddedDatabase) {
}
