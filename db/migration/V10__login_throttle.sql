-- Issue 8, section 5: failed logins are counted per name and lock it for a while; generated
-- first-start passwords must be changed at the first login.

ALTER TABLE app_user
    -- TRUE for a password nobody chose (generated on first start): the user must replace it first
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per name being tried, whether or not an account has it: a lock that only real accounts
-- could get would tell an attacker which names exist. Case- and accent-insensitive like (or coarser
-- than) app_user.username, so 'ADMIN' or 'admin ' count against the same row as 'admin'.
CREATE TABLE login_throttle (
    username     VARCHAR(50)  NOT NULL PRIMARY KEY,
    -- attempts in the current window that did not succeed, counted when they start
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    -- NULL when not locked
    locked_until DATETIME(6)  NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
