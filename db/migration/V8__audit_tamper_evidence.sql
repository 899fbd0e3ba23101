-- Tamper evidence (issue 8 §3). Entries are numbered 1, 2, 3, … in chain order, so that a
-- checkpoint kept outside the database can name "entry n and its hash", and a removed or reordered
-- entry shows as a gap. Entries appended from now on are authenticated with HMAC-SHA256 under a key
-- that is not in the database; the SHA-256 entries written before stay as they are and are sealed
-- by the first keyed entry (CHAIN_KEYED), which the service appends at its next start.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT NULL AFTER id;
SET @n := 0;
UPDATE audit_entry SET seq = (@n := @n + 1) ORDER BY id;
ALTER TABLE audit_entry MODIFY seq BIGINT NOT NULL COMMENT 'position in the chain, from 1',
    ADD CONSTRAINT audit_entry_seq UNIQUE (seq),
    MODIFY hash CHAR(64) NOT NULL COMMENT 'HMAC-SHA256 under the audit key (SHA-256 for entries before CHAIN_KEYED)';

-- The head also counts the entries, so that appending numbers the next one under the same lock.
ALTER TABLE audit_head ADD COLUMN length BIGINT NOT NULL DEFAULT 0;
UPDATE audit_head SET length = (SELECT COUNT(*) FROM audit_entry) WHERE id = 1;
