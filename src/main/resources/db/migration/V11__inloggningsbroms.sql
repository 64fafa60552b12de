-- Login throttling per (user name, client address) instead of one global lock per name (issue 11):
-- one row per pair aggregates its failures, so a flood of wrong passwords updates a row instead of
-- inserting one per attempt. Written once for both H2 and PostgreSQL.
DROP TABLE misslyckad_inloggning;
DROP SEQUENCE misslyckad_inloggning_seq;

CREATE SEQUENCE inloggningsforsok_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE inloggningsforsok (
    id               BIGINT      NOT NULL PRIMARY KEY,
    anvandarnamn     VARCHAR(60) NOT NULL,
    klientadress     VARCHAR(64) NOT NULL,
    -- failures in the current series, and the last one
    antal            INTEGER     NOT NULL,
    senaste          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the pair is refused until then (NULL: not locked)
    sparrad_till     TIMESTAMP WITH TIME ZONE,
    -- audit events written in the minute that began at handelseminut, and failures left out since the last event
    handelseminut    TIMESTAMP WITH TIME ZONE,
    handelser        INTEGER     NOT NULL,
    ej_loggade       INTEGER     NOT NULL,
    CONSTRAINT inloggningsforsok_par_uk UNIQUE (anvandarnamn, klientadress)
);
CREATE INDEX inloggningsforsok_senaste_ix ON inloggningsforsok (senaste);
