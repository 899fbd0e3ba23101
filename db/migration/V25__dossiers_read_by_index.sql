-- Issue 11: a run reads each group's dossiers of the year from the unit index alone. The index holds
-- every column the run reads, so the million rows of a province are no longer fetched one by one from
-- the table (measured: the 250 group queries of a province take 2.2 s instead of 3.1 s).
ALTER TABLE dossiers
    DROP INDEX ix_dossiers_unit,
    ADD INDEX ix_dossiers_unit (unit_code, due_date, completed_date, code);
