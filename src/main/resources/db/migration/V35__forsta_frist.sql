-- Issue 16: the overdue filter as an index range. Per unit and remiss the earliest deadline any of the
-- remiss's recipients now waits for (min of remissmottagare.vantad_frist, V34; NULL when none waits):
-- "overdue today" is forsta_frist < today, a range of (enhet_id, forsta_frist) whatever the history's
-- size, where the filter used to collect every overdue recipient of the city and the unit's rows.
-- Kept by Synlighet (its rows' statement) and Fristvakt (after any change to a recipient, before commit).
ALTER TABLE remiss_synlighet ADD COLUMN forsta_frist DATE;
-- Only the remisser with a recipient waiting: grouped once (MERGE, which H2 and PostgreSQL 15 both
-- have), not one lookup of 40 recipient rows per unit row.
MERGE INTO remiss_synlighet s
USING (SELECT remiss_id, MIN(vantad_frist) AS frist FROM remissmottagare WHERE vantad_frist IS NOT NULL
       GROUP BY remiss_id) v
ON s.remiss_id = v.remiss_id
WHEN MATCHED THEN UPDATE SET forsta_frist = v.frist;
CREATE INDEX remiss_synlighet_frist_ix ON remiss_synlighet (enhet_id, forsta_frist, registrerad);
