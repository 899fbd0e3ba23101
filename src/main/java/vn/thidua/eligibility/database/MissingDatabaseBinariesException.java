package vn.thidua.eligibility.database;

/** No {@code spring.datasource.url}, and a build without the embedded MariaDB's binaries. */
final class MissingDatabaseBinariesException extends IllegalStateException {

    MissingDatabaseBinariesException() {
        super("No database: spring.datasource.url is not set, and this build leaves out the embedded MariaDB's binaries"
                + " (built with -Pexternal-database).");
    }
}
