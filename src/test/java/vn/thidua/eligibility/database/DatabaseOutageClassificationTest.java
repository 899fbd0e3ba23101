package vn.thidua.eligibility.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the database being away (503, run FAILED "Database unavailable") and what does not. */
class DatabaseOutageClassificationTest {

    @Test
    void aLostOrUnobtainableConnectionIsAnOutageHoweverDeeplyWrapped() {
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("run failed",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLNonTransientConnectionException("(conn=5) Socket error"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01"))).isTrue();
    }

    @Test
    void aFailedRollbackOnTheDeadConnectionStillShowsTheOutageItHid() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLNonTransientConnectionException("(conn=5) Socket error"));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void failuresOfWhatWasAskedAreNotOutages() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new DeadlockLoserDataAccessException("deadlock", null))).isFalse();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad"))).isFalse();
        // what MariaDB's driver throws for a trigger's SIGNAL: its class for states it does not know
        assertThat(DatabaseOutage.causedBy(new TransientDataAccessResourceException("refused",
                new SQLTransientConnectionException("refused", "45000", 1644)))).isFalse();
    }
}
