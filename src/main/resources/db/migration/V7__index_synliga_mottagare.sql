-- The access filter of the remiss lists (RemissSok.SYNLIG_REMISS) looks up the remisser a unit has
-- received: its recipient rows by organisation, minus those not yet sent. The index on
-- organisation_id alone made the database visit every such row (thousands for a busy förvaltning)
-- to read its status, on every list request. With status and remiss_id in the index the lookup
-- never leaves it.
CREATE INDEX remissmottagare_synlig_ix ON remissmottagare (organisation_id, status, remiss_id);
