-- The phase a phase award (BANG_KHEN_CCHC) was for, so that a later phase run can refuse a second
-- Bằng khen for overlapping years (one achievement is not rewarded twice). Both or neither: the
-- import checks it; an award without them covers its own year only.
ALTER TABLE awards
    ADD COLUMN phase_from SMALLINT NULL AFTER decision_date,
    ADD COLUMN phase_to   SMALLINT NULL AFTER phase_from;

-- The two outcomes added with them (issue 9): a run counts its DEFERRED and UNDETERMINED decisions
-- as it counts the others. Kept in this one migration: the versions around it belong to other work.
ALTER TABLE run
    ADD COLUMN deferred     INT NOT NULL DEFAULT 0 AFTER excluded,
    ADD COLUMN undetermined INT NOT NULL DEFAULT 0 AFTER deferred;
