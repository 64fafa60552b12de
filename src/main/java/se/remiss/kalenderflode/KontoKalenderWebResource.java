package se.remiss.kalenderflode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.RemissStatus;
import se.remiss.remiss.Remissatkomst;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/**
 * The account's calendar feeds. Making one answers with a page showing its address once, not with a
 * redirect: the secret may not travel in a URL nor be stored to show it again.
 */
@Authenticated
@Path("/konto/kalendrar")
@Produces(MediaType.TEXT_HTML)
public class KontoKalenderWebResource {

    @Inject
    Kalenderfloden floden;

    @Inject
    Inloggad inloggad;

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kalendrar(List<Kalenderprenumeration> kalendrar, List<Remiss> remisser,
                Kalenderprenumeration ny, String adress, boolean aterkallad, Map<String, String> fel);
    }

    @GET
    public TemplateInstance lista(@RestQuery String klart) {
        return sida(null, null, "aterkallad".equals(klart), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skapa(@RestForm String typ, @RestForm String remiss, @RestForm String namn, UriInfo uri) {
        try {
            Flodestyp t = Parametrar.enumVarde(Flodestyp.class, typ, "typ");
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long remissId = Formular.id(remiss, "remiss", fel);
            fel.kastaOmFel();
            Remiss r = t == Flodestyp.REMISS && remissId != null ? remissatkomst.egenRemiss(remissId) : null;
            Kalenderfloden.Ny ny = floden.skapa(inloggad.anvandare(), t, r, namn);
            return Response.ok(sida(ny.prenumeration(), KontoKalenderApiResource.adress(uri, ny.token()), false, Map.of()))
                    .header("Cache-Control", "no-store").build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(sida(null, null, false, e.perFalt())).build();
        }
    }

    @POST
    @Path("{id}/aterkalla")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response aterkalla(@RestPath long id) {
        floden.aterkalla(inloggad.anvandare(), id);
        return Response.seeOther(URI.create("/konto/kalendrar?klart=aterkallad")).build();
    }

    private TemplateInstance sida(Kalenderprenumeration ny, String adress, boolean aterkallad, Map<String, String> fel) {
        // The sender's feeds: remisser the user's unit has sent (newest first).
        List<Remiss> remisser = Remiss.<Remiss>find("(avsandare.id = ?1 or avsandare.forvaltning.id = ?1) and status <> ?2 "
                + "order by skickad desc, id desc", atkomst.enhetsId(), RemissStatus.UTKAST).page(0, 200).list();
        return Templates.kalendrar(Kalenderprenumeration.forAnvandare(inloggad.anvandare()), remisser, ny, adress,
                aterkallad, fel);
    }
}
