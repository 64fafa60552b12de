-- The remiss list's "overdue" filter looks for recipients still waiting for an answer: a small set
-- (the remisser in progress) however many closed remisser the database holds. This index finds
-- them by status and carries every column the test reads, so neither H2 nor PostgreSQL has to
-- visit the rows themselves.
CREATE INDEX remissmottagare_status_ix
    ON remissmottagare (status, sista_dag_kontorsutlatande, sista_dag_namndprotokoll, remiss_id);
