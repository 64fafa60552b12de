package se.remiss.granskning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/** Pages of the audit trail: the administrator's search and verifier, and a remiss's history. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class GranskningWebResource {

    /** The form's values as typed, so that a page with errors shows them again. */
    public record Formvarden(String anvandare, String handling, String objekttyp, String objekt, String remiss,
            String utfall, String fran, String till) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sok(Sida<Granskningshandelse> sida, Formvarden varden, Listadress adress,
                List<Granskningshandelse.Utfall> utfall, Map<String, String> fel, Granskningsverifierare.Resultat resultat);

    }

    @Inject
    Granskningsverifierare verifierare;

    @Inject
    RemissConfig config;

    /** An administrator is cleared for the own organisation's documents under sekretess only. */
    @Inject
    Handelsemaskning maskning;

    @GET
    @Path("granskning")
    @RolesAllowed(Roll.ADMINISTRATOR)
    public TemplateInstance sok(@RestQuery String anvandare, @RestQuery String handling, @RestQuery String objekttyp,
            @RestQuery String objekt, @RestQuery String remiss, @RestQuery String utfall, @RestQuery String fran,
            @RestQuery String till, @RestQuery Integer sida) {
        return sida(new Formvarden(anvandare, handling, objekttyp, objekt, remiss, utfall, fran, till), sida, null);
    }

    /** Verifying reads only, so it is a GET: the result is shown above the search. */
    @GET
    @Path("granskning/verifiering")
    @RolesAllowed(Roll.ADMINISTRATOR)
    public TemplateInstance verifiera() {
        return sida(new Formvarden(null, null, null, null, null, null, null, null), 1, verifierare.verifiera());
    }

    private TemplateInstance sida(Formvarden v, Integer sida, Granskningsverifierare.Resultat resultat) {
        Listadress adress = new Listadress("/granskning").med("anvandare", v.anvandare()).med("handling", v.handling())
                .med("objekttyp", v.objekttyp()).med("objekt", v.objekt()).med("remiss", v.remiss())
                .med("utfall", v.utfall()).med("fran", v.fran()).med("till", v.till());
        List<Granskningshandelse.Utfall> utfall = List.of(Granskningshandelse.Utfall.values());
        try {
            GranskningSok.Filter filter = GranskningApiResource.filter(v.anvandare(), v.handling(), v.objekttyp(),
                    v.objekt(), v.remiss(), v.utfall(), v.fran(), v.till());
            return Templates.sok(maskning.sok(GranskningSok.sok(filter, Sida.sidnummer(sida), config.sidstorlek())), v, adress, utfall,
                    Map.of(), resultat);
        } catch (Valideringsfel e) {
            return Templates.sok(new Sida<>(List.of(), 1, config.sidstorlek(), 0), v, adress, utfall, e.perFalt(), resultat);
        }
    }
}
