-- Issue 16: the diarium lists an office's ärenden newest first. As an index in that order the page is a walk
-- of the office's range that stops after the page. H2 picks the index for the WHERE by cost (its own index on
-- the foreign key organisation_id) and swaps to the index of the ORDER BY only when that one starts with the
-- same columns in a different direction; hence organisation_id DESC here and in ArendeSok's order. The
-- ascending index it replaces was a prefix of nothing else.
CREATE INDEX arende_org_nyast_ix ON arende (organisation_id DESC, registrerat DESC, id DESC);
DROP INDEX arende_org_reg_ix;
