package se.remiss.sammantrade;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.remiss.kalender.SvenskKalender;
import se.remiss.plattform.Klocka;

/**
 * The municipality's anslagstavla (kommunallagen 8 kap. 9–12 §§): public, without login. Every
 * justerat protokoll is announced from the day of justering until its appeal period has run out.
 */
@Path("/anslagstavla")
public class AnslagstavlaResource {

    @Inject
    Klocka klocka;

    @Inject
    SvenskKalender kalender;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance anslagstavla(List<ProtokollJson.Anslag> anslag);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Transactional
    public TemplateInstance sida() {
        return Templates.anslagstavla(anslag(klocka, kalender));
    }

    /** The notices up on {@code idag}, newest first: the page's and the API's one list. */
    static List<ProtokollJson.Anslag> anslag(Klocka klocka, SvenskKalender kalender) {
        Sammantradesplanering plan = new Sammantradesplanering(kalender);
        return Protokoll.anslagna(klocka.idag()).stream().map(p -> new ProtokollJson.Anslag(p.sammantrade.namnd.namn,
                p.sammantrade.datum, Protokolldokument.spann(p.paragrafer()), p.justerat, p.anslag, p.anslagNed,
                plan.overklagandetidSlut(p.anslag), p.sammantrade.namnd.namn + ", nämndsekreteraren")).toList();
    }
}
