-- Tjänsteutlåtanden: drafts written from a document template in templates/, their saved versions
-- and the programme citations they contain. Written for both H2 and PostgreSQL.

CREATE SEQUENCE utlatande_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE utlatande (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    uid                VARCHAR(36)   NOT NULL,
    -- The case answered: the recipient's own ärende (remiss) or a skrivelse ärende.
    arende_id          BIGINT        NOT NULL REFERENCES arende (id),
    mottagare_id       BIGINT        REFERENCES remissmottagare (id),
    -- The body that decides (the nämnd); its access unit owns the draft.
    organisation_id    BIGINT        NOT NULL REFERENCES organisation (id),
    mall               VARCHAR(100)  NOT NULL,
    stallningstagande  VARCHAR(40),
    datum              DATE          NOT NULL,
    amne               VARCHAR(1000) NOT NULL,
    handlaggare_id     BIGINT        REFERENCES anvandare (id),
    underskrift1_id    BIGINT        REFERENCES anvandare (id),
    underskrift2_id    BIGINT        REFERENCES anvandare (id),
    status             VARCHAR(30)   NOT NULL,
    versionsnummer     INTEGER       NOT NULL,
    version            BIGINT        DEFAULT 0 NOT NULL,
    skapad             TIMESTAMP WITH TIME ZONE NOT NULL,
    andrad             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT utlatande_uid_uk UNIQUE (uid)
);
CREATE INDEX utlatande_arende_ix ON utlatande (arende_id);
CREATE INDEX utlatande_mottagare_ix ON utlatande (mottagare_id);

-- The handläggare's text per template section, as typed (markup, not HTML).
CREATE TABLE utlatande_text (
    utlatande_id BIGINT          NOT NULL REFERENCES utlatande (id),
    nyckel       VARCHAR(100)    NOT NULL,
    text         VARCHAR(200000) NOT NULL,
    PRIMARY KEY (utlatande_id, nyckel)
);

-- The citations of the last save, with what each rendered as then, so that a new programme
-- version can be compared against it.
CREATE TABLE utlatande_citat (
    utlatande_id     BIGINT        NOT NULL REFERENCES utlatande (id),
    ordning          INTEGER       NOT NULL,
    kod              VARCHAR(300)  NOT NULL,
    program_version  INTEGER,
    lydelse          VARCHAR(5000),
    PRIMARY KEY (utlatande_id, ordning)
);

-- Every explicit save is kept whole; versions are never changed.
CREATE SEQUENCE utlatandeversion_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE utlatandeversion (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    utlatande_id       BIGINT        NOT NULL REFERENCES utlatande (id),
    nummer             INTEGER       NOT NULL,
    sparad             TIMESTAMP WITH TIME ZONE NOT NULL,
    sparad_av          VARCHAR(200),
    stallningstagande  VARCHAR(40),
    datum              DATE          NOT NULL,
    amne               VARCHAR(1000) NOT NULL,
    underskrifter      VARCHAR(1000) NOT NULL,
    CONSTRAINT utlatandeversion_uk UNIQUE (utlatande_id, nummer)
);

CREATE TABLE utlatandeversion_text (
    utlatandeversion_id BIGINT          NOT NULL REFERENCES utlatandeversion (id),
    nyckel              VARCHAR(100)    NOT NULL,
    text                VARCHAR(200000) NOT NULL,
    PRIMARY KEY (utlatandeversion_id, nyckel)
);
