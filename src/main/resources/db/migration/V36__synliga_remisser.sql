-- How many remisser each access unit sees (issue 16): the number of its rows in remiss_synlighet,
-- kept in the same transaction as those rows (Synlighet.skrivOm, by the rows a unit gains or loses).
-- The remiss list's total without a filter was a count of the unit's whole range, on every request:
-- a cost that grows with every remiss (about 1 ms of PostgreSQL per request at 10,000 remisser).
-- A column of organisation rather than a table of its own: every unit already has its row, so a
-- count never has to be created (two first writers could not agree on who inserts it), and the
-- application's Organisation entity does not map it, so saving an organisation never writes it.
ALTER TABLE organisation ADD COLUMN synliga_remisser BIGINT DEFAULT 0 NOT NULL;
UPDATE organisation o SET synliga_remisser = (SELECT COUNT(*) FROM remiss_synlighet s WHERE s.enhet_id = o.id);
