-- Mina ärenden lists a handläggare's open cases: by person and status, so that the database finds
-- the open ones by index instead of reading every case the person ever had (issue 16).
CREATE INDEX remissmottagare_handl_status_ix ON remissmottagare (handlaggare_id, status, remiss_id);
