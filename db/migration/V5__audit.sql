-- The audit log (issue 3): append-only entries, each chained to the one before by its hash.
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             TIMESTAMP(6) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    details        LONGTEXT     NOT NULL COMMENT 'canonical JSON (sorted keys)',
    previous_hash  CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL COMMENT 'SHA-256 of previous_hash and the canonical entry'
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The hash of the last entry: appending locks this row, so entries chain one after another, and
-- deleting the last entry shows as a head that no entry matches.
CREATE TABLE audit_head (
    id         TINYINT  NOT NULL PRIMARY KEY,
    last_hash  CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
