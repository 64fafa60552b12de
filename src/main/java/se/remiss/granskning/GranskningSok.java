package se.remiss.granskning;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.remiss.granskning.Granskningshandelse.Utfall;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/** The administrator's search in the audit trail, newest first; and one remiss's history. */
public final class GranskningSok {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Search filters; null means "any". Dates are Swedish calendar days, inclusive. */
    public record Filter(String anvandare, String handling, String objekttyp, Long objektId, Long remiss,
            Utfall utfall, LocalDate fran, LocalDate till) {
    }

    private GranskningSok() {
    }

    public static Sida<Granskningshandelse> sok(Filter f, int sida, int storlek) {
        StringBuilder villkor = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.anvandare() != null && !f.anvandare().isBlank()) {
            villkor.append(" and anvandarnamn = :anvandare");
            p.put("anvandare", f.anvandare().strip());
        }
        if (f.handling() != null && !f.handling().isBlank()) {
            villkor.append(" and handling = :handling");
            p.put("handling", f.handling().strip());
        }
        if (f.objekttyp() != null && !f.objekttyp().isBlank()) {
            villkor.append(" and objekttyp = :objekttyp");
            p.put("objekttyp", f.objekttyp().strip());
        }
        if (f.objektId() != null) {
            villkor.append(" and objektId = :objektId");
            p.put("objektId", f.objektId());
        }
        if (f.remiss() != null) {
            villkor.append(" and remissId = :remiss");
            p.put("remiss", f.remiss());
        }
        if (f.utfall() != null) {
            villkor.append(" and utfall = :utfall");
            p.put("utfall", f.utfall());
        }
        if (f.fran() != null && f.till() != null && f.till().isBefore(f.fran())) {
            throw Valideringsfel.av("till", "Till-datumet ligger före från-datumet.");
        }
        if (f.fran() != null) {
            villkor.append(" and tidpunkt >= :fran");
            p.put("fran", f.fran().atStartOfDay(STOCKHOLM).toInstant());
        }
        if (f.till() != null) {
            villkor.append(" and tidpunkt < :till");
            p.put("till", f.till().plusDays(1).atStartOfDay(STOCKHOLM).toInstant());
        }
        PanacheQuery<Granskningshandelse> fraga = Granskningshandelse.find(villkor.toString(), Sort.descending("id"), p);
        return new Sida<>(fraga.page(sida - 1, storlek).list(), sida, storlek, fraga.count());
    }

    /** The object type of the recipient's drafts, kept out of the sender's view of a remiss's history. */
    private static final String UTKAST = "Utlatande";
    private static final String MOTTAGARRAD = "Remissmottagare";

    /**
     * A remiss's history as one organisation may see it: the sender ({@code egnaMottagare} null)
     * sees every event but the recipients' work on their tjänsteutlåtanden (a draft is the
     * recipient's own until it is sent); a recipient its own events and the sender's, of those
     * about a recipient row (deadlines, removal) only the ones about its own rows.
     */
    public static Sida<Granskningshandelse> historik(long remissId, long enhet, List<Long> egnaMottagare, int sida,
            int storlek) {
        PanacheQuery<Granskningshandelse> fraga = egnaMottagare == null
                ? Granskningshandelse.find("remissId = ?1 and (objekttyp is null or objekttyp <> ?2 or organisationId = ?3)",
                        Sort.descending("id"), remissId, UTKAST, enhet)
                : Granskningshandelse.find("remissId = ?1 and (organisationId = ?2 or ((organisationId in"
                        + " (select r.avsandare.id from Remiss r where r.id = ?1)"
                        + " or organisationId in (select r.avsandare.forvaltning.id from Remiss r where r.id = ?1))"
                        + " and (objekttyp is null or objekttyp <> ?3 or objektId in ?4)))",
                        Sort.descending("id"), remissId, enhet, MOTTAGARRAD,
                        egnaMottagare.isEmpty() ? List.of(-1L) : egnaMottagare);
        return new Sida<>(fraga.page(sida - 1, storlek).list(), sida, storlek, fraga.count());
    }
}
