package se.remiss.utlatande;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.remiss.anvandare.Anvandare;

/**
 * What the handläggare decides in a draft, saved or still in the form: the preview renders unsaved
 * content through the same path as saved.
 */
public record Innehall(Stallningstagande stallningstagande, LocalDate datum, String amne,
        List<Anvandare> underskrifter, Map<String, String> texter, Anvandare handlaggare, String status, int version) {

    public static Innehall av(Utlatande u) {
        return new Innehall(u.stallningstagande, u.datum, u.amne, u.underskrifter(), Map.copyOf(u.texter),
                u.handlaggare, u.status.etikett, u.versionsnummer);
    }
}
