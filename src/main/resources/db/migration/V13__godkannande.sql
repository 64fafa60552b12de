-- Issue 12: approval of a tjänsteutlåtande by its signatories, each approval a PAdES signature.
CREATE SEQUENCE utlatande_godkannande_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE utlatande_godkannande (
    id               BIGINT       NOT NULL PRIMARY KEY,
    utlatande_id     BIGINT       NOT NULL REFERENCES utlatande (id),
    -- The version approved and the SHA-256 of its rendered content: the approval binds exactly that.
    versionsnummer   INTEGER      NOT NULL,
    innehall_sha256  VARCHAR(64)  NOT NULL,
    ordning          INTEGER      NOT NULL,
    undertecknare_id BIGINT       NOT NULL REFERENCES anvandare (id),
    -- The PDF as it stands after this signature (stored once, content-addressed).
    pdf_sha256       VARCHAR(64)  NOT NULL REFERENCES fil (sha256),
    tidpunkt         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set when the draft is returned: the approval no longer counts.
    upphavd          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX utlatande_godkannande_ix ON utlatande_godkannande (utlatande_id);

ALTER TABLE utlatande ADD COLUMN returorsak VARCHAR(2000);
ALTER TABLE utlatande ADD COLUMN returnerad_av VARCHAR(200);
ALTER TABLE utlatande ADD COLUMN slutlig_handling_id BIGINT REFERENCES handling (id);
ALTER TABLE utlatande ADD COLUMN inskickad TIMESTAMP WITH TIME ZONE;

-- The sender's inkommen handling holding the recipient's signed statement, and when it came.
ALTER TABLE remissmottagare ADD COLUMN utlatande_handling_id BIGINT REFERENCES handling (id);
ALTER TABLE remissmottagare ADD COLUMN utlatande_inskickat DATE;
