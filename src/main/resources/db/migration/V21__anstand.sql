-- Issue 15: anstånd (a recipient asks for later deadlines, the sender grants or refuses) and the
-- history of a recipient's deadlines: each change by a grant, who made it and why.
CREATE SEQUENCE anstand_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE anstand (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    mottagare_id              BIGINT        NOT NULL REFERENCES remissmottagare (id),
    status                    VARCHAR(20)   NOT NULL,
    -- What was asked for; null: that deadline stays.
    begard_kontorsutlatande   DATE,
    begard_namndprotokoll     DATE,
    motivering                VARCHAR(2000) NOT NULL,
    begard_av_id              BIGINT        NOT NULL REFERENCES anvandare (id),
    begard                    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The decision: the dates granted (possibly others than asked for), or a refusal with its reason.
    beviljad_kontorsutlatande DATE,
    beviljad_namndprotokoll   DATE,
    beslutsmotivering         VARCHAR(2000),
    beslutad_av_id            BIGINT        REFERENCES anvandare (id),
    beslutad                  TIMESTAMP WITH TIME ZONE,
    version                   BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX anstand_mottagare_ix ON anstand (mottagare_id);

CREATE SEQUENCE fristandring_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE fristandring (
    id            BIGINT        NOT NULL PRIMARY KEY,
    mottagare_id  BIGINT        NOT NULL REFERENCES remissmottagare (id),
    frist         VARCHAR(20)   NOT NULL,
    datum_fore    DATE          NOT NULL,
    datum_efter   DATE          NOT NULL,
    anstand_id    BIGINT        REFERENCES anstand (id),
    andrad_av_id  BIGINT        NOT NULL REFERENCES anvandare (id),
    tidpunkt      TIMESTAMP WITH TIME ZONE NOT NULL,
    orsak         VARCHAR(4100) NOT NULL
);
CREATE INDEX fristandring_mottagare_ix ON fristandring (mottagare_id);

-- How often each deadline has moved since sending (the calendar's SEQUENCE, the matrix's
-- "anstånd till …"), and whether a request awaits the sender: read with the matrix, no extra query.
ALTER TABLE remissmottagare ADD COLUMN andringar_kontorsutlatande INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE remissmottagare ADD COLUMN andringar_namndprotokoll INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE remissmottagare ADD COLUMN anstand_begart BOOLEAN DEFAULT FALSE NOT NULL;
