-- Eligibility runs and their immutable results.

-- The files of every rule set a run used, by content hash (written once, never changed).
CREATE TABLE rule_set_snapshot (
    hash        CHAR(64)     NOT NULL PRIMARY KEY,
    files_gz    LONGBLOB     NOT NULL COMMENT 'gzip of a JSON object: path -> content',
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE run (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(10)  NOT NULL,
    year            INT          NULL,
    from_year       INT          NULL,
    to_year         INT          NULL,
    quota           INT          NULL,
    reference_date  DATE         NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    rule_set_hash   CHAR(64)     NULL,
    started_by      VARCHAR(100) NOT NULL,
    started_at      TIMESTAMP(3) NOT NULL,
    finished_at     TIMESTAMP(3) NULL,
    failure_reason  TEXT         NULL,
    subject_count   INT          NOT NULL DEFAULT 0,
    eligible        INT          NOT NULL DEFAULT 0,
    not_eligible    INT          NOT NULL DEFAULT 0,
    excluded        INT          NOT NULL DEFAULT 0,
    proposed        INT          NOT NULL DEFAULT 0,
    tied_at_quota   INT          NOT NULL DEFAULT 0,
    reserve         INT          NOT NULL DEFAULT 0,
    INDEX run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The facts a run read, group by group, so a decision can be explained after the data change.
CREATE TABLE run_fact_snapshot (
    run_id    BIGINT   NOT NULL,
    chunk     INT      NOT NULL,
    facts_gz  LONGBLOB NOT NULL COMMENT 'gzip of a JSON fact group',
    PRIMARY KEY (run_id, chunk),
    CONSTRAINT run_fact_snapshot_run FOREIGN KEY (run_id) REFERENCES run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision (
    run_id        BIGINT       NOT NULL,
    subject_type  VARCHAR(10)  NOT NULL,
    subject_code  VARCHAR(64)  NOT NULL,
    subject_name  VARCHAR(255) NOT NULL,
    unit_code     VARCHAR(64)  NULL,
    award         VARCHAR(30)  NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    `rank`        INT          NULL,
    conditions    LONGTEXT     NOT NULL COMMENT 'JSON array of condition results',
    exclusions    LONGTEXT     NOT NULL COMMENT 'JSON array of exclusions',
    trace_gz      LONGBLOB     NOT NULL COMMENT 'gzip of the JSON array of firings',
    PRIMARY KEY (run_id, subject_type, subject_code),
    INDEX decision_outcome (run_id, outcome),
    CONSTRAINT decision_run FOREIGN KEY (run_id) REFERENCES run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
