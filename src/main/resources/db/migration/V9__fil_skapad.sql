-- When a file was (last) stored, so that a file nothing refers to can be removed after a while
-- (se.remiss.diarium.Filstadning). Files stored before this column existed keep NULL: they count as
-- old enough, and are removed only when nothing refers to them.
ALTER TABLE fil ADD COLUMN skapad TIMESTAMP WITH TIME ZONE;
