-- Issue 13 (second half): the agenda (föredragningslista), the protokoll with its §§, justering by
-- ordförande and justerare, and the protokollsutdrag sent back to the remiss's sender.

-- One version of a meeting's agenda. Published (publicerad set, PDF stored) = locked; a change after
-- that is made in a new version.
CREATE SEQUENCE foredragningslista_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE foredragningslista (
    id                BIGINT       NOT NULL PRIMARY KEY,
    sammantrade_id    BIGINT       NOT NULL REFERENCES sammantrade (id),
    versionsnummer    INTEGER      NOT NULL,
    publicerad        TIMESTAMP WITH TIME ZONE,
    publicerad_av_id  BIGINT       REFERENCES anvandare (id),
    pdf_sha256        VARCHAR(64)  REFERENCES fil (sha256),
    version           BIGINT       NOT NULL
);
CREATE UNIQUE INDEX foredragningslista_ux ON foredragningslista (sammantrade_id, versionsnummer);

-- One item of one agenda version: an approved tjänsteutlåtande (with the recipient's ärende) or
-- another ärende, with the proposed decision.
CREATE SEQUENCE dagordningspunkt_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dagordningspunkt (
    id               BIGINT         NOT NULL PRIMARY KEY,
    lista_id         BIGINT         NOT NULL REFERENCES foredragningslista (id),
    ordning          INTEGER        NOT NULL,
    rubrik           VARCHAR(500)   NOT NULL,
    utlatande_id     BIGINT         REFERENCES utlatande (id),
    arende_id        BIGINT         REFERENCES arende (id),
    beslutsforslag   VARCHAR(4000)
);
CREATE INDEX dagordningspunkt_ix ON dagordningspunkt (lista_id);

-- The minutes of one meeting. UTKAST → JUSTERAS (rendered, locked, awaiting signatures) → JUSTERAT.
CREATE SEQUENCE protokoll_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE protokoll (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    sammantrade_id     BIGINT         NOT NULL UNIQUE REFERENCES sammantrade (id),
    status             VARCHAR(20)    NOT NULL,
    ordforande_id      BIGINT         REFERENCES anvandare (id),
    justerare_id       BIGINT         REFERENCES anvandare (id),
    sekreterare_id     BIGINT         REFERENCES anvandare (id),
    ovriga_narvarande  VARCHAR(2000),
    -- The PDF as it stands after the last signature (content-addressed, stored once).
    pdf_sha256         VARCHAR(64)    REFERENCES fil (sha256),
    -- Set at the last signature: the day of justering, the notice on the anslagstavla and its end.
    justerat           DATE,
    anslag             DATE,
    anslag_ned         DATE,
    skapad             TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL
);
CREATE INDEX protokoll_anslag_ix ON protokoll (anslag_ned);

-- Members present.
CREATE TABLE protokoll_narvaro (
    protokoll_id  BIGINT NOT NULL REFERENCES protokoll (id),
    anvandare_id  BIGINT NOT NULL REFERENCES anvandare (id),
    PRIMARY KEY (protokoll_id, anvandare_id)
);

-- § numbers run per nämnd and calendar year and are never reused: a locked counter row per pair.
CREATE TABLE paragrafraknare (
    namnd_id  BIGINT  NOT NULL REFERENCES organisation (id),
    ar        INTEGER NOT NULL,
    senaste   INTEGER NOT NULL,
    PRIMARY KEY (namnd_id, ar)
);

CREATE SEQUENCE paragraf_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE paragraf (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    protokoll_id           BIGINT         NOT NULL REFERENCES protokoll (id),
    namnd_id               BIGINT         NOT NULL REFERENCES organisation (id),
    ar                     INTEGER        NOT NULL,
    nummer                 INTEGER        NOT NULL,
    rubrik                 VARCHAR(500)   NOT NULL,
    punkt_id               BIGINT         REFERENCES dagordningspunkt (id),
    utlatande_id           BIGINT         REFERENCES utlatande (id),
    arende_id              BIGINT         REFERENCES arende (id),
    beslutstext            VARCHAR(4000)  NOT NULL,
    reservationer          VARCHAR(2000),
    sarskilda_uttalanden   VARCHAR(2000),
    -- The signed protokollsutdrag ("Rätt utdraget intygar"), who certified it and when it was sent.
    utdrag_sha256          VARCHAR(64)    REFERENCES fil (sha256),
    utdrag_intygat_av_id   BIGINT         REFERENCES anvandare (id),
    utdrag_handling_id     BIGINT         REFERENCES handling (id),
    utdrag_skickat         TIMESTAMP WITH TIME ZONE,
    version                BIGINT         NOT NULL
);
-- The guarantee behind the counter: one § number per nämnd and year.
CREATE UNIQUE INDEX paragraf_nummer_ux ON paragraf (namnd_id, ar, nummer);
CREATE INDEX paragraf_protokoll_ix ON paragraf (protokoll_id);

-- One signature of the protokoll (ordförande first, then justerare), each over the previous bytes.
CREATE SEQUENCE protokoll_justering_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE protokoll_justering (
    id             BIGINT        NOT NULL PRIMARY KEY,
    protokoll_id   BIGINT        NOT NULL REFERENCES protokoll (id),
    ordning        INTEGER       NOT NULL,
    anvandare_id   BIGINT        NOT NULL REFERENCES anvandare (id),
    roll           VARCHAR(20)   NOT NULL,
    pdf_sha256     VARCHAR(64)   NOT NULL REFERENCES fil (sha256),
    tidpunkt       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX protokoll_justering_ux ON protokoll_justering (protokoll_id, ordning);

-- The sender's inkommen handling holding the recipient's protokollsutdrag.
ALTER TABLE remissmottagare ADD COLUMN protokoll_handling_id BIGINT REFERENCES handling (id);
-- The last day to appeal the decision (laglighetsprövning): three weeks from the notice of justering.
ALTER TABLE remissmottagare ADD COLUMN overklagande_till DATE;
