package se.remiss.granskning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/**
 * Walks the whole chain and recomputes it: every row's hash, every link to the previous row,
 * consecutive ids, and the chain head. The first break found is reported.
 */
@ApplicationScoped
public class Granskningsverifierare {

    private static final int SIDA = 1000;

    public record Resultat(boolean hel, long kontrollerade, Long forstaFelId, String fel) {
    }

    @Transactional
    public Resultat verifiera() {
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
        return new Resultat(true, antal, null, null);
    }
}
