-- Issue 16: the deadline a recipient's answer now waits for: the office's statement while that is
-- awaited (MottagarStatus.vantarUtlatande), then the nämnd's minutes (UTLATANDE_INSKICKAT); NULL once
-- answered, declined or not yet sent. Computed by the database on every write, so that nothing that
-- changes a status or a deadline (entity, migration or the bench's generator) can leave it stale.
-- The lists then need no per-row CASE: the overdue filter is one index range ("vantad_frist < today"),
-- Inkomna and Mina ärenden walk an organisation's or a person's open rows in deadline order and stop
-- after the page. The same file for H2 and PostgreSQL but for the generated column's syntax
-- (PostgreSQL requires STORED; H2's are always stored) — keep the two in step.
ALTER TABLE remissmottagare ADD COLUMN vantad_frist DATE GENERATED ALWAYS AS (
    CASE WHEN status IN ('SKICKAD', 'MOTTAGEN', 'TILLDELAD', 'UNDER_BEREDNING') THEN sista_dag_kontorsutlatande
                      WHEN status = 'UTLATANDE_INSKICKAT' THEN sista_dag_namndprotokoll END);
CREATE INDEX remissmottagare_vantad_ix ON remissmottagare (vantad_frist, remiss_id);
CREATE INDEX remissmottagare_org_vantad_ix ON remissmottagare (organisation_id, vantad_frist, id);
CREATE INDEX remissmottagare_handl_vantad_ix ON remissmottagare (handlaggare_id, organisation_id, vantad_frist, id);
