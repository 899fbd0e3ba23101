-- Issue 8, section 4: codes compare as the fact tables compare them (utf8mb4_bin, case-sensitive),
-- and every table states its character set instead of taking the server's or the schema's default.
-- (V8 and V10 onwards are other changes'.)

-- The decision key took the table's utf8mb4_unicode_ci: people nv001 and NV001, distinct facts,
-- collided on it and failed the run. Widening equality to binary cannot make stored keys collide.
ALTER TABLE decision
    MODIFY subject_code VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY unit_code    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

-- V3 gave app_user no table options: on a server or schema whose default is latin1 it was created in
-- latin1. Usernames keep comparing without case (utf8mb4_unicode_ci), as they did on the schema the
-- service creates.
ALTER TABLE app_user ENGINE = InnoDB, CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
