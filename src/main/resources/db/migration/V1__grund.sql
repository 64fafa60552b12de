-- Remiss: organisations, diarium, documents, remisser and their recipients.
-- Written once for both H2 and PostgreSQL: only types and syntax both understand.
-- Sequences step by 50 to match Hibernate's pooled id allocation.

-- Organisations and groups share one id sequence so that a remiss's recipient list can mix
-- organisation ids and group ids without ambiguity.
CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE organisation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    kortnamn        VARCHAR(60)  NOT NULL,
    namn            VARCHAR(200) NOT NULL,
    typ             VARCHAR(20)  NOT NULL,
    forvaltning_id  BIGINT       REFERENCES organisation (id),
    aktiv           BOOLEAN      DEFAULT TRUE NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT organisation_kortnamn_uk UNIQUE (kortnamn),
    CONSTRAINT organisation_namn_uk UNIQUE (namn)
);

CREATE TABLE grupp (
    id          BIGINT        NOT NULL PRIMARY KEY,
    kortnamn    VARCHAR(60)   NOT NULL,
    namn        VARCHAR(200)  NOT NULL,
    beskrivning VARCHAR(1000),
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT grupp_kortnamn_uk UNIQUE (kortnamn),
    CONSTRAINT grupp_namn_uk UNIQUE (namn)
);

CREATE TABLE grupp_medlem (
    grupp_id        BIGINT NOT NULL REFERENCES grupp (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (grupp_id, organisation_id)
);

CREATE SEQUENCE anvandare_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE anvandare (
    id              BIGINT       NOT NULL PRIMARY KEY,
    anvandarnamn    VARCHAR(60)  NOT NULL,
    namn            VARCHAR(200) NOT NULL,
    titel           VARCHAR(200),
    epost           VARCHAR(200),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    aktiv           BOOLEAN      DEFAULT TRUE NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT anvandare_anvandarnamn_uk UNIQUE (anvandarnamn)
);
CREATE INDEX anvandare_organisation_ix ON anvandare (organisation_id);

-- One diarienummer series per registry-keeping organisation, with its own format.
CREATE SEQUENCE diarieserie_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE diarieserie (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    format          VARCHAR(100) NOT NULL,
    kod             VARCHAR(40),
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT diarieserie_organisation_uk UNIQUE (organisation_id)
);

-- The last running number handed out per series and year; the row is locked while a number
-- is taken, so concurrent registrations queue here and numbers are never reused.
CREATE TABLE diarieserie_raknare (
    serie_id BIGINT  NOT NULL REFERENCES diarieserie (id),
    ar       INTEGER NOT NULL,
    senaste  BIGINT  NOT NULL,
    PRIMARY KEY (serie_id, ar)
);

CREATE SEQUENCE arende_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE arende (
    id               BIGINT       NOT NULL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    serie_id         BIGINT       REFERENCES diarieserie (id),
    ar               INTEGER      NOT NULL,
    lopnummer        BIGINT,
    kod              VARCHAR(40),
    dnr              VARCHAR(80)  NOT NULL,
    dnr_sok          VARCHAR(80)  NOT NULL,
    typ              VARCHAR(20)  NOT NULL,
    rubrik           VARCHAR(500) NOT NULL,
    motpart          VARCHAR(300),
    motpartens_dnr   VARCHAR(80),
    handlaggare_id   BIGINT       REFERENCES anvandare (id),
    registrerat      DATE         NOT NULL,
    skapad           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT arende_lopnummer_uk UNIQUE (serie_id, ar, lopnummer),
    CONSTRAINT arende_dnr_uk UNIQUE (organisation_id, dnr_sok)
);
CREATE INDEX arende_dnr_sok_ix ON arende (dnr_sok);
CREATE INDEX arende_org_reg_ix ON arende (organisation_id, registrerat);

-- File contents, addressed by their SHA-256: written once, never changed.
CREATE TABLE fil (
    sha256   CHAR(64) NOT NULL PRIMARY KEY,
    storlek  BIGINT   NOT NULL,
    innehall BYTEA    NOT NULL
);

CREATE SEQUENCE handling_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE handling (
    id          BIGINT       NOT NULL PRIMARY KEY,
    arende_id   BIGINT       NOT NULL REFERENCES arende (id),
    nummer      INTEGER      NOT NULL,
    riktning    VARCHAR(10)  NOT NULL,
    typ         VARCHAR(30)  NOT NULL,
    datum       DATE         NOT NULL,
    motpart     VARCHAR(300),
    titel       VARCHAR(500) NOT NULL,
    filnamn     VARCHAR(255),
    mimetyp     VARCHAR(150),
    storlek     BIGINT,
    sha256      CHAR(64)     REFERENCES fil (sha256),
    registrerad TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT handling_nummer_uk UNIQUE (arende_id, nummer)
);

CREATE SEQUENCE remiss_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE remiss (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    titel                       VARCHAR(500)  NOT NULL,
    beskrivning                 VARCHAR(10000),
    avsandare_id                BIGINT        NOT NULL REFERENCES organisation (id),
    arende_id                   BIGINT        NOT NULL REFERENCES arende (id),
    status                      VARCHAR(20)   NOT NULL,
    sista_dag_kontorsutlatande  DATE          NOT NULL,
    sista_dag_namndprotokoll    DATE          NOT NULL,
    registrerad                 DATE          NOT NULL,
    skickad                     DATE,
    skapad                      TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX remiss_registrerad_ix ON remiss (registrerad, id);
CREATE INDEX remiss_avsandare_ix ON remiss (avsandare_id, registrerad);
CREATE INDEX remiss_status_ix ON remiss (status, registrerad);

CREATE SEQUENCE remissmottagare_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE remissmottagare (
    id                          BIGINT      NOT NULL PRIMARY KEY,
    remiss_id                   BIGINT      NOT NULL REFERENCES remiss (id),
    organisation_id             BIGINT      NOT NULL REFERENCES organisation (id),
    arende_id                   BIGINT      REFERENCES arende (id),
    status                      VARCHAR(30) NOT NULL,
    handlaggare_id              BIGINT      REFERENCES anvandare (id),
    sista_dag_kontorsutlatande  DATE        NOT NULL,
    sista_dag_namndprotokoll    DATE        NOT NULL,
    status_andrad               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT remissmottagare_uk UNIQUE (remiss_id, organisation_id)
);
CREATE INDEX remissmottagare_org_ix ON remissmottagare (organisation_id, sista_dag_kontorsutlatande);
CREATE INDEX remissmottagare_handl_ix ON remissmottagare (handlaggare_id, sista_dag_kontorsutlatande);
