package se.remiss.start;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.RemissSok;
import se.remiss.remiss.Remissfilter;
import se.remiss.remiss.Remissmottagare;
import se.remiss.remiss.Remissrad;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;
import se.remiss.sammantrade.Protokoll;
import se.remiss.utlatande.Utlatande;

/**
 * The start page after login: for each of the person's roles what waits for them, counted, with the
 * first few rows and a link to the full list (a recipient's registrator: remisser to acknowledge; a
 * sender's registrator: remisser with overdue answers; a handläggare: their cases; a signatory: drafts
 * to approve; an ordförande or justerare: protokoll to sign; a nämndsekreterare: what the nämnd's minutes
 * are still owed for).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StartWebResource {

    /** Rows shown per part; the rest are behind the part's link. */
    static final int RADER = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Startsida start, LocalDate idag);
    }

    private final Inloggad inloggad;
    private final Atkomst atkomst;
    private final Klocka klocka;

    StartWebResource(Inloggad inloggad, Atkomst atkomst, Klocka klocka) {
        this.inloggad = inloggad;
        this.atkomst = atkomst;
        this.klocka = klocka;
    }

    @GET
    public TemplateInstance start() {
        LocalDate idag = klocka.idag();
        long enhet = atkomst.enhetsId();
        Sida<Remissmottagare> nya = null;
        Sida<Remissrad> forsenade = null;
        long skickade = 0;
        if (inloggad.harRoll(Roll.REGISTRATOR)) {
            nya = RemissSok.mottagareMedStatus(enhet, Set.of(MottagarStatus.SKICKAD), false, RADER);
            skickade = RemissSok.skickadeAv(enhet);
            if (skickade > 0) {
                forsenade = RemissSok.remisser(new Remissfilter(enhet, null, true, null, null, "frist", false)
                        .inom(enhet), idag, 1, RADER);
            }
        }
        Sida<Remissmottagare> mina = null;
        long minaForsenade = 0;
        if (inloggad.harRoll(Roll.HANDLAGGARE)) {
            Long jag = inloggad.anvandare().id;
            mina = RemissSok.mottagarrader(enhet, null, jag, false, idag, 1, RADER);
            minaForsenade = RemissSok.forsenadeMottagare(enhet, jag, idag);
        }
        Sida<Remissmottagare> tillNamnden = inloggad.harRoll(Roll.NAMNDSEKRETERARE)
                ? RemissSok.mottagareMedStatus(enhet, MottagarStatus.vantarProtokoll(), true, RADER)
                : null;
        return Templates.start(new Startsida(enhet, nya, forsenade, skickade, mina, minaForsenade,
                Utlatande.attGodkanna(inloggad.anvandare()), Protokoll.attJustera(inloggad.anvandare()), tillNamnden), idag);
    }
}
