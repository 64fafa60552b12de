package se.remiss.sammantrade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.remiss.anvandare.Anvandare;

/** The API's view of a meeting's agenda, protokoll, §§ and the public anslagstavla. */
public final class ProtokollJson {

    private ProtokollJson() {
    }

    public record Person(long id, String anvandarnamn, String namn) {
        static Person av(Anvandare a) {
            return a == null ? null : new Person(a.id, a.anvandarnamn, a.namn);
        }
    }

    public record Punkt(long id, int ordning, String rubrik, String utlatande, Long arende, String dnr,
            String beslutsforslag) {
        static Punkt av(Dagordningspunkt p) {
            return new Punkt(p.id, p.ordning, p.rubrik, p.utlatande == null ? null : p.utlatande.uid,
                    p.arende == null ? null : p.arende.id, p.arende == null ? null : p.arende.dnr, p.beslutsforslag);
        }
    }

    /** One version of the agenda; {@code pdf} the address of the published PDF (null until published). */
    public record Foredragningslista(long sammantrade, int version, boolean publicerad, Instant publicerades,
            String publiceradAv, String pdf, List<Punkt> punkter, List<Integer> versioner) {
    }

    public static Foredragningslista lista(se.remiss.sammantrade.Foredragningslista l) {
        return new Foredragningslista(l.sammantrade.id, l.versionsnummer, l.arPublicerad(), l.publicerad,
                l.publiceradAv == null ? null : l.publiceradAv.anvandarnamn,
                l.arPublicerad() ? "/api/sammantraden/" + l.sammantrade.id + "/foredragningslista/" + l.versionsnummer + "/pdf"
                        : null,
                l.punkter().stream().map(Punkt::av).toList(),
                se.remiss.sammantrade.Foredragningslista.versioner(l.sammantrade).stream().map(v -> v.versionsnummer).toList());
    }

    public record Paragraf(long id, int nummer, int ar, String beteckning, String rubrik, String beslutstext,
            String reservationer, String sarskildaUttalanden, Long punkt, String utlatande, Long arende, String dnr,
            Long mottagare, boolean utdrag, String intygatAv, Instant skickat, String utdragPdf) {
        static Paragraf av(se.remiss.sammantrade.Paragraf g) {
            return new Paragraf(g.id, g.nummer, g.ar, g.beteckning(), g.rubrik, g.beslutstext, g.reservationer,
                    g.sarskildaUttalanden, g.punkt == null ? null : g.punkt.id, g.utlatande == null ? null : g.utlatande.uid,
                    g.arende == null ? null : g.arende.id, g.arende == null ? null : g.arende.dnr,
                    g.utlatande == null || g.utlatande.mottagare == null ? null : g.utlatande.mottagare.id,
                    g.utdragSha256 != null, g.utdragIntygatAv == null ? null : g.utdragIntygatAv.anvandarnamn,
                    g.utdragSkickat, g.utdragSha256 == null ? null
                            : "/api/sammantraden/" + g.protokoll.sammantrade.id + "/paragrafer/" + g.id + "/utdrag");
        }
    }

    public record Justering(int ordning, String roll, Person undertecknare, Instant tidpunkt) {
    }

    /** Justering within 14 days of the meeting: the last day, the day count and I_TID, SNART (day 10 on) or FORSENAD. */
    public record Justeringsfrist(LocalDate sistaDag, long dag, String lage) {
    }

    public record Protokoll(long id, long sammantrade, String namnd, LocalDate datum, String status,
            String statusEtikett, Person ordforande, Person justerare, Person sekreterare, List<Person> narvarande,
            String ovrigaNarvarande, List<Paragraf> paragrafer, List<Justering> justeringar, Person nastaJusterare,
            Justeringsfrist justeringsfrist, LocalDate justerat, LocalDate anslag, LocalDate overklagandeTill,
            LocalDate anslagNed, String pdf,
            long version) {
    }

    /** The agenda version a new one starts from. */
    public record Version(Integer version) {
    }

    /** The new order: every item's id once. */
    public record Ordning(List<Long> punkter) {
    }

    /** One notice on the anslagstavla. */
    public record Anslag(String namnd, LocalDate sammantrade, String paragrafer, LocalDate justerat, LocalDate anslag,
            LocalDate anslagNed, LocalDate overklagandeTill, String forvaringsplats) {
    }
}
