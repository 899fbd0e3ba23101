-- Phase runs (Bằng khen within the province's quota): what each person achieved in the phase, as
-- the rules counted it, and the result of the ranking session for the qualified people.
-- (V4 and V5 are another change's.)
ALTER TABLE decision
    ADD COLUMN merit            LONGTEXT NULL COMMENT 'phase runs: JSON of the merit figures the person is ranked on' AFTER `rank`,
    ADD COLUMN ranking          LONGTEXT NULL COMMENT 'phase runs: JSON explanation of the rank (qualified people only)' AFTER merit,
    ADD COLUMN ranking_trace_gz LONGBLOB NULL COMMENT 'phase runs: gzip of the JSON array of the ranking session''s firings for the person';
