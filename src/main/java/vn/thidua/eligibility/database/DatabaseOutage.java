package vn.thidua.eligibility.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of the database itself (server down, connection lost, no connection to be had)
 * from a failure of what was asked of it: the first is answered 503 and retried later, never taken
 * for a wrong password or a bad request.
 */
public final class DatabaseOutage {

    /** What a caller is told while the database cannot be reached. */
    public static final String MESSAGE = "The database is unavailable (it may be restarting): try again in a few seconds";
    /** Seconds a caller should wait before trying again, for a {@code Retry-After} header. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** True if the failure, or any of its causes, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLNonTransientConnectionException || unreachable(t)) {
                return true;
            }
            // a rollback on the lost connection fails too, and hides the failure that caused it
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 is "connection exception". A {@code SQLTransientConnectionException} counts only
     * with that state or none (Hikari's "connection is not available"): MariaDB's driver throws that class
     * for every state it has no class for, a trigger's {@code SIGNAL SQLSTATE '45000'} among them.
     */
    private static boolean unreachable(Throwable t) {
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state != null ? state.startsWith("08") : t instanceof SQLTransientConnectionException;
    }
}
