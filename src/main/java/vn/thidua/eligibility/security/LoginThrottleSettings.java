package vn.thidua.eligibility.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many failed logins lock a name, and for how long ({@code eligibility.security.login.*}).
 *
 * @param maxFailures   failures within {@code failureWindow} that lock the name (default 5)
 * @param failureWindow how long failures are remembered, from the first one (default 15 minutes)
 * @param lockDuration  how long a lock lasts; every attempt meanwhile, right or wrong, gets 429 (default 15 minutes)
 */
@ConfigurationProperties("eligibility.security.login")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures,
                             @DefaultValue("15m") Duration failureWindow,
                             @DefaultValue("15m") Duration lockDuration) {

    LoginThrottleSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("eligibility.security.login.max-failures must be at least 1, not " + maxFailures);
        }
        if (failureWindow.isNegative() || failureWindow.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("eligibility.security.login.failure-window and lock-duration must be positive");
        }
    }
}
