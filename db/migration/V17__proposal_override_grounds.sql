-- What an override overrode: the run's reasons for not finding the subject eligible (an exclusion,
-- a deferral, a condition not met or not judged), each with its legal basis, as the run gave them
-- when the subject was added. Kept with the entry: the list must say which legal reason it set aside.
ALTER TABLE proposal_entry
    ADD COLUMN override_grounds TEXT NULL COMMENT 'one reason a line, each with its legal basis' AFTER override_reason;
