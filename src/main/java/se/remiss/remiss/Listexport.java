package se.remiss.remiss;

import java.time.LocalDate;
import java.util.List;
import se.remiss.plattform.Tabell;

/**
 * The exported lists of the remiss pages as tables (written by {@link se.remiss.plattform.Tabellexport}):
 * the remiss list, a remiss's recipient matrix, and the recipient rows of Inkomna and Mina ärenden.
 * The columns are the pages' columns, with dates as dates and counts as numbers.
 */
public final class Listexport {

    private Listexport() {
    }

    public static Tabell remisser(List<Remissrad> rader) {
        Tabell t = new Tabell("Remisser", "Diarienummer", "Titel", "Avsändare", "Status", "Registrerad", "Skickad",
                "Sista dag kontorsutlåtande", "Sista dag nämndprotokoll", "Mottagare", "Besvarade eller avstår",
                "Försenade");
        for (Remissrad rad : rader) {
            Remiss r = rad.remiss();
            t.rad(r.dnr(), r.titel, r.avsandare.namn, r.status.etikett, r.registrerad, r.skickad,
                    r.sistaDagKontorsutlatande, r.sistaDagNamndprotokoll, rad.mottagare(), rad.klara(), rad.forsenade());
        }
        return t;
    }

    /**
     * A remiss's recipient matrix as the sender sees it; {@code bas} is the application's absolute
     * address (for the links to the signed statements).
     */
    public static Tabell matris(Remiss remiss, List<Remissmottagare> mottagare, LocalDate idag, String bas) {
        Tabell t = new Tabell("Mottagare", "Mottagare", "Mottagarens dnr", "Status", "Handläggare",
                "Sista dag kontorsutlåtande", "Sista dag nämndprotokoll", "Dagar kvar", "Försenad",
                "Utlåtande inskickat", "Undertecknat utlåtande");
        for (Remissmottagare m : mottagare) {
            Frist frist = m.frist(idag);
            t.rad(m.organisation.namn, m.dnr(), m.status.etikett, m.handlaggare == null ? null : m.handlaggare.namn,
                    m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll, frist.dagarKvar(), frist.forsenad() ? "Ja" : "Nej",
                    m.utlatandeInskickat, utlatandelank(remiss, m, bas));
        }
        return t;
    }

    /** The recipient rows of Inkomna remisser or Mina ärenden, named {@code namn}. */
    public static Tabell mottagarrader(String namn, List<Remissmottagare> rader, LocalDate idag) {
        Tabell t = new Tabell(namn, "Remiss", "Avsändare", "Avsändarens dnr", "Mottagare", "Mottagarens dnr", "Status",
                "Handläggare", "Sista dag kontorsutlåtande", "Sista dag nämndprotokoll", "Dagar kvar", "Försenad");
        for (Remissmottagare m : rader) {
            Frist frist = m.frist(idag);
            t.rad(m.remiss.titel, m.remiss.avsandare.namn, m.remiss.dnr(), m.organisation.namn, m.dnr(),
                    m.status.etikett, m.handlaggare == null ? null : m.handlaggare.namn, m.sistaDagKontorsutlatande,
                    m.sistaDagNamndprotokoll, frist.dagarKvar(), frist.forsenad() ? "Ja" : "Nej");
        }
        return t;
    }

    /** The link to a recipient's signed statement in the sender's ärende, as the matrix has it; null before it came. */
    public static Tabell.Lank utlatandelank(Remiss remiss, Remissmottagare m, String bas) {
        if (m.utlatandeHandling == null) {
            return null;
        }
        return new Tabell.Lank("Undertecknat utlåtande", bas + utlatandeadress(remiss, m));
    }

    /** The address (path) of a recipient's signed statement, as the matrix links it. */
    public static String utlatandeadress(Remiss remiss, Remissmottagare m) {
        return handlingsadress(remiss, m.utlatandeHandling);
    }

    /** The address (path) of a document registered in the remiss's ärende (an answer that came in); null for none. */
    public static String handlingsadress(Remiss remiss, se.remiss.diarium.Handling h) {
        return h == null ? null : "/arenden/" + remiss.arende.id + "/handlingar/" + h.id + "/fil";
    }

    /** The same document through the API ("/api/arenden/…/fil"); null for none. */
    public static String apiadress(Remiss remiss, se.remiss.diarium.Handling h) {
        return h == null ? null : "/api" + handlingsadress(remiss, h);
    }
}
