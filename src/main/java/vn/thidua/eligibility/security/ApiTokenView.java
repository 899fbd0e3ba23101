package vn.thidua.eligibility.security;

import java.time.Instant;

/**
 * An access token as its owner and administrators see it: never its secret, which nobody can see
 * again after its creation.
 *
 * @param lastUsedAt the last call made with it, to the minute; absent if never used
 * @param revokedAt  when its owner, an administrator or a change to the account revoked it; absent if not
 * @param state      whether a call with it is accepted now
 */
record ApiTokenView(long id, String owner, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                    Instant revokedAt, State state) {

    enum State { ACTIVE, EXPIRED, REVOKED }

    static State state(Instant expiresAt, Instant revokedAt, Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
