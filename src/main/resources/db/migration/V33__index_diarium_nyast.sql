-- Issue 16: the diarium lists an office's ärenden newest first. As an index in that order the page is a walk
-- of the office's range that stops after the page (H2 walks an index only in its own direction and when the
-- ORDER BY names its columns from the first, so ArendeSok orders by organisation too); the ascending index
-- it replaces was a prefix of nothing else.
CREATE INDEX arende_org_nyast_ix ON arende (organisation_id, registrerat DESC, id DESC);
DROP INDEX arende_org_reg_ix;
