package se.remiss.kalenderflode;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissatkomst;
import se.remiss.sakerhet.Inloggad;

/** The user's own calendar feeds: list, make (the address shown once) and revoke. */
@Authenticated
@Path("/api/konto/kalendrar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kalendrar", description = "Privata kalenderflöden (iCalendar) med fristerna")
public class KontoKalenderApiResource {

    @Inject
    Kalenderfloden floden;

    @Inject
    Inloggad inloggad;

    @Inject
    Remissatkomst remissatkomst;

    @GET
    @Operation(summary = "Mina kalenderflöden", description = "Utan adresserna: de visas bara när flödet skapas.")
    public List<KalenderJson.Kalender> lista() {
        return Kalenderprenumeration.forAnvandare(inloggad.anvandare()).stream()
                .map(k -> KalenderJson.Kalender.av(k, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skapa ett kalenderflöde", description = "MINA (mina ärendens frister), ORGANISATION "
            + "(organisationens inkomna remisser) eller REMISS (varje mottagares frister i en remiss som den egna "
            + "organisationen skickat). Svaret innehåller adressen med den hemliga nyckeln – den visas bara här.")
    @APIResponse(responseCode = "201", description = "Skapat; adress är flödets hemliga adress")
    public Response skapa(KalenderJson.Ny body, UriInfo uri) {
        KalenderJson.Ny ny = body == null ? new KalenderJson.Ny(null, null, null) : body;
        Remiss remiss = ny.typ() == Flodestyp.REMISS && ny.remiss() != null ? remissatkomst.egenRemiss(ny.remiss()) : null;
        Kalenderfloden.Ny skapad = floden.skapa(inloggad.anvandare(), ny.typ(), remiss, ny.namn());
        return Response.created(URI.create("/api/konto/kalendrar/" + skapad.prenumeration().id))
                .entity(KalenderJson.Kalender.av(skapad.prenumeration(), adress(uri, skapad.token()))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Återkalla ett kalenderflöde", description = "Adressen svarar 404 därefter.")
    @APIResponse(responseCode = "204", description = "Återkallat")
    public Response aterkalla(@RestPath long id) {
        floden.aterkalla(inloggad.anvandare(), id);
        return Response.noContent().build();
    }

    static String adress(UriInfo uri, String token) {
        return uri.getBaseUri().resolve("kalender/" + token + ".ics").toString();
    }
}
