-- Mina ärenden lists a handläggare's open cases: by person and status, so that the database finds
-- the open ones by index instead of reading every case the person ever had (issue 16).
CREATE INDEX remissmottagare_handl_status_ix ON remissmottagare (handlaggare_id, status, remiss_id);

-- The remiss list's default order, newest registered first, as an index in that order: H2 walks an
-- index only in its own direction and only when the ORDER BY names the index's columns from the
-- first (RemissSok orders by enhet_id, registrerad, remiss_id), and otherwise read and sorted all
-- of the unit's rows on every request. PostgreSQL would walk the ascending one backwards as well.
CREATE INDEX remiss_synlighet_nyast_ix ON remiss_synlighet (enhet_id, registrerad DESC, remiss_id DESC);
