-- Issue 11, results paged everywhere: a run's decisions are read a page at a time, filtered by
-- subject type, outcome, unit, a condition missed and a search, and counted by SQL aggregates.

-- Each condition's state in a short column that an index can hold: ' -U1 ?U2 +U3 ' (+ met, - not
-- met, ? could not be judged), so "who missed U1" and "how often was each condition met" read the
-- index, not the JSON of every decision. Derived from `conditions`; not part of the run's digest.
ALTER TABLE decision
    ADD COLUMN condition_states VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
        COMMENT 'each condition as +code (met), -code (not met) or ?code (undetermined), space-separated and space-enclosed'
        AFTER conditions;

-- Runs stored before this column: their states from their stored conditions, so they page and
-- filter as new ones do.
UPDATE decision d
SET condition_states = COALESCE((SELECT CONCAT(' ', GROUP_CONCAT(CONCAT(CASE WHEN c.met IS NULL THEN '?'
                                                                         WHEN c.met = 'true' THEN '+' ELSE '-' END, c.code)
                                                                ORDER BY c.ord SEPARATOR ' '), ' ')
                                 FROM JSON_TABLE(d.conditions, '$[*]' COLUMNS (ord FOR ORDINALITY,
                                                                              code VARCHAR(64) PATH '$.code',
                                                                              met VARCHAR(5) PATH '$.met')) c), ' ');

-- Every filter and sort of a page in one index: a page's keys and its total are read from the index
-- alone (the primary key's subject_code rides along), never from the wide rows with their JSON.
CREATE INDEX decision_page ON decision (run_id, subject_type, outcome, unit_code, `rank`, subject_name, condition_states);
