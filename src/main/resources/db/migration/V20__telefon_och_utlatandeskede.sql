-- Issue 14 (items 7, 8) and issue 12's leftovers: a person's phone number for the document head,
-- and how far the recipient's tjänsteutlåtande has come, kept on the recipient row so that the
-- sender's matrix and the API can show it without reading the recipient's drafts.
ALTER TABLE anvandare ADD COLUMN telefon VARCHAR(40);
ALTER TABLE remissmottagare ADD COLUMN utlatandeskede VARCHAR(30);

-- Existing drafts: the furthest stage of each recipient's drafts (later statements overwrite earlier).
UPDATE remissmottagare SET utlatandeskede = 'UNDER_BEREDNING'
    WHERE EXISTS (SELECT 1 FROM utlatande u WHERE u.mottagare_id = remissmottagare.id AND u.status = 'UTKAST');
UPDATE remissmottagare SET utlatandeskede = 'FOR_GODKANNANDE'
    WHERE EXISTS (SELECT 1 FROM utlatande u WHERE u.mottagare_id = remissmottagare.id AND u.status = 'KLAR_FOR_GODKANNANDE');
UPDATE remissmottagare SET utlatandeskede = 'GODKAND'
    WHERE EXISTS (SELECT 1 FROM utlatande u WHERE u.mottagare_id = remissmottagare.id AND u.status = 'GODKAND');
UPDATE remissmottagare SET utlatandeskede = 'INSKICKAD'
    WHERE EXISTS (SELECT 1 FROM utlatande u WHERE u.mottagare_id = remissmottagare.id AND u.status = 'INSKICKAD');

-- A recipient's ärende names the handläggare the case was assigned to (it said "–" before).
UPDATE arende SET handlaggare_id = (SELECT MAX(m.handlaggare_id) FROM remissmottagare m WHERE m.arende_id = arende.id)
    WHERE handlaggare_id IS NULL
      AND EXISTS (SELECT 1 FROM remissmottagare m WHERE m.arende_id = arende.id AND m.handlaggare_id IS NOT NULL);
