-- Issue 10: the signed decision attached back to its proposal — the signed PDF or a scan — kept in
-- the database with its SHA-256, which the audit chain records in the same transaction. Attaching
-- again adds a row: the earlier files stay (a history, never overwritten). (V15 is another change's.)

CREATE TABLE signed_decision (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    -- as read from the file's first bytes, not as the uploader's browser named it
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    attached_by  VARCHAR(100) NOT NULL,
    attached_at  TIMESTAMP(3) NOT NULL,
    KEY ix_signed_decision_proposal (proposal_id, id),
    CONSTRAINT fk_signed_decision_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
