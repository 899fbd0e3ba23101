package vn.thidua.eligibility.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key the audit chain's HMAC key in base64 (at least 256 bits), e.g. from the environment
 *            variable {@code ELIGIBILITY_AUDIT_KEY}; unset: the key file {@code audit.key} of the
 *            data folder, created at the first start
 */
@ConfigurationProperties("eligibility.audit")
record AuditSettings(String key) {
}
