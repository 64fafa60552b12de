-- A protokollsutdrag sent through the service answered its recipient (besvarad = the day it reached the
-- sender) but left protokoll_inkommet empty, so the sammanställning said "Ej inkommet" for it. The code
-- now sets both; this fills in the rows answered that way before.
UPDATE remissmottagare SET protokoll_inkommet = besvarad
 WHERE protokoll_handling_id IS NOT NULL AND protokoll_inkommet IS NULL AND besvarad IS NOT NULL;
