package se.remiss.granskning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/**
 * Walks the whole chain and recomputes it: every row's hash, every link to the previous row,
 * consecutive ids, and the chain head – and compares it with the checkpoints kept outside the
 * database ({@link Kontrollpunkter}), which show events cut off the end and ids reused. The first
 * break found is reported, with where it was found.
 */
@ApplicationScoped
public class Granskningsverifierare {

    private static final int SIDA = 1000;

    @Inject
    Kontrollpunkter kontrollpunkter;

    /** {@code kontrollpunkt}: the newest checkpoint compared with the chain (null when there is none yet). */
    public record Resultat(boolean hel, long kontrollerade, Long forstaFelId, String fel, Long kontrollpunkt) {
        Resultat(boolean hel, long kontrollerade, Long forstaFelId, String fel) {
            this(hel, kontrollerade, forstaFelId, fel, null);
        }
    }

    @Transactional
    public Resultat verifiera() {
        // Read first: every checkpoint in it was written after its events committed, so they are all visible below.
        Kontrollpunkter.Lasning punkter = kontrollpunkter.las();
        if (punkter.felRad() != null) {
            return new Resultat(false, 0, null, "Kontrollpunktsfilen " + punkter.fil() + ": " + punkter.felText() + ".");
        }
        String foregaende = "0".repeat(64);
        long forvantatId = 1;
        long antal = 0;
        while (true) {
            List<Granskningshandelse> sida = Granskningshandelse.find("id >= ?1 order by id", forvantatId)
                    .page(0, SIDA).list();
            for (Granskningshandelse e : sida) {
                if (e.id != forvantatId) {
                    return new Resultat(false, antal, forvantatId, "Händelse " + forvantatId + " saknas (borttagen).");
                }
                if (!Objects.equals(e.foregaendeHash, foregaende)) {
                    return new Resultat(false, antal, e.id, "Länken till föregående händelse är bruten.");
                }
                if (!e.stammer()) {
                    return new Resultat(false, antal, e.id, "Händelsens innehåll har ändrats efter att den skrevs.");
                }
                Kontrollpunkter.Kontrollpunkt punkt = punkter.punkter().get(e.id);
                if (punkt != null && !punkt.hash().equals(e.hash)) {
                    return new Resultat(false, antal, e.id, "Händelse " + e.id + " stämmer inte med kontrollpunkten på rad "
                            + punkt.rad() + " i " + punkter.fil() + " (skriven " + punkt.tid() + "): kedjan har skrivits om"
                            + " eller händelser har tagits bort och id:n återanvänts.");
                }
                foregaende = e.hash;
                forvantatId++;
                antal++;
            }
            Granskningshandelse.getEntityManager().clear();
            if (sida.size() < SIDA) {
                break;
            }
        }
        Granskningskedja huvud = Granskningskedja.findById(Granskningskedja.HUVUD);
        if (huvud.senasteId != forvantatId - 1 || !Objects.equals(huvud.senasteHash, foregaende)) {
            return new Resultat(false, antal, huvud.senasteId,
                    "Kedjans sista händelse " + huvud.senasteId + " saknas (borttagen).");
        }
        Kontrollpunkter.Kontrollpunkt senaste = punkter.senaste();
        if (senaste != null && senaste.id() > huvud.senasteId) {
            return new Resultat(false, antal, huvud.senasteId + 1, "Kedjan slutar vid händelse " + huvud.senasteId
                    + ", men kontrollpunkten på rad " + senaste.rad() + " i " + punkter.fil() + " (skriven " + senaste.tid()
                    + ") visar att händelse " + senaste.id() + " fanns: händelserna " + (huvud.senasteId + 1) + "–"
                    + senaste.id() + " har tagits bort.", senaste.id());
        }
        return new Resultat(true, antal, null, null, senaste == null ? null : senaste.id());
    }
}
