-- Issue 13 (first half): the committee's meeting calendar, its members and the recipient's answer
-- without a meeting (delegation) or its declining ("avstår").

-- One meeting of one nämnd. sista_dag_arenden: the last day an item can reach the meeting.
CREATE SEQUENCE sammantrade_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sammantrade (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    namnd_id           BIGINT        NOT NULL REFERENCES organisation (id),
    datum              DATE          NOT NULL,
    starttid           TIME,
    plats              VARCHAR(300),
    sista_dag_arenden  DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    anteckning         VARCHAR(2000),
    skapad             TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL
);
-- One meeting per nämnd and day: an import run twice adds nothing, two secretaries cannot both add it.
CREATE UNIQUE INDEX sammantrade_namnd_datum_ux ON sammantrade (namnd_id, datum);

-- A member of a nämnd (independent of meetings): the user holds the role "ledamot".
CREATE SEQUENCE namndledamot_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE namndledamot (
    id            BIGINT        NOT NULL PRIMARY KEY,
    namnd_id      BIGINT        NOT NULL REFERENCES organisation (id),
    anvandare_id  BIGINT        NOT NULL REFERENCES anvandare (id),
    -- ORDFORANDE, VICE_ORDFORANDE, LEDAMOT, ERSATTARE
    uppdrag       VARCHAR(20)   NOT NULL,
    -- May be chosen to adjust (justera) a protokoll.
    kan_justera   BOOLEAN       NOT NULL,
    parti         VARCHAR(100),
    fran          DATE,
    till          DATE,
    version       BIGINT        NOT NULL
);
CREATE UNIQUE INDEX namndledamot_ux ON namndledamot (namnd_id, anvandare_id);

-- Per nämnd: how many working days before a meeting items must be in (sista dag för ärenden),
-- and how many working days before that the tjänsteutlåtande must be approved.
CREATE SEQUENCE namndinstallning_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE namndinstallning (
    id                 BIGINT   NOT NULL PRIMARY KEY,
    namnd_id           BIGINT   NOT NULL UNIQUE REFERENCES organisation (id),
    arendedagar        INTEGER  NOT NULL,
    godkannandedagar   INTEGER  NOT NULL,
    version            BIGINT   NOT NULL
);

-- The recipient's answer: by the nämnd (NAMNDBESLUT), on delegation without a meeting
-- (DELEGATION: who decided under which point of the delegation order), or declined (AVSTAR, reason).
ALTER TABLE remissmottagare ADD COLUMN svarsform VARCHAR(20);
ALTER TABLE remissmottagare ADD COLUMN beslutad_av VARCHAR(200);
ALTER TABLE remissmottagare ADD COLUMN delegation VARCHAR(500);
ALTER TABLE remissmottagare ADD COLUMN avstar_orsak VARCHAR(2000);
-- The day the answer (decision, delegation decision or declining) was given.
ALTER TABLE remissmottagare ADD COLUMN besvarad DATE;
