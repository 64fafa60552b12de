package se.remiss.diarium;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** JSON shapes of the diarium API. */
public final class DiariumJson {

    private DiariumJson() {
    }

    public record NyttArende(ArendeTyp typ, String rubrik, String motpart, String motpartensDnr, String kod) {
    }

    /** A document; under sekretess, for someone not cleared, only the number, date and marking show. */
    public record HandlingPost(Long id, int nummer, Riktning riktning, HandlingTyp typ, LocalDate datum,
            String motpart, String titel, String filnamn, String mimetyp, Long storlek, String sha256, String href,
            Sekretess sekretess) {
        static HandlingPost av(Handling h, boolean synlig) {
            Sekretess s = h.arSekretess() ? new Sekretess(h.sekretessOsl, h.sekretessDatum,
                    h.sekretessOrganisation.id, h.sekretessOrganisation.namn) : null;
            if (!synlig) {
                return new HandlingPost(h.id, h.nummer, h.riktning, h.typ, h.datum, null, h.maskeradTitel(), null,
                        null, null, null, null, s);
            }
            return new HandlingPost(h.id, h.nummer, h.riktning, h.typ, h.datum, h.motpart, h.titel, h.filnamn,
                    h.mimetyp, h.storlek, h.sha256,
                    h.harFil() ? "/api/arenden/" + h.arende.id + "/handlingar/" + h.id + "/fil" : null, s);
        }
    }

    public record Markering(String osl) {
    }

    public record Sekretess(String osl, LocalDate datum, Long organisation, String organisationNamn) {
    }

    public record ArendePost(Long id, String dnr, Integer ar, Long lopnummer, String kod, ArendeTyp typ,
            String rubrik, String motpart, String motpartensDnr, LocalDate registrerat, Long organisation,
            String organisationNamn, List<HandlingPost> handlingar, String handlaggare) {
        static ArendePost av(Arende a, Predicate<Handling> synlig) {
            return new ArendePost(a.id, a.dnr, a.ar, a.lopnummer, a.kod, a.typ, a.rubrik, a.motpart, a.motpartensDnr,
                    a.registrerat, a.organisation.id, a.organisation.namn,
                    synlig != null ? a.handlingar.stream().map(h -> HandlingPost.av(h, synlig.test(h))).toList() : null,
                    a.handlaggare == null ? null : a.handlaggare.namn);
        }
    }
}
