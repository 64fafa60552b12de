package se.remiss.utlatande;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Roll;

/** The document templates in templates/ and whether each works, with the line of any error. */
@Path("/api/mallar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mallar", description = "Dokumentmallar för tjänsteutlåtanden")
@RolesAllowed({Roll.ADMINISTRATOR, Roll.HANDLAGGARE})
public class MallApiResource {

    @Inject
    UtlatandeRenderer renderer;

    @Inject
    UtlatandeService service;

    @GET
    @Operation(summary = "Mallarna och deras status",
            description = "Läses om från mappen vid varje anrop; ett fel anges med fil och rad.")
    public List<UtlatandeJson.Mall> lista() {
        Mallkatalog katalog = renderer.mallar();
        return katalog.alla().stream()
                .map(m -> UtlatandeJson.Mall.av(m, katalog.senasteKortidsfel(m.namn()).orElse(null))).toList();
    }

    @GET
    @Path("{namn}/prov")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Prova en mall mot ett ärende utan att skapa något utkast",
            description = "Ange mottagare (remissmottagare) eller arende i den egna organisationen; utan dem "
                    + "renderas mallen mot ett påhittat exempelärende.")
    public Response prov(@RestPath String namn,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String mottagare,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String arende) {
        String html = service.prov(namn, Parametrar.tal(mottagare, "mottagare"), Parametrar.tal(arende, "arende")).html();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
