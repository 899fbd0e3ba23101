-- Issue 11: personal access tokens, so an API client that polls proves itself with one indexed
-- lookup instead of a bcrypt check per call. The secret is shown once; only its SHA-256 is kept
-- (256 random bits need no salt or slow hash: there is nothing to guess from the digest).
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the account whose current role and state every call with the token carries
    owner_id     BIGINT       NOT NULL,
    -- what the owner calls it ("report poller"), to tell tokens apart when revoking one
    name         VARCHAR(100) NOT NULL,
    token_hash   BINARY(32)   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    -- updated at most once a minute, so a polling client does not write on every call
    last_used_at DATETIME(6)  NULL,
    -- NULL while the token is valid; set by its owner, an administrator, or a change to the account
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_api_token_owner (owner_id, created_at)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
