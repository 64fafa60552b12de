package se.remiss.sammantrade;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;

/**
 * A nämnd's meeting calendar: everyone of the nämnd's unit (members included) reads it, the
 * nämndsekreterare keeps it.
 */
@Authenticated
@Path("/api/sammantraden")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sammanträden", description = "Nämndens sammanträdeskalender")
public class SammantradeApiResource {

    @Inject
    SammantradeService service;

    @Inject
    Sammantradeatkomst atkomst;

    @Inject
    RemissConfig config;

    @GET
    @Operation(summary = "Nämndens sammanträden", description = "Sida från 1. Filter: namnd (annars den egna), "
            + "ar. Sortera: datum (standard), sistaDagArenden, status, plats; ordning stigande (standard) eller fallande.")
    public SidaJson<SammantradeJson.Sammantrade> lista(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String namnd,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String ar,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String storlek,
            @RestQuery String sortera, @RestQuery String ordning) {
        Sammantradefilter filter = new Sammantradefilter(atkomst.egnaNamnder(), Parametrar.tal(namnd, "namnd"),
                Parametrar.heltal(ar, "ar"), sortera, "fallande".equals(ordning));
        if (filter.namnd() != null) {
            atkomst.namnd(filter.namnd());
        }
        return SidaJson.av(SammantradeSok.sok(filter, Parametrar.sida(sida), Parametrar.storlek(storlek, config.sidstorlek()))
                .map(SammantradeJson.Sammantrade::av));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg till ett sammanträde")
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response skapa(SammantradeJson.Uppgifter body) {
        SammantradeJson.Uppgifter u = body == null ? tom() : body;
        Organisation namnd = atkomst.namnd(u.namnd());
        Sammantrade s = service.skapa(namnd, u.uppgifter());
        return Response.created(URI.create("/api/sammantraden/" + s.id)).entity(hamta(s.id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Ett sammanträde")
    public SammantradeJson.Sammantrade hamta(@RestPath long id) {
        return SammantradeJson.Sammantrade.av(atkomst.sammantrade(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra ett sammanträde", description = "Med version: ändras bara om ingen annan har ändrat det.")
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public SammantradeJson.Sammantrade andra(@RestPath long id, SammantradeJson.Uppgifter body) {
        atkomst.kontrollera(id);
        service.andra(id, (body == null ? tom() : body).uppgifter());
        return SammantradeJson.Sammantrade.av(Sammantrade.hamta(id).orElseThrow());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Ta bort ett sammanträde", description = "version (krävs): den version som senast lästes. "
            + "Ett genomfört sammanträde kan inte tas bort (409).")
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response taBort(@RestPath long id, @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String version) {
        atkomst.kontrollera(id);
        Long v = Parametrar.tal(version, "version");
        if (v == null) {
            throw Valideringsfel.av("version", "Ange den version av sammanträdet som ska tas bort.");
        }
        service.taBort(id, v);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importera ett års sammanträden",
            description = "Filen i delen 'fil': CSV med rubrikraden datum;tid;plats;sista dag för ärenden "
                    + "(semikolon eller komma) eller iCalendar (.ics, en VEVENT per sammanträde). Allt eller inget: "
                    + "varje felaktig rad anges som rad[N]. Dagar som redan finns i kalendern lämnas orörda.")
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public SammantradeJson.Import importera(@RestForm("fil") FileUpload fil,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestForm String namnd) {
        Organisation n = atkomst.namnd(Parametrar.tal(namnd, "namnd"));
        if (fil == null || fil.uploadedFile() == null) {
            throw Valideringsfel.av("fil", "Välj en fil (CSV eller iCalendar).");
        }
        SammantradeService.Importresultat r = service.importera(n, fil.fileName(), las(fil));
        return new SammantradeJson.Import(r.tillagda(), r.redanIKalendern(),
                r.sammantraden().stream().map(s -> hamta(s.id)).toList());
    }

    @GET
    @Path("regel")
    @Operation(summary = "Nämndens planeringsregel",
            description = "Arbetsdagar före sammanträdet som är sista dag för ärenden, och före den som utlåtandet ska vara godkänt.")
    public SammantradeJson.Regel regel(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String namnd) {
        Organisation n = atkomst.namnd(Parametrar.tal(namnd, "namnd"));
        return regelJson(n, service.regel(n));
    }

    @PUT
    @Path("regel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra nämndens planeringsregel")
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public SammantradeJson.Regel andraRegel(SammantradeJson.Regelandring body) {
        SammantradeJson.Regelandring b = body == null ? new SammantradeJson.Regelandring(null, null, null) : body;
        Organisation n = atkomst.namnd(b.namnd());
        return regelJson(n, service.andraRegel(n, b.arendedagar(), b.godkannandedagar()));
    }

    private static SammantradeJson.Regel regelJson(Organisation n, SammantradeService.Regel r) {
        return new SammantradeJson.Regel(new SammantradeJson.NamndRef(n.id, n.namn), r.arendedagar(),
                r.godkannandedagar(), r.egen());
    }

    static byte[] las(FileUpload fil) {
        try {
            return Files.readAllBytes(fil.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SammantradeJson.Uppgifter tom() {
        return new SammantradeJson.Uppgifter(null, null, null, null, null, null, null, null);
    }
}
