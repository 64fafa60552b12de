-- PostgreSQL only: the application cannot change or remove audit rows, whatever its SQL.
CREATE FUNCTION granskning_skrivskydd() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Granskningshändelser kan inte ändras eller tas bort';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER granskningshandelse_skrivskydd BEFORE UPDATE OR DELETE ON granskningshandelse
    FOR EACH ROW EXECUTE FUNCTION granskning_skrivskydd();
CREATE TRIGGER granskningshandelse_ingen_tomning BEFORE TRUNCATE ON granskningshandelse
    FOR EACH STATEMENT EXECUTE FUNCTION granskning_skrivskydd();
