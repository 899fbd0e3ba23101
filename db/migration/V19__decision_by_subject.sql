-- Issue 10, section 3: a profile (lý lịch thi đua) lists every decision about one unit or person
-- across all runs; the primary key starts with the run, so without this index that read scans
-- every decision ever stored.
CREATE INDEX decision_subject ON decision (subject_type, subject_code, run_id);
