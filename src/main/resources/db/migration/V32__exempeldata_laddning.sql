-- Issue 16, start time: the fingerprint of the sample-data folder last loaded into this database. A restart
-- with the same folder skips reading and checking it (about a second of every start); a changed or added
-- file loads it again, item by item as before.
CREATE TABLE exempeldata_laddning (
    id      INTEGER PRIMARY KEY,
    avtryck VARCHAR(64) NOT NULL,
    laddad  TIMESTAMP WITH TIME ZONE NOT NULL
);
