package vn.thidua.eligibility.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when a build without the embedded database is started without an external one. */
class MissingDatabaseBinariesFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseBinariesException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MissingDatabaseBinariesException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set spring.datasource.url, spring.datasource.username and spring.datasource.password (or SPRING_DATASOURCE_URL,"
                        + " SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) to a MariaDB 11.4 database, for example"
                        + " --spring.datasource.url=jdbc:mariadb://db.example:3306/cchc. Or use a jar built without"
                        + " -Pexternal-database, which brings its own MariaDB.", cause);
    }
}
