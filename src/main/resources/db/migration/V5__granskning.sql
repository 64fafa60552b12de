-- The audit trail: one row per event, append-only, chained by SHA-256 so that any later change of
-- a row (or a removed row) is detected by the verifier. Written once for both H2 and PostgreSQL;
-- on PostgreSQL db/postgresql/V5_1 also makes UPDATE and DELETE impossible.
CREATE TABLE granskningshandelse (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tidpunkt         TIMESTAMP WITH TIME ZONE NOT NULL,
    anvandarnamn     VARCHAR(60)  NOT NULL,
    organisation_id  BIGINT,
    handling         VARCHAR(40)  NOT NULL,
    objekttyp        VARCHAR(40),
    objekt_id        BIGINT,
    remiss_id        BIGINT,
    utfall           VARCHAR(15)  NOT NULL,
    beskrivning      VARCHAR(500),
    fore             VARCHAR(20000),
    efter            VARCHAR(20000),
    foregaende_hash  CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL
);
CREATE INDEX granskning_tid_ix ON granskningshandelse (tidpunkt);
CREATE INDEX granskning_remiss_ix ON granskningshandelse (remiss_id, id);
CREATE INDEX granskning_anvandare_ix ON granskningshandelse (anvandarnamn, id);
CREATE INDEX granskning_objekt_ix ON granskningshandelse (objekttyp, objekt_id);

-- The head of the chain: one row, locked while an event is appended, so events get consecutive
-- ids and each links to the one before it even when many requests write at once.
CREATE TABLE granskningskedja (
    id           INTEGER  NOT NULL PRIMARY KEY,
    senaste_id   BIGINT   NOT NULL,
    senaste_hash CHAR(64) NOT NULL
);
INSERT INTO granskningskedja (id, senaste_id, senaste_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
