package vn.thidua.eligibility.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Personal access tokens ({@code eligibility.security.tokens.*}).
 *
 * @param maxLifetime the longest a token may live, and the lifetime of one created without asking
 *                    for less (default 30 days): a leaked token stops working by itself
 */
@ConfigurationProperties("eligibility.security.tokens")
record ApiTokenSettings(@DefaultValue("30d") Duration maxLifetime) {

    ApiTokenSettings {
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("eligibility.security.tokens.max-lifetime must be positive, not " + maxLifetime);
        }
    }
}
