package se.remiss.utlatande;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.remiss.plattform.Faltfel;

/**
 * What must be in place before a draft can be marked "klar för godkännande": the template's
 * required sections written, every citation found in the programme, a stance (for a remiss),
 * two signatories and both diarienummer. Each gap is a message naming what to do.
 */
public final class Fullstandighet {

    /** The facts the check looks at. {@code stallningstagandeKravs}: the case is a remiss. */
    public record Underlag(List<Mallavsnitt> avsnitt, Map<String, String> texter, List<Citatlage> citat,
            boolean stallningstagandeKravs, Stallningstagande stallningstagande, int antalUnderskrifter, String dnr,
            boolean avsandarensDnrKravs, String avsandarensDnr) {
    }

    private Fullstandighet() {
    }

    public static List<Faltfel> brister(Underlag u) {
        List<Faltfel> brister = new ArrayList<>();
        for (Mallavsnitt a : u.avsnitt()) {
            if (a.kravs() && Textformat.tom(u.texter().get(a.nyckel()))) {
                brister.add(new Faltfel("avsnitt." + a.nyckel(), "Avsnittet ”" + a.rubrik() + "” är inte ifyllt."));
            }
        }
        for (Citatlage c : u.citat()) {
            if (c.status() == Citatlage.Status.EJ_UPPLOST) {
                // The resolver's message starts with the code: "Hänvisningen [[9.9]]: avsnitt 9.9 finns inte …".
                brister.add(new Faltfel("citat", "Hänvisningen " + c.meddelande()));
            }
        }
        if (u.stallningstagandeKravs() && u.stallningstagande() == null) {
            brister.add(new Faltfel("stallningstagande", "Välj ställningstagande."));
        }
        if (u.antalUnderskrifter() < 2) {
            brister.add(new Faltfel("underskrifter", "Välj två undertecknare."));
        }
        if (u.dnr() == null || u.dnr().isBlank()) {
            brister.add(new Faltfel("dnr", "Ärendet har inget eget diarienummer."));
        }
        if (u.avsandarensDnrKravs() && (u.avsandarensDnr() == null || u.avsandarensDnr().isBlank())) {
            brister.add(new Faltfel("avsandarensDnr", "Avsändarens diarienummer saknas i ärendet."));
        }
        return brister;
    }
}
