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
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
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
}
