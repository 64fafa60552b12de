-- A file a user uploaded with a form that was shown again (e.g. for a correction): the form carries
-- a random receipt, never the file's hash, and only the same user in the same login session can
-- redeem it. Only the receipt's SHA-256 is stored. No foreign key to fil: a file that nothing else
-- refers to may be removed, and then the receipt simply no longer finds it.
CREATE TABLE filkvitto (
    id             CHAR(64)     NOT NULL PRIMARY KEY,
    sessionsnyckel CHAR(64)     NOT NULL,
    anvandare_id   BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    filnamn        VARCHAR(255) NOT NULL,
    mimetyp        VARCHAR(150),
    skapad         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX filkvitto_skapad_ix ON filkvitto (skapad);
