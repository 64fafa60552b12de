package se.remiss.remiss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Roll;
import se.remiss.sakerhet.Inloggad;

/**
 * The sender's view of one recipient (issue 14.9): the recipient's dnr, status, handläggare and
 * deadlines, what happened when (from the audit trail), what was sent and what came back – never
 * the recipient's own ärende or drafts, and only links the sender may follow.
 */
@RequestScoped
public class Avsandarvy {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Klocka klocka;

    @Inject
    Inloggad inloggad;

    /** One dated step of a recipient's progress. */
    public record Steg(LocalDate datum, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mottagare(Remissmottagare m, List<Steg> forlopp, LocalDate idag,
                String meddelande, Fristhistorik historik, boolean kanBegara, boolean kanBesluta, Map<String, String> fel,
                Map<String, String> varden);
    }

    /** The page; the caller has checked that the user is the sender of {@code m}'s remiss. */
    public TemplateInstance sida(Remissmottagare m) {
        return sida(m, null, Map.of(), null);
    }

    /**
     * The page with a confirmation ({@code meddelande}, may be null) and the anstånd section: the sender's registrator decides a request here ({@code fel}
     * and {@code varden}: a refused decision's errors and typed values; null values: the dates asked for).
     */
    public TemplateInstance sida(Remissmottagare m, String meddelande, Map<String, String> fel,
            Map<String, String> varden) {
        Fristhistorik historik = Fristhistorik.av(m);
        Anstand oppet = historik.oppet();
        Map<String, String> alla = new HashMap<>();
        alla.put(AnstandService.K, oppet == null || oppet.begardKontorsutlatande == null ? ""
                : oppet.begardKontorsutlatande.toString());
        alla.put(AnstandService.N, oppet == null || oppet.begardNamndprotokoll == null ? ""
                : oppet.begardNamndprotokoll.toString());
        alla.put("motivering", "");
        alla.put("avslag", "");
        if (varden != null) {
            alla.putAll(varden);
        }
        boolean kanBesluta = inloggad.harRoll(Roll.REGISTRATOR) && !m.status.avslutad();
        return Templates.mottagare(m, forlopp(m), klocka.idag(), meddelande, historik, false, kanBesluta, fel, alla);
    }

    /**
     * Sent, received, assigned, each change of status, the statement's and the protokollsutdrag's arrival,
     * oldest first: the recipient's own events on its row of this remiss (the sender sees them in the
     * history too).
     */
    public static List<Steg> forlopp(Remissmottagare m) {
        List<Steg> steg = new ArrayList<>();
        if (m.remiss.skickad != null && m.status != MottagarStatus.EJ_SKICKAD) {
            steg.add(new Steg(m.remiss.skickad, "Remissen skickad och registrerad i mottagarens diarium"
                    + (m.dnr() == null ? "" : " (" + m.dnr() + ")")));
        }
        List<Granskningshandelse> handelser = Granskningshandelse.list("remissId = ?1 and objekttyp = ?2 and objektId = ?3"
                + " and utfall = ?4 order by id", m.remiss.id, "Remissmottagare", m.id, Granskningshandelse.Utfall.LYCKADES);
        for (Granskningshandelse h : handelser) {
            String text = switch (h.handling) {
                case "REMISS_MOTTAGEN" -> "Kvitterad som mottagen";
                case "HANDLAGGARE_TILLDELAD" -> "Handläggare tilldelad";
                case "STATUS_ANDRAD" -> "Status ändrad till " + status(h.efter);
                default -> null;
            };
            if (text != null) {
                steg.add(new Steg(h.tidpunkt.atZone(Klocka.STOCKHOLM).toLocalDate(), text));
            }
        }
        if (m.utlatandeInskickat != null) {
            steg.add(new Steg(m.utlatandeInskickat, "Undertecknat tjänsteutlåtande mottaget"));
        }
        if (m.protokollHandling != null) {
            steg.add(new Steg(m.besvarad, "Nämndens protokollsutdrag mottaget, remissen besvarad"));
        }
        return steg;
    }

    /** The new status an audit event's after-values name, as the pages write it. */
    private static String status(String efter) {
        try {
            JsonNode status = efter == null ? null : JSON.readTree(efter).get("status");
            return status == null ? "okänd" : "\"" + MottagarStatus.valueOf(status.asText()).etikett + "\"";
        } catch (java.io.IOException | IllegalArgumentException e) {
            return "okänd";
        }
    }
}
