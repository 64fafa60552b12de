package se.remiss.granskning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;

/** The audit trail: the administrator's search and chain verification, and a remiss's history. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Granskning", description = "Granskningsloggen (vem gjorde vad, när)")
public class GranskningApiResource {

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
    @Operation(summary = "Sök i granskningsloggen", description = "Nyaste först. Filter: anvandare, handling, "
            + "objekttyp, objekt, remiss, utfall (LYCKADES/MISSLYCKADES/NEKAD), fran, till (ÅÅÅÅ-MM-DD).")
    public SidaJson<GranskningJson.Post> sok(@RestQuery String anvandare, @RestQuery String handling,
            @RestQuery String objekttyp, @RestQuery String objekt, @RestQuery String remiss, @RestQuery String utfall,
            @RestQuery String fran, @RestQuery String till, @RestQuery String sida, @RestQuery String storlek) {
        return SidaJson.av(maskning.sok(GranskningSok.sok(filter(anvandare, handling, objekttyp, objekt, remiss, utfall,
                fran, till), Parametrar.sida(sida), Parametrar.storlek(storlek, config.sidstorlek())))
                .map(GranskningJson.Post::av));
    }

    @POST
    @Path("granskning/verifiering")
    @RolesAllowed(Roll.ADMINISTRATOR)
    @Operation(summary = "Verifiera hela kedjan", description = "Räknar om varje händelses hash och länk.")
    public Granskningsverifierare.Resultat verifiera() {
        return verifierare.verifiera();
    }

    static GranskningSok.Filter filter(String anvandare, String handling, String objekttyp, String objekt,
            String remiss, String utfall, String fran, String till) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Long objektId = Formular.id(objekt, "objekt", fel);
        Long remissId = Formular.id(remiss, "remiss", fel);
        var franDag = Formular.datum(fran, "fran", fel);
        var tillDag = Formular.datum(till, "till", fel);
        fel.kastaOmFel();
        return new GranskningSok.Filter(anvandare, handling, objekttyp, objektId, remissId,
                Parametrar.enumVarde(Granskningshandelse.Utfall.class, utfall, "utfall"), franDag, tillDag);
    }
}
