package vn.thidua.eligibility.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.web.ApiTest;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table states its character set: the migrations, run into a schema whose default is latin1,
 * make nothing but utf8mb4, and every code column compares case-sensitively as the fact codes do.
 * Runs on the embedded MariaDB 11.4 and, in CI, on the 10.11 server.
 */
@ApiTest
class SchemaCharsetTest {
    private static final String SCHEMA = "cchc_charset_check";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropIt() {
        jdbc.execute("DROP DATABASE IF EXISTS " + SCHEMA);
    }

    @Test
    void theMigrationsStateUtf8mb4ForEveryTableAndBinaryForEveryCode() {
        jdbc.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        jdbc.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();

        List<String> tables = jdbc.queryForList("SELECT CONCAT(table_name, ' ', table_collation) FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name <> 'flyway_schema_history'", String.class, SCHEMA);
        assertThat(tables).hasSizeGreaterThan(15).allSatisfy(t -> assertThat(t).contains(" utf8mb4_"));
        List<String> columns = jdbc.queryForList("SELECT CONCAT(table_name, '.', column_name, ' ', collation_name)"
                + " FROM information_schema.columns WHERE table_schema = ? AND collation_name IS NOT NULL"
                + " AND table_name <> 'flyway_schema_history'", String.class, SCHEMA);
        assertThat(columns).allSatisfy(c -> assertThat(c).contains(" utf8mb4_"));
        assertThat(columns.stream().filter(c -> c.matches("\\w+\\.(\\w+_)?code .*")))
                .contains("decision.subject_code utf8mb4_bin", "decision.unit_code utf8mb4_bin")
                .allSatisfy(c -> assertThat(c).endsWith(" utf8mb4_bin"));
    }
}
