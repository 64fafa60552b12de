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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;

/** The recipient's side: received remisser, a handläggare's cases, and moving a case along. */
@Authenticated
@Path("/api/mottagare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mottagare", description = "Mottagna remisser, tilldelning och status")
public class MottagareApiResource {

    @Inject
    RemissService service;

    @Inject
    AnstandService anstandService;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Namndplanering planering;

    @GET
    @Operation(summary = "Mottagna remisser",
            description = "Filtrera på organisation (mottagaren eller dess förvaltning) och/eller handlaggare; "
                    + "närmaste frist först.")
    public SidaJson<RemissJson.Mottagen> lista(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String organisation,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String handlaggare,
            @RestQuery Boolean avslutade,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String storlek) {
        Sida<Remissmottagare> rader = RemissSok.mottagarrader(atkomst.enhetsId(), Parametrar.tal(organisation, "organisation"),
                Parametrar.tal(handlaggare, "handlaggare"), Boolean.TRUE.equals(avslutade), klocka.idag(),
                Parametrar.sida(sida),
                Parametrar.storlek(storlek, config.sidstorlek()));
        Map<Long, Namndplanering.Plan> planer = planering.planer(rader.rader());
        return SidaJson.av(rader.map(m -> RemissJson.Mottagen.av(m, klocka.idag(), planer.get(m.id))));
    }

    @GET
    @Path("{id}")
    public RemissJson.Mottagen hamta(@RestPath long id) {
        Remissmottagare m = hamtad(id);
        return RemissJson.Mottagen.av(m, klocka.idag(), planering.planering(m));
    }

    @POST
    @Path("{id}/mottag")
    @Operation(summary = "Kvittera att remissen har tagits emot")
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Mottagen taEmot(@RestPath long id) {
        remissatkomst.kontrolleraEgenMottagare(id);
        service.taEmot(id, null);
        return hamta(id);
    }

    @POST
    @Path("{id}/tilldela")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tilldela en handläggare")
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Mottagen tilldela(@RestPath long id, RemissJson.Tilldelning body) {
        remissatkomst.kontrolleraEgenMottagare(id);
        service.tilldela(id, body == null ? null : body.handlaggare(), null);
        return hamta(id);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Byt status", description = "Tillåtna steg: SKICKAD → MOTTAGEN → TILLDELAD → UNDER_BEREDNING "
            + "→ (UTLATANDE_INSKICKAT, bara genom att skicka det undertecknade utlåtandet: "
            + "POST /api/utlatanden/{uid}/skicka) → BESVARAD, eller AVSTAR.")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public RemissJson.Mottagen status(@RestPath long id, RemissJson.Statusandring body) {
        remissatkomst.kontrolleraEgenMottagare(id);
        if (body == null) {
            throw Valideringsfel.av("status", "Välj en status.");
        }
        service.andraStatus(id, body.status(), null);
        return hamta(id);
    }

    @POST
    @Path("{id}/anstand")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Begär anstånd", description = "En senare sista dag för kontorsutlåtande, nämndprotokoll eller "
            + "båda, med motivering. Fristerna ändras först när avsändarens registrator beviljar: "
            + "POST /api/anstand/{id}/bevilja.")
    @APIResponse(responseCode = "201", description = "Begäran registrerad; Location är anståndet")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response begarAnstand(@RestPath long id, AnstandJson.Begaran body) {
        remissatkomst.kontrolleraEgenMottagare(id);
        AnstandJson.Begaran b = body == null ? new AnstandJson.Begaran(null, null, null) : body;
        Anstand a = anstandService.begar(id, b.sistaDagKontorsutlatande(), b.sistaDagNamndprotokoll(), b.motivering());
        return Response.created(URI.create("/api/anstand/" + a.id))
                .entity(AnstandJson.Anstand.av(Anstand.hamta(a.id).orElseThrow())).build();
    }

    @GET
    @Path("{id}/anstand")
    @Operation(summary = "Frister och anstånd", description = "Ursprungliga och nuvarande frister, varje ändring "
            + "(vem, när, varför) och varje begäran om anstånd med beslut.")
    public AnstandJson.Frister frister(@RestPath long id) {
        Remissmottagare m = hamtad(id);
        return AnstandJson.Frister.av(m, Fristhistorik.av(m));
    }

    @POST
    @Path("{id}/delegationsbeslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Besvarad utan sammanträde (delegationsbeslut)",
            description = "Vem som beslutade (namn och titel) och enligt vilken delegation (punkt i "
                    + "delegationsordningen, eller att förvaltningen svarar själv); datum ÅÅÅÅ-MM-DD, utan: i dag. "
                    + "Status blir BESVARAD; remissen avslutas när alla mottagare har svarat eller avstått.")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public RemissJson.Mottagen delegationsbeslut(@RestPath long id, RemissJson.Delegationsbeslut body) {
        remissatkomst.kontrolleraEgenMottagare(id);
        RemissJson.Delegationsbeslut b = body == null ? new RemissJson.Delegationsbeslut(null, null, null, null) : body;
        service.delegationsbeslut(id, b.beslutadAv(), b.delegation(), b.datum(), b.version());
        return hamta(id);
    }

    @POST
    @Path("{id}/avsta")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Avstå från att svara", description = "Med orsak. Status blir AVSTAR; remissen avslutas när "
            + "alla mottagare har svarat eller avstått.")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public RemissJson.Mottagen avsta(@RestPath long id, RemissJson.Avstar body) {
        remissatkomst.kontrolleraEgenMottagare(id);
        RemissJson.Avstar b = body == null ? new RemissJson.Avstar(null, null) : body;
        service.avsta(id, b.orsak(), b.version());
        return hamta(id);
    }

    private Remissmottagare hamtad(long id) {
        return remissatkomst.mottagare(id);
    }
}
