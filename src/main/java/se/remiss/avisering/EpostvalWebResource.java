package se.remiss.avisering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.Parametrar;
import se.remiss.sakerhet.Inloggad;

/** The user's own choice of notification mails: each category on or off. */
@Authenticated
@Path("/konto/epost")
@Produces(MediaType.TEXT_HTML)
public class EpostvalWebResource {

    @Inject
    Inloggad inloggad;

    @Inject
    Granskning granskning;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance epost(Anvandare anvandare, List<Epostkategori> kategorier, Set<Epostkategori> av,
                boolean sparat, Map<String, String> fel);
    }

    @GET
    public TemplateInstance visa(@RestQuery String klart) {
        Anvandare a = inloggad.anvandare();
        return Templates.epost(a, List.of(Epostkategori.values()), Epostval.avstangda(a), "sparat".equals(klart),
                Map.of());
    }

    /** {@code pa}: the categories left on; every other one is turned off. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response spara(@RestForm List<String> pa) {
        Set<Epostkategori> pase = EnumSet.noneOf(Epostkategori.class);
        for (String k : pa == null ? List.<String>of() : pa) {
            pase.add(Parametrar.enumVarde(Epostkategori.class, k, "pa"));
        }
        Set<Epostkategori> av = EnumSet.allOf(Epostkategori.class);
        av.removeAll(pase);
        Anvandare a = inloggad.anvandare();
        Set<Epostkategori> fore = Epostval.avstangda(a);
        Epostval.satt(a, av);
        granskning.logga(Handelse.av("EPOSTVAL_ANDRAT", "Anvandare", a.id)
                .fore(Map.of("avstangda", fore.toString())).efter(Map.of("avstangda", av.toString())));
        return Response.seeOther(URI.create("/konto/epost?klart=sparat")).build();
    }
}
