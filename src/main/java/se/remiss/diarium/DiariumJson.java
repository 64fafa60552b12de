package se.remiss.diarium;

import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the diarium API. */
public final class DiariumJson {

    private DiariumJson() {
    }

    public record NyttArende(ArendeTyp typ, String rubrik, String motpart, String motpartensDnr, String kod) {
    }

    public record HandlingPost(Long id, int nummer, Riktning riktning, HandlingTyp typ, LocalDate datum,
            String motpart, String titel, String filnamn, String mimetyp, Long storlek, String sha256, String href) {
        static HandlingPost av(Handling h) {
            return new HandlingPost(h.id, h.nummer, h.riktning, h.typ, h.datum, h.motpart, h.titel, h.filnamn,
                    h.mimetyp, h.storlek, h.sha256,
                    h.harFil() ? "/api/arenden/" + h.arende.id + "/handlingar/" + h.id + "/fil" : null);
        }
    }

    public record ArendePost(Long id, String dnr, Integer ar, Long lopnummer, String kod, ArendeTyp typ,
            String rubrik, String motpart, String motpartensDnr, LocalDate registrerat, Long organisation,
            String organisationNamn, List<HandlingPost> handlingar) {
        static ArendePost av(Arende a, boolean medHandlingar) {
            return new ArendePost(a.id, a.dnr, a.ar, a.lopnummer, a.kod, a.typ, a.rubrik, a.motpart, a.motpartensDnr,
                    a.registrerat, a.organisation.id, a.organisation.namn,
                    medHandlingar ? a.handlingar.stream().map(HandlingPost::av).toList() : null);
        }
    }
}
