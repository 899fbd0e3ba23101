-- Issue 9 (the facts' side): a person's position (chức vụ), and the units a person belonged to,
-- dated, so that a run judges a person with the unit they belonged to on its reference date.
-- (V11 to V13 are other changes'.)

ALTER TABLE people
    ADD COLUMN position VARCHAR(200) NULL COMMENT 'chức vụ, e.g. Trưởng phòng, Chuyên viên' AFTER gender;

-- One row per period a person belonged to a unit, from_date and to_date inclusive (to_date null: still
-- there). A person's periods never overlap (checked by the import). A person with no row here belongs
-- to people.unit_code. A membership means nothing without its person: deleting the person deletes it.
CREATE TABLE memberships (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_code VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    unit_code   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    from_date   DATE        NOT NULL,
    to_date     DATE        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_memberships UNIQUE (person_code, from_date),
    KEY ix_memberships_unit (unit_code, from_date),
    CONSTRAINT fk_memberships_person FOREIGN KEY (person_code) REFERENCES people (code) ON DELETE CASCADE,
    CONSTRAINT fk_memberships_unit FOREIGN KEY (unit_code) REFERENCES units (code),
    CONSTRAINT ck_memberships_dates CHECK (to_date IS NULL OR to_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
