package vn.thidua.eligibility.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts failed logins per name in the database, so that neither a restart nor a second request
 * racing the first gets an attacker more tries. Each attempt is counted as failed <em>before</em>
 * its password is checked, under the row's lock, and forgiven if it succeeds: of any number of
 * concurrent wrong attempts, at most {@code maxFailures} per window reach the password check.
 * <p>
 * A lock and its end are published as {@link AccountEvent}s (LOCKED, UNLOCKED) when the name
 * belongs to an account; names without one are locked all the same, silently.
 */
@Component
class LoginThrottle {

    /** The column's width and the longest username: a longer name has no account and no row. */
    private static final int MAX_NAME = 50;
    static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Users users;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Users users,
                  LoginThrottleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        // a count must stay counted when the caller's own transaction rolls back (a refused password change)
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    private record State(int failures, Instant windowStart, Instant lockedUntil) {
    }

    /**
     * Lets one attempt through, counted as a failure until {@link #succeeded} says otherwise.
     *
     * @throws LoginThrottledException while the name is locked, or while as many attempts as it
     *                                 may fail are already under way
     */
    void admit(String username) {
        if (untracked(username)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Instant now = now();
            State state = lockRow(username, now);
            if (state.lockedUntil() != null) {
                if (now.isBefore(state.lockedUntil())) {
                    throw new LoginThrottledException(state.lockedUntil(), now);
                }
                state = release(username, state, SYSTEM, "expired", now);
            } else if (!now.isBefore(state.windowStart().plus(settings.failureWindow()))) {
                state = new State(0, now, null);
            }
            if (state.failures() >= settings.maxFailures()) {
                throw new LoginThrottledException(now.plus(settings.lockDuration()), now);
            }
            write(username, new State(state.failures() + 1, state.windowStart(), null));
        });
    }

    /** The attempt failed: it stays counted, and the name is locked if that was one too many. */
    void failed(String username) {
        if (untracked(username)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Instant now = now();
            State state = lockRow(username, now);
            if (state.lockedUntil() == null && state.failures() >= settings.maxFailures()) {
                Instant until = now.plus(settings.lockDuration());
                write(username, new State(state.failures(), state.windowStart(), until));
                publish("LOCKED", username, SYSTEM, Map.of("until", until.toString(), "failures", state.failures()));
            }
        });
    }

    /** The password was right: earlier failures are forgiven, unless a lock came meanwhile. */
    void succeeded(String username) {
        if (!untracked(username)) {
            transaction.executeWithoutResult(status ->
                    jdbc.update("DELETE FROM login_throttle WHERE username = ? AND locked_until IS NULL", username));
        }
    }

    /** An administrator lifts a lock; {@code true} if there was one. */
    boolean unlock(String username, String actor) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Instant now = now();
            List<State> rows = jdbc.query("SELECT failures, window_start, locked_until FROM login_throttle"
                    + " WHERE username = ? FOR UPDATE", (rs, i) -> state(rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)), username);
            if (rows.isEmpty()) {
                return false;
            }
            boolean locked = rows.get(0).lockedUntil() != null && now.isBefore(rows.get(0).lockedUntil());
            if (locked) {
                release(username, rows.get(0), actor, "unlocked by an administrator", now);
            }
            jdbc.update("DELETE FROM login_throttle WHERE username = ?", username);
            return locked;
        }));
    }

    /** Accounts locked now, with the end of each lock. */
    Map<String, Instant> lockedAccounts() {
        Map<String, Instant> locked = new LinkedHashMap<>();
        // explicit collation: app_user.username may be declared with another one
        jdbc.query("SELECT u.username, t.locked_until FROM app_user u JOIN login_throttle t"
                        + " ON t.username = u.username COLLATE utf8mb4_unicode_ci WHERE t.locked_until > ?",
                rs -> {
                    locked.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }, Timestamp.from(now()));
        return locked;
    }

    /**
     * Records the end of every lock that has passed, so the audit log shows it even if nobody tries
     * the name again, and forgets failures whose window has passed.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void releaseExpired() {
        Instant now = now();
        List<String> expired = jdbc.queryForList("SELECT username FROM login_throttle WHERE locked_until <= ?",
                String.class, Timestamp.from(now));
        for (String username : expired) {
            transaction.executeWithoutResult(status -> {
                State state = lockRow(username, now());
                if (state.lockedUntil() != null && !now().isBefore(state.lockedUntil())) {
                    release(username, state, SYSTEM, "expired", now());
                    jdbc.update("DELETE FROM login_throttle WHERE username = ?", username);
                }
            });
        }
        jdbc.update("DELETE FROM login_throttle WHERE locked_until IS NULL AND window_start < ?",
                Timestamp.from(now.minus(settings.failureWindow())));
    }

    /** Ends a lock: publishes UNLOCKED and starts a fresh window. */
    private State release(String username, State locked, String actor, String reason, Instant now) {
        State fresh = new State(0, now, null);
        write(username, fresh);
        publish("UNLOCKED", username, actor, Map.of("reason", reason, "lockedUntil", locked.lockedUntil().toString()));
        return fresh;
    }

    /**
     * The name's row, created if missing, locked until the transaction ends. The insert takes the
     * exclusive lock straight away (an {@code INSERT IGNORE} would take a shared one first, and two
     * such upgrades deadlock).
     */
    private State lockRow(String username, Instant now) {
        jdbc.update("INSERT INTO login_throttle (username, failures, window_start) VALUES (?, 0, ?)"
                + " ON DUPLICATE KEY UPDATE failures = failures", username, Timestamp.from(now));
        return jdbc.queryForObject("SELECT failures, window_start, locked_until FROM login_throttle WHERE username = ? FOR UPDATE",
                (rs, i) -> state(rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)), username);
    }

    private void write(String username, State state) {
        jdbc.update("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE username = ?",
                state.failures(), Timestamp.from(state.windowStart()),
                state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()), username);
    }

    /** Only for a real account, under the name it was created with. */
    private void publish(String action, String username, String actor, Map<String, Object> details) {
        users.findByUsername(username).ifPresent(account ->
                events.publishEvent(new AccountEvent(action, account.username(), actor, details)));
    }

    private static State state(int failures, Timestamp windowStart, Timestamp lockedUntil) {
        return new State(failures, windowStart.toInstant(), lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private static boolean untracked(String username) {
        return username == null || username.isEmpty() || username.codePointCount(0, username.length()) > MAX_NAME;
    }

    /** The column keeps microseconds: comparisons see what a later read sees. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
