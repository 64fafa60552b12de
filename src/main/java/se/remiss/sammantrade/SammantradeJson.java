package se.remiss.sammantrade;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.remiss.plattform.Datumformat;

/** The meeting calendar's JSON. */
public final class SammantradeJson {

    private SammantradeJson() {
    }

    public record NamndRef(Long id, String namn) {
    }

    public record Sammantrade(Long id, NamndRef namnd, LocalDate datum,
            @Schema(description = "TT:MM; null när tiden inte är bestämd") String starttid, String plats,
            LocalDate sistaDagArenden, String status, String statusEtikett, String anteckning, long version) {

        static Sammantrade av(se.remiss.sammantrade.Sammantrade s) {
            return new Sammantrade(s.id, new NamndRef(s.namnd.id, s.namnd.namn), s.datum,
                    s.starttid == null ? null : s.starttid.toString(), s.plats, s.sistaDagArenden, s.status.name(),
                    s.status.etikett, s.anteckning, s.version);
        }
    }

    @Schema(description = "Ett sammanträde att lägga till eller ändra. Datum som ÅÅÅÅ-MM-DD ("
            + Datumformat.MEDDELANDE + "), tid som TT:MM. Utan sistaDagArenden räknas den fram ur nämndens regel.")
    public record Uppgifter(Long namnd, String datum, String starttid, String plats, String sistaDagArenden,
            @Schema(enumeration = {"PLANERAT", "GENOMFORT", "INSTALLT"}) String status, String anteckning,
            Long version) {

        Sammantradesuppgifter uppgifter() {
            return new Sammantradesuppgifter(namnd, datum, starttid, plats, sistaDagArenden, status, anteckning, version);
        }
    }

    public record Import(int tillagda, int redanIKalendern, List<Sammantrade> sammantraden) {
    }

    public record Regel(NamndRef namnd, int arendedagar, int godkannandedagar, boolean egen) {
    }

    public record Regelandring(Long namnd, Integer arendedagar, Integer godkannandedagar) {
    }
}
