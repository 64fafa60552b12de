-- Issue 15: private calendar feeds (iCalendar). A calendar client cannot log in, so each feed has a
-- secret address; only the SHA-256 of its token is stored (shown once when made), revoked by a date.
CREATE SEQUENCE kalenderprenumeration_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE kalenderprenumeration (
    id             BIGINT       NOT NULL PRIMARY KEY,
    anvandare_id   BIGINT       NOT NULL REFERENCES anvandare (id),
    typ            VARCHAR(20)  NOT NULL,
    remiss_id      BIGINT       REFERENCES remiss (id),
    namn           VARCHAR(200) NOT NULL,
    token_sha256   VARCHAR(64)  NOT NULL,
    skapad         TIMESTAMP WITH TIME ZONE NOT NULL,
    aterkallad     TIMESTAMP WITH TIME ZONE,
    senast_hamtad  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kalenderprenumeration_token_uk UNIQUE (token_sha256)
);
CREATE INDEX kalenderprenumeration_anv_ix ON kalenderprenumeration (anvandare_id);

-- E-mail notifications: an outbox written in the same transaction as the change that causes the
-- mail (so nothing is lost), one row per person and occasion (nyckel: never the same mail twice,
-- also across restarts and instances), sent and retried by a scheduled job that claims each row.
CREATE SEQUENCE epostutskick_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE epostutskick (
    id            BIGINT        NOT NULL PRIMARY KEY,
    nyckel        VARCHAR(200)  NOT NULL,
    kategori      VARCHAR(30)   NOT NULL,
    anvandare_id  BIGINT        NOT NULL REFERENCES anvandare (id),
    adress        VARCHAR(200)  NOT NULL,
    amne          VARCHAR(500)  NOT NULL,
    brodtext      VARCHAR(20000) NOT NULL,
    html          VARCHAR(40000) NOT NULL,
    skapad        TIMESTAMP WITH TIME ZONE NOT NULL,
    nasta_forsok  TIMESTAMP WITH TIME ZONE NOT NULL,
    forsok        INTEGER       DEFAULT 0 NOT NULL,
    senaste_fel   VARCHAR(1000),
    skickad       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT epostutskick_nyckel_uk UNIQUE (nyckel)
);
CREATE INDEX epostutskick_ko_ix ON epostutskick (skickad, nasta_forsok);

-- Categories a user has turned off.
CREATE TABLE epostavval (
    anvandare_id  BIGINT       NOT NULL REFERENCES anvandare (id),
    kategori      VARCHAR(30)  NOT NULL,
    CONSTRAINT epostavval_pk PRIMARY KEY (anvandare_id, kategori)
);
