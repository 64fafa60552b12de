package se.remiss.remiss;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.remiss.kalender.SvenskKalender;
import se.remiss.plattform.Valideringsfel;

/**
 * The rules for a pair of deadlines: both given, the minutes deadline not before the statement
 * deadline, neither before the day the remiss goes out. A deadline on a day that is not a
 * working day is not an error but a warning with the next working day proposed.
 */
public final class Fristkontroll {

    /** A non-blocking remark about one field, with the date we propose instead. */
    public record Varning(String falt, String meddelande, LocalDate foreslagetDatum) {
    }

    private Fristkontroll() {
    }

    public static void kontrollera(LocalDate kontorsutlatande, LocalDate namndprotokoll, LocalDate tidigast,
            String prefix, Valideringsfel.Samlare samlare) {
        String k = prefix + "sistaDagKontorsutlatande";
        String n = prefix + "sistaDagNamndprotokoll";
        if (kontorsutlatande == null) {
            samlare.fel(k, "Ange sista dag för kontorsutlåtande.");
        } else if (kontorsutlatande.isBefore(tidigast)) {
            samlare.fel(k, "Sista dag för kontorsutlåtande kan inte ligga före " + tidigast + ".");
        }
        if (namndprotokoll == null) {
            samlare.fel(n, "Ange sista dag för nämndprotokoll.");
        } else if (namndprotokoll.isBefore(tidigast)) {
            samlare.fel(n, "Sista dag för nämndprotokoll kan inte ligga före " + tidigast + ".");
        } else if (kontorsutlatande != null && namndprotokoll.isBefore(kontorsutlatande)) {
            samlare.fel(n, "Sista dag för nämndprotokoll kan inte ligga före sista dag för kontorsutlåtande ("
                    + kontorsutlatande + ").");
        }
    }

    public static List<Varning> varningar(SvenskKalender kalender, LocalDate kontorsutlatande,
            LocalDate namndprotokoll, String prefix) {
        List<Varning> varningar = new ArrayList<>();
        lagg(kalender, kontorsutlatande, prefix + "sistaDagKontorsutlatande", varningar);
        lagg(kalender, namndprotokoll, prefix + "sistaDagNamndprotokoll", varningar);
        return varningar;
    }

    private static void lagg(SvenskKalender kalender, LocalDate datum, String falt, List<Varning> varningar) {
        if (datum == null) {
            return;
        }
        SvenskKalender.Kontroll kontroll = kalender.kontrollera(datum);
        if (!kontroll.arbetsdag()) {
            varningar.add(new Varning(falt, kontroll.meddelande(), kontroll.foreslagetDatum()));
        }
    }
}
