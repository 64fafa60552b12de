-- People and the record: passwords and roles, server-side sessions, login throttling, sekretess.
-- Written once for both H2 and PostgreSQL.

-- bcrypt hash in Modular Crypt Format ($2a$…); NULL means the account cannot log in with a password
-- (e.g. a user known only through the municipality's identity provider).
ALTER TABLE anvandare ADD COLUMN losenord_hash VARCHAR(100);
-- Comma-separated role names (registrator, handlaggare, namndsekreterare, administrator, lasare).
ALTER TABLE anvandare ADD COLUMN roller VARCHAR(200) DEFAULT '' NOT NULL;

-- A login session. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
-- database cannot be used to take over a session. Ending a session (logout, timeout) is final.
CREATE TABLE inloggningssession (
    id             CHAR(64)    NOT NULL PRIMARY KEY,
    anvandare_id   BIGINT      NOT NULL REFERENCES anvandare (id),
    csrf_token     VARCHAR(64) NOT NULL,
    skapad         TIMESTAMP WITH TIME ZONE NOT NULL,
    senast_aktiv   TIMESTAMP WITH TIME ZONE NOT NULL,
    avslutad       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inloggningssession_anvandare_ix ON inloggningssession (anvandare_id);

-- Failed password attempts per user name, for throttling. Kept in the database (not in memory)
-- so that several application instances share the count.
CREATE SEQUENCE misslyckad_inloggning_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE misslyckad_inloggning (
    id            BIGINT      NOT NULL PRIMARY KEY,
    anvandarnamn  VARCHAR(60) NOT NULL,
    tidpunkt      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX misslyckad_inloggning_namn_ix ON misslyckad_inloggning (anvandarnamn, tidpunkt);

-- Sekretess (OSL) on registered documents: the provision, the date and the marking organisation.
ALTER TABLE handling ADD COLUMN sekretess_osl VARCHAR(100);
ALTER TABLE handling ADD COLUMN sekretess_datum DATE;
ALTER TABLE handling ADD COLUMN sekretess_organisation_id BIGINT REFERENCES organisation (id);
ALTER TABLE handling ADD COLUMN sekretess_markerad_av VARCHAR(60);
