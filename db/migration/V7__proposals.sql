-- From a run's decisions to granted awards: the proposal list (danh sách đề nghị) the Office
-- compiles, the Council's review of each entry, the decision that grants the agreed entries, and
-- the revocation of a granted award. The granted awards themselves are rows of the awards register
-- (V1's awards table), written through the fact import like any other award.

CREATE TABLE proposal (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- optimistic lock: two requests moving the same proposal cannot both succeed
    version       BIGINT       NOT NULL,
    run_id        BIGINT       NOT NULL,
    run_kind      VARCHAR(10)  NOT NULL,
    award         VARCHAR(32)  NOT NULL,
    -- the year the granted awards are recorded under: an annual run's year, a phase's last year
    award_year    INT          NOT NULL,
    from_year     INT          NOT NULL,
    quota         INT          NULL,
    status        VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    submitted_by  VARCHAR(100) NULL,
    submitted_at  TIMESTAMP(3) NULL,
    minutes_no    VARCHAR(100) NULL,
    minutes_date  DATE         NULL,
    reviewed_by   VARCHAR(100) NULL,
    reviewed_at   TIMESTAMP(3) NULL,
    decision_no   VARCHAR(100) NULL,
    decision_date DATE         NULL,
    signer        VARCHAR(200) NULL,
    decided_by    VARCHAR(100) NULL,
    decided_at    TIMESTAMP(3) NULL,
    -- one proposal per run: a second list of the same decisions could grant an award twice
    CONSTRAINT uk_proposal_run UNIQUE (run_id),
    CONSTRAINT fk_proposal_run FOREIGN KEY (run_id) REFERENCES run (id),
    CONSTRAINT ck_proposal_status CHECK (status IN ('DRAFT', 'UNDER_REVIEW', 'DECIDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_entry (
    proposal_id     BIGINT       NOT NULL,
    ordinal         INT          NOT NULL,
    subject_type    VARCHAR(10)  NOT NULL,
    subject_code    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject_name    VARCHAR(500) NOT NULL,
    unit_name       VARCHAR(500) NULL,
    -- what the run decided, shown beside an override
    engine_outcome  VARCHAR(20)  NOT NULL,
    engine_rank     INT          NULL,
    achievement     TEXT         NOT NULL COMMENT 'the conditions met, in Vietnamese words',
    legal_basis     TEXT         NOT NULL,
    note            TEXT         NULL,
    override_by     VARCHAR(100) NULL,
    override_at     TIMESTAMP(3) NULL,
    override_reason TEXT         NULL,
    council_result  VARCHAR(10)  NULL,
    council_reason  TEXT         NULL,
    PRIMARY KEY (proposal_id, ordinal),
    CONSTRAINT uk_proposal_entry UNIQUE (proposal_id, subject_type, subject_code),
    CONSTRAINT fk_proposal_entry FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The proposal's audit log: every act, who, when.
CREATE TABLE proposal_event (
    proposal_id BIGINT       NOT NULL,
    ordinal     INT          NOT NULL,
    at          TIMESTAMP(3) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    detail      TEXT         NULL,
    PRIMARY KEY (proposal_id, ordinal),
    CONSTRAINT fk_proposal_event FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Revocation of a granted award (Luật Thi đua, khen thưởng 2022, chương VII): its own act, kept
-- after the award's row is taken out of the awards register.
CREATE TABLE award_revocation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id     BIGINT       NOT NULL,
    subject_type    VARCHAR(10)  NOT NULL,
    subject_code    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    award           VARCHAR(32)  NOT NULL,
    award_year      INT          NOT NULL,
    granted_by_no   VARCHAR(100) NOT NULL,
    reason          TEXT         NOT NULL,
    revocation_no   VARCHAR(100) NULL,
    revocation_date DATE         NULL,
    revoked_by      VARCHAR(100) NOT NULL,
    revoked_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_award_revocation UNIQUE (proposal_id, subject_type, subject_code),
    CONSTRAINT fk_award_revocation FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
