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
