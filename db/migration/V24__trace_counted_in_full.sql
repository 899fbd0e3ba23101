-- Issue 11: a trace names by key the facts a firing only counted (a unit's thousand dossiers) once
-- there are more than this many; the run records the number it used, so its replay writes the same.
-- NULL: a run made before, whose traces hold every fact in full.
ALTER TABLE run ADD COLUMN trace_counted_in_full INT NULL COMMENT 'facts counted by one firing kept in full in its trace; NULL: all';
