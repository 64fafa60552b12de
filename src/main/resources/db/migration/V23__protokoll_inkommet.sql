-- The day a recipient's case was marked answered (the nämnd's minutes in), for the sammanställning's
-- "received against the deadline". Earlier answered cases keep NULL: their day is not known.
ALTER TABLE remissmottagare ADD COLUMN protokoll_inkommet DATE;
