package vn.thidua.eligibility.security;

import java.time.Instant;

/**
 * The answer to a token's creation, the one time its secret is shown.
 *
 * @param token the secret, to send as {@code Authorization: Bearer <token>}
 */
record CreatedApiToken(long id, String owner, String name, String token, Instant createdAt, Instant expiresAt) {

    /** Without the secret, which has no business in a log. */
    @Override
    public String toString() {
        return "CreatedApiToken[id=" + id + ", owner=" + owner + ", name=" + name + ", expiresAt=" + expiresAt + "]";
    }
}
