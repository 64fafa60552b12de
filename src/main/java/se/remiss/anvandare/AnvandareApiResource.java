package se.remiss.anvandare;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;

/**
 * Users and their roles, for administrators only (every method: the class's annotation). There is
 * no DELETE: a user who leaves is deactivated ({@code aktiv: false}) and stays in the record.
 */
@Path("/api/anvandare")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roll.ADMINISTRATOR)
@Tag(name = "Användare", description = "Användare och roller (administratörer)")
public class AnvandareApiResource {

    @Inject
    AnvandareService service;

    @Inject
    RemissConfig config;

    @Inject
    AktuellAnvandare inloggad;

    @GET
    @Operation(summary = "Lista användare",
            description = "Sida från 1, sorterad på namn. Filter: organisation (id), roll, aktiv (true/false), "
                    + "sok (namn eller användarnamn); sortera (namn, anvandarnamn, organisation, titel) och ordning.")
    public SidaJson<AnvandareJson.Post> lista(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String storlek,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String organisation,
            @RestQuery String roll,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String aktiv,
            @RestQuery String sok,
            @RestQuery String sortera,
            @RestQuery String ordning) {
        Anvandarfilter filter = Anvandarfilter.av(organisation, roll, aktiv, sok, sortera, ordning);
        return SidaJson.av(Anvandare.sok(filter, Parametrar.sida(sida), Parametrar.storlek(storlek,
                config.sidstorlek())).map(AnvandareJson.Post::av));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Hämta en användare")
    public AnvandareJson.Post hamta(@RestPath long id) {
        return AnvandareJson.Post.av(AnvandareService.hamta(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg upp en användare",
            description = "Användarnamn 2–60 tecken a–z, 0–9, . _ -; minst en roll; lösenord minst 10 tecken och "
                    + "högst 72 byte. Svarar 201 med Location. Okända fält avvisas.")
    public Response skapa(AnvandareJson.Ny ny) {
        Anvandare a = service.skapa(krav(ny).uppgifter(), inloggad.anvandare().id);
        return Response.created(URI.create("/api/anvandare/" + a.id)).entity(AnvandareJson.Post.av(a)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra en användare (också inaktivera: aktiv false)",
            description = "version från GET; en inaktuell version ger 409. Användarnamnet kan inte ändras. "
                    + "Ingen kan inaktivera sig själv eller ta bort sin egen administratörsroll (409).")
    public AnvandareJson.Post andra(@RestPath long id, AnvandareJson.Andring andring) {
        return AnvandareJson.Post.av(service.andra(id, krav(andring).uppgifter(), inloggad.anvandare().id));
    }

    @POST
    @Path("{id}/losenord")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sätt ett nytt lösenord åt en användare",
            description = "Avslutar användarens alla sessioner. Sitt eget lösenord byter man på /konto.")
    public Response sattLosenord(@RestPath long id, AnvandareJson.NyttLosenord nytt) {
        service.sattLosenord(id, krav(nytt).losenord(), null, inloggad.anvandare().id);
        return Response.noContent().build();
    }

    private static <T> T krav(T kropp) {
        if (kropp == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        return kropp;
    }
}
