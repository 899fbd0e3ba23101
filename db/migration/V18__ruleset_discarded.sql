-- A draft that was never activated can be discarded (issue 10): it stays stored, as every version
-- does, but can no longer be activated. Who discarded it and when is in the audit chain.
ALTER TABLE rule_set_version DROP CONSTRAINT rule_set_version_status;
ALTER TABLE rule_set_version ADD CONSTRAINT rule_set_version_status
    CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED', 'DISCARDED'));
