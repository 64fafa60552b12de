-- Imported programmes (the remitted document parsed into sections, goals and commitments).
-- A remiss can have several versions of its programme; each version is stored whole.

CREATE SEQUENCE program_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE program (
    id             BIGINT       NOT NULL PRIMARY KEY,
    remiss_id      BIGINT       NOT NULL REFERENCES remiss (id),
    titel          VARCHAR(500) NOT NULL,
    version        INTEGER      NOT NULL,
    foregaende_id  BIGINT       REFERENCES program (id),
    filnamn        VARCHAR(255) NOT NULL,
    sha256         CHAR(64)     NOT NULL REFERENCES fil (sha256),
    importerad     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT program_version_uk UNIQUE (remiss_id, version)
);

CREATE TABLE program_mal (
    program_id BIGINT        NOT NULL REFERENCES program (id),
    ordning    INTEGER       NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (program_id, ordning)
);

CREATE SEQUENCE programavsnitt_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE programavsnitt (
    id             BIGINT          NOT NULL PRIMARY KEY,
    program_id     BIGINT          NOT NULL REFERENCES program (id),
    overordnat_id  BIGINT          REFERENCES programavsnitt (id),
    ordning        INTEGER         NOT NULL,
    niva           INTEGER         NOT NULL,
    nyckel         VARCHAR(200)    NOT NULL,
    rubrik         VARCHAR(500)    NOT NULL,
    text           VARCHAR(1000000) NOT NULL
);
CREATE INDEX programavsnitt_program_ix ON programavsnitt (program_id, ordning);

CREATE SEQUENCE atagande_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE atagande (
    id          BIGINT        NOT NULL PRIMARY KEY,
    program_id  BIGINT        NOT NULL REFERENCES program (id),
    avsnitt_id  BIGINT        NOT NULL REFERENCES programavsnitt (id),
    ordning     INTEGER       NOT NULL,
    text        VARCHAR(4000) NOT NULL
);
CREATE INDEX atagande_program_ix ON atagande (program_id, ordning);

-- One row per addressee target: a written name resolves to an organisation, a group, or (unknown
-- to the register) neither; "Socialtjänstnämnden och stadsdelsnämnderna" gives two rows.
CREATE TABLE atagande_adressat (
    atagande_id     BIGINT       NOT NULL REFERENCES atagande (id),
    ordning         INTEGER      NOT NULL,
    namn            VARCHAR(300) NOT NULL,
    organisation_id BIGINT       REFERENCES organisation (id),
    grupp_id        BIGINT       REFERENCES grupp (id),
    PRIMARY KEY (atagande_id, ordning)
);
