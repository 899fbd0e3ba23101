-- The facts the rules judge, one table per kind of the import format (issue 2, section 2).
-- Each row has a surrogate id (the Spring Data JDBC aggregate id) and a UNIQUE natural key, which
-- the import's INSERT ... ON DUPLICATE KEY UPDATE relies on to replace a record.
-- Codes are compared byte for byte (utf8mb4_bin): the rules compare them with String.equals, so
-- 'nv001' and 'NV001' must be two codes here too. Scores are exact decimals, never floats.
-- The secondary indexes serve the per-group reads of FactGroups and the ?year= exports.

CREATE TABLE units (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name         VARCHAR(500) NOT NULL,
    dissolved_on DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_units UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE people (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    code      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    full_name VARCHAR(500) NOT NULL,
    unit_code VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    category  VARCHAR(32)  NOT NULL,
    gender    VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_people UNIQUE (code),
    KEY ix_people_unit (unit_code, code),
    CONSTRAINT fk_people_unit FOREIGN KEY (unit_code) REFERENCES units (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criteria (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    year         SMALLINT      NOT NULL,
    code         VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name         VARCHAR(500)  NOT NULL,
    max_score    DECIMAL(10, 4) NOT NULL,
    score        DECIMAL(10, 4) NOT NULL,
    unit_code    VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    officer_code VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_criteria UNIQUE (year, code),
    KEY ix_criteria_unit (unit_code, year),
    KEY ix_criteria_officer (officer_code, year),
    CONSTRAINT fk_criteria_unit FOREIGN KEY (unit_code) REFERENCES units (code),
    CONSTRAINT fk_criteria_officer FOREIGN KEY (officer_code) REFERENCES people (code),
    -- the rules divide by max_score and compare score with it
    CONSTRAINT ck_criteria_scores CHECK (max_score > 0 AND score >= 0 AND score <= max_score)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    unit_code      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title          VARCHAR(500) NOT NULL,
    due_date       DATE         NOT NULL,
    completed_date DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_tasks UNIQUE (code),
    KEY ix_tasks_unit (unit_code, due_date),
    KEY ix_tasks_due (due_date),
    CONSTRAINT fk_tasks_unit FOREIGN KEY (unit_code) REFERENCES units (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossiers (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    code           VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    unit_code      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    due_date       DATE        NOT NULL,
    completed_date DATE        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dossiers UNIQUE (code),
    KEY ix_dossiers_unit (unit_code, due_date),
    KEY ix_dossiers_due (due_date),
    CONSTRAINT fk_dossiers_unit FOREIGN KEY (unit_code) REFERENCES units (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiatives (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    person_code   VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    year          SMALLINT     NOT NULL,
    title         VARCHAR(500) NOT NULL,
    recognized_on DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_initiatives UNIQUE (code),
    KEY ix_initiatives_person (person_code, year),
    KEY ix_initiatives_year (year),
    CONSTRAINT fk_initiatives_person FOREIGN KEY (person_code) REFERENCES people (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- subject_code points at units or people depending on subject_type: checked by the import, no FK.
CREATE TABLE disciplines (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject_code VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    kind         VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    from_date    DATE        NOT NULL,
    to_date      DATE        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_disciplines UNIQUE (subject_type, subject_code, kind, from_date),
    CONSTRAINT ck_disciplines_dates CHECK (to_date IS NULL OR to_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ratings (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_code VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    year        SMALLINT    NOT NULL,
    rating      VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ratings UNIQUE (person_code, year),
    KEY ix_ratings_year (year),
    CONSTRAINT fk_ratings_person FOREIGN KEY (person_code) REFERENCES people (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE awards (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    year          SMALLINT     NOT NULL,
    subject_type  VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject_code  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    award         VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    decision_no   VARCHAR(100) NOT NULL,
    decision_date DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_awards UNIQUE (year, subject_type, subject_code, award),
    KEY ix_awards_subject (subject_type, subject_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
