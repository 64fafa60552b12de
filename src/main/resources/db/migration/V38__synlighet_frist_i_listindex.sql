-- Issue 16: the overdue filter's page walks a unit's rows in the list's order and keeps those whose earliest
-- awaited deadline has passed (forsta_frist, V35). That column was not in the walked indexes, so every row
-- passed on the way was read from the table: on 100,000 remisser the sender's first page read ~1,300 rows
-- (the newest are not overdue yet) and the filter's p99 was 96-99 ms under load. With forsta_frist last in
-- both order indexes the walk answers from the index (PostgreSQL: an index-only scan; H2: a covering index).
-- Same names and the same leading columns, so every order and the year filter use them as before.
-- (V37 exists only for PostgreSQL: db/postgresql.)
DROP INDEX remiss_synlighet_nyast_ix;
CREATE INDEX remiss_synlighet_nyast_ix ON remiss_synlighet (enhet_id, registrerad DESC, remiss_id DESC, forsta_frist);
DROP INDEX remiss_synlighet_registrerad_ix;
CREATE INDEX remiss_synlighet_registrerad_ix ON remiss_synlighet (enhet_id, registrerad, remiss_id, forsta_frist);
