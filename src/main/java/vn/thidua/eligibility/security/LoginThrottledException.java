package vn.thidua.eligibility.security;

import org.springframework.security.authentication.LockedException;

import java.time.Duration;
import java.time.Instant;

/**
 * A login refused without checking the password, because the name has failed too often. The same
 * for a name without an account, so the answer tells nobody which accounts exist.
 */
class LoginThrottledException extends LockedException {

    private final long retryAfterSeconds;

    LoginThrottledException(Instant until, Instant now) {
        super("Too many failed logins with this name: try again after " + until);
        // whole seconds, rounded up: a client that waits exactly this long finds the lock gone
        long millis = Math.max(Duration.between(now, until).toMillis(), 1);
        this.retryAfterSeconds = (millis + 999) / 1000;
    }

    /** For the Retry-After header. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
