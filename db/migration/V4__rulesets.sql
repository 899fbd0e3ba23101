-- Rule sets as versioned data (issue 3). A version's files never change once stored: a change is
-- a new version. Exactly one version is ACTIVE, which the unique key on `active` enforces.
CREATE TABLE rule_set_version (
    version       INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    based_on      INT          NULL,
    hash          CHAR(64)     NOT NULL COMMENT 'SHA-256 of the files (RuleSet.hashOf)',
    files         LONGTEXT     NOT NULL COMMENT 'JSON object: path -> content',
    author        VARCHAR(50)  NOT NULL,
    note          VARCHAR(2000) NULL,
    status        VARCHAR(10)  NOT NULL,
    valid         BOOLEAN      NOT NULL,
    problems      LONGTEXT     NOT NULL COMMENT 'JSON array of {file, line, column, message}',
    created_at    TIMESTAMP(3) NOT NULL,
    activated_at  TIMESTAMP(3) NULL,
    activated_by  VARCHAR(50)  NULL,
    active        TINYINT AS (IF(status = 'ACTIVE', 1, NULL)) PERSISTENT,
    CONSTRAINT rule_set_version_one_active UNIQUE (active),
    CONSTRAINT rule_set_version_status CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    CONSTRAINT rule_set_version_based_on FOREIGN KEY (based_on) REFERENCES rule_set_version (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The version a run used (its files are also kept by hash in rule_set_snapshot).
ALTER TABLE run ADD COLUMN rule_set_version INT NULL AFTER status;
