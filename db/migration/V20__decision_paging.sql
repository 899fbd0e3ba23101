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

-- A phase run lists its ranked people in rank order and the unranked after: NULL sorts first, so the
-- index orders by this instead. Computed by the database, never written.
ALTER TABLE decision ADD COLUMN rank_last INT AS (IFNULL(`rank`, 2147483647)) VIRTUAL;

-- A page's keys and its total are read from an index alone (the rows' JSON is read for the page's
-- rows only), and in the two orders a long run is paged through most, by rank and by name, read in
-- the index's order: a page deep in 100,000 decisions is a scan of the index up to it, never a sort.
-- Each index holds every filtered column, so a filter never reads the rows either.
CREATE INDEX decision_page ON decision (run_id, subject_type DESC, rank_last, subject_code, outcome, unit_code,
                                        subject_name, condition_states);
CREATE INDEX decision_by_name ON decision (run_id, subject_name, subject_type, subject_code, outcome, unit_code,
                                           condition_states);

-- A unit's decisions (the unit filter) and the people of each unit by outcome (the run page's chart)
-- without a scan of the run: the primary key's subject_type and subject_code ride along.
CREATE INDEX decision_unit ON decision (run_id, unit_code, outcome);
