-- Which access unit may see which remiss (issue 16). A unit (a förvaltning and the nämnder it
-- serves, see RemissSok.enhetensOrganisationer) sees what one of its organisations sent, and what
-- one of them received once it was sent. The remiss list used to work that out per request with
-- "sent by the unit OR received by it": the OR made every request read every remiss and thousands
-- of recipient rows, whatever the page. One row per unit and remiss, written in the same
-- transaction as registering and sending (Synlighet.uppdatera), turns the list into a walk of one
-- index range in list order that stops after the page, and the count into a range count.
-- enhet_id is the organisation's kansli: its förvaltning, or itself when it has none.
-- registrerad and avsandare_id are copies of the remiss's (neither changes after registration),
-- so that the default order, the year filter and the sender filter need only this table.
CREATE TABLE remiss_synlighet (
    enhet_id      BIGINT NOT NULL REFERENCES organisation (id),
    remiss_id     BIGINT NOT NULL REFERENCES remiss (id),
    registrerad   DATE   NOT NULL,
    avsandare_id  BIGINT NOT NULL REFERENCES organisation (id),
    CONSTRAINT remiss_synlighet_pk PRIMARY KEY (enhet_id, remiss_id)
);
-- The list's default order (newest registered first) and the year filter.
CREATE INDEX remiss_synlighet_registrerad_ix ON remiss_synlighet (enhet_id, registrerad, remiss_id);
-- The sender filter's choices: which senders the unit has seen remisser from.
CREATE INDEX remiss_synlighet_avsandare_ix ON remiss_synlighet (enhet_id, avsandare_id, registrerad);
CREATE INDEX remiss_synlighet_remiss_ix ON remiss_synlighet (remiss_id);

-- The remisser already in the database.
INSERT INTO remiss_synlighet (enhet_id, remiss_id, registrerad, avsandare_id)
SELECT e.enhet_id, r.id, r.registrerad, r.avsandare_id
FROM remiss r JOIN (
    SELECT r2.id AS remiss_id, COALESCE(o.forvaltning_id, o.id) AS enhet_id
    FROM remiss r2 JOIN organisation o ON o.id = r2.avsandare_id
    UNION
    SELECT m.remiss_id, COALESCE(o.forvaltning_id, o.id)
    FROM remissmottagare m JOIN organisation o ON o.id = m.organisation_id
    WHERE m.status <> 'EJ_SKICKAD'
) e ON e.remiss_id = r.id;
