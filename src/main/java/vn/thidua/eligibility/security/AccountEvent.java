package vn.thidua.eligibility.security;

import java.util.Map;

/**
 * Something done to an account, published for the audit log in the transaction that does it.
 *
 * @param action   LOCKED, UNLOCKED, PASSWORD_CHANGED, PASSWORD_RESET, ROLE_CHANGED, DISABLED, ENABLED,
 *                 HOLDER_CHANGED (full name or position), TOKEN_CREATED, TOKEN_REVOKED (an access token)
 * @param username the account acted on
 * @param actor    who did it ("system" for the service itself, e.g. a lock after failed logins)
 * @param details  what the audit log should keep (never a password or its hash)
 */
public record AccountEvent(String action, String username, String actor, Map<String, Object> details) {
}
