package se.remiss.remiss;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.plattform.Roll;

/** The sender's side of anstånd: a recipient's request, granted or refused by the sender's registrator. */
@Authenticated
@Path("/api/anstand")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anstånd", description = "Begäran om senare frister och avsändarens beslut")
public class AnstandApiResource {

    @Inject
    AnstandService service;

    @Inject
    Remissatkomst remissatkomst;

    @GET
    @Path("{id}")
    @Operation(summary = "En begäran om anstånd", description = "För avsändaren och mottagaren.")
    public AnstandJson.Anstand hamta(@RestPath long id) {
        return AnstandJson.Anstand.av(remissatkomst.anstand(id));
    }

    @POST
    @Path("{id}/bevilja")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bevilja anstånd", description = "Utan datum beviljas de begärda dagarna; med datum i stället "
            + "de angivna. Mottagarens frister ändras och ändringen sparas i historiken.")
    @RolesAllowed({Roll.REGISTRATOR})
    public AnstandJson.Anstand bevilja(@RestPath long id, AnstandJson.Beviljande body) {
        remissatkomst.kontrolleraAnstandTillEgenRemiss(id);
        AnstandJson.Beviljande b = body == null ? new AnstandJson.Beviljande(null, null, null, null) : body;
        service.bevilja(id, b.sistaDagKontorsutlatande(), b.sistaDagNamndprotokoll(), b.motivering(), b.version());
        return hamta(id);
    }

    @POST
    @Path("{id}/avsla")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Avslå anstånd", description = "Med motivering; fristerna ligger kvar.")
    @RolesAllowed({Roll.REGISTRATOR})
    public AnstandJson.Anstand avsla(@RestPath long id, AnstandJson.Avslag body) {
        remissatkomst.kontrolleraAnstandTillEgenRemiss(id);
        AnstandJson.Avslag b = body == null ? new AnstandJson.Avslag(null, null) : body;
        service.avsla(id, b.motivering(), b.version());
        return hamta(id);
    }
}
