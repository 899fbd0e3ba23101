-- Accounts carry the person behind them: documents print the full name and position, never the
-- login (issue 10). Empty until an administrator fills them in; a document then leaves a blank.
ALTER TABLE app_user
    ADD COLUMN full_name VARCHAR(100) NOT NULL DEFAULT '' AFTER username,
    ADD COLUMN position  VARCHAR(100) NOT NULL DEFAULT '' AFTER full_name;
