package se.remiss.remiss;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.diarium.Arendeatkomst;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.diarium.Nedladdning;
import se.remiss.granskning.GranskningJson;
import se.remiss.kalender.SvenskKalender;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;

@Authenticated
@Path("/api/remisser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remisser", description = "Registrera, dokumentera och skicka remisser")
public class RemissApiResource {

    @Inject
    RemissService service;

    @Inject
    DiariumService diarium;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    SvenskKalender kalender;

    @Inject
    Atkomst atkomst;

    @Inject
    Arendeatkomst arendeatkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Remisshistorik historik;

    @Inject
    Programinlasning programinlasning;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registrera en remiss (utkast)",
            description = "Grupp-id:n i mottagare expanderas till gruppens organisationer. Svarar 201 med Location.")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response registrera(RemissRegistrering registrering) {
        if (registrering == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        remissatkomst.kontrolleraAvsandare(registrering.avsandare());
        RemissService.Registrerad r = service.registrera(registrering, klocka.idag());
        return Response.created(URI.create("/api/remisser/" + r.remiss().id)).entity(json(r.remiss().id)).build();
    }

    @GET
    @Operation(summary = "Lista remisser", description = "Sida från 1. Filter: status, forsenade, ar, avsandare, sok.")
    public SidaJson<RemissJson.Remissrad> lista(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String storlek,
            @RestQuery String status,
            @RestQuery Boolean forsenade,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String ar,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String avsandare,
            @RestQuery String sok,
            @RestQuery String sortera,
            @RestQuery String ordning) {
        Remissfilter filter = new Remissfilter(Parametrar.tal(avsandare, "avsandare"),
                Parametrar.enumVarde(RemissStatus.class, status, "status"), Boolean.TRUE.equals(forsenade),
                Parametrar.heltal(ar, "ar"), sok, sortera, !"stigande".equals(ordning)).inom(atkomst.enhetsId());
        Sida<Remissrad> resultat = RemissSok.remisser(filter, klocka.idag(), Parametrar.sida(sida),
                Parametrar.storlek(storlek, config.sidstorlek()));
        return SidaJson.av(resultat.map(RemissJson.Remissrad::av));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Hämta en remiss med mottagarmatris och dokument")
    public RemissJson.Remiss hamta(@RestPath long id) {
        return json(id);
    }

    @GET
    @Path("{id}/historik")
    @Tag(name = "Granskning")
    @Operation(summary = "En remiss historik", description = "Avsändaren ser allt; en mottagare avsändarens och sina egna händelser.")
    public SidaJson<GranskningJson.Post> historik(@RestPath long id, @RestQuery String sida, @RestQuery String storlek) {
        Remiss remiss = remissatkomst.remiss(id);
        return SidaJson.av(historik.sida(remiss, Parametrar.sida(sida), Parametrar.storlek(storlek, config.sidstorlek()))
                .map(GranskningJson.Post::av));
    }

    @POST
    @Path("{id}/dokument")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Ladda upp en remisshandling",
            description = "Filen i delen 'fil'; valfri 'titel' (annars filens namn utan filändelse). "
                    + "'program' = true importerar dokumentet också som remissens program (nästa version): svaret "
                    + "har då 'program' (programversionens adress) eller 'programfel' (varför filen inte kunde "
                    + "läsas som ett program – dokumentet är registrerat ändå).")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response laddaUpp(@RestPath long id, @RestForm("fil") FileUpload fil, @RestForm String titel,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestForm String program) {
        remissatkomst.kontrolleraEgenRemiss(id);
        boolean somProgram = Boolean.TRUE.equals(Parametrar.sanning(program, "program"));
        Handling h = service.laggTillDokument(id, () -> diarium.lagraUppladdning(fil, "fil"), titel, klocka.idag());
        RemissJson.Dokument dokument = RemissJson.Dokument.av(id, h);
        if (somProgram) {
            try {
                dokument = dokument.medProgram("/api/program/" + programinlasning.importera(id, h.id), null);
            } catch (Valideringsfel e) {
                dokument = dokument.medProgram(null, e.fel().get(0).meddelande());
            }
        }
        return Response.created(URI.create("/api/remisser/" + id + "/dokument/" + h.id)).entity(dokument).build();
    }

    @GET
    @Path("{id}/mottagare/{mottagareId}")
    @Operation(summary = "En mottagare sedd av avsändaren",
            description = "Mottagarens rad (dnr, status, handläggare, frister), förloppet med datum och de "
                    + "remisshandlingar som skickades. Avsändaren ser alla mottagare, en mottagare bara sig själv.")
    public RemissJson.Mottagarvy mottagare(@RestPath long id, @RestPath long mottagareId) {
        Remissmottagare m = remissatkomst.mottagare(mottagareId);
        if (!m.remiss.id.equals(id)) {
            throw new HittasInte("Mottagaren finns inte på remissen.");
        }
        List<RemissJson.Steg> forlopp = Avsandarvy.forlopp(m).stream()
                .map(s -> new RemissJson.Steg(s.datum(), s.text())).toList();
        List<RemissJson.Dokument> skickat = m.remiss.dokument().stream()
                .map(d -> arendeatkomst.serInnehall(d) ? RemissJson.Dokument.av(id, d) : RemissJson.Dokument.maskerat(d))
                .toList();
        return new RemissJson.Mottagarvy(RemissJson.Mottagare.av(m, klocka.idag()), id, m.remiss.dnr(),
                m.remiss.skickad, forlopp, skickat);
    }

    @GET
    @Path("{id}/dokument/{dokumentId}")
    @Operation(summary = "Ett remissdokuments metadata")
    public RemissJson.Dokument dokument(@RestPath long id, @RestPath long dokumentId) {
        return RemissJson.Dokument.av(id, dokumentet(id, dokumentId));
    }

    @GET
    @Path("{id}/dokument/{dokumentId}/fil")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Ladda ner ett remissdokument")
    public Response fil(@RestPath long id, @RestPath long dokumentId) {
        return Nedladdning.av(dokumentet(id, dokumentId));
    }

    @POST
    @Path("{id}/skicka")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skicka remissen",
            description = "Registrerar remissen i varje mottagares diarium med mottagarens eget diarienummer. "
                    + "Innehållet är valfritt: {\"version\": n} skickar bara om remissen inte har ändrats sedan dess.")
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Remiss skicka(@RestPath long id, RemissJson.Skicka body) {
        remissatkomst.kontrolleraEgenRemiss(id);
        service.skicka(id, klocka.idag(), body == null ? null : body.version());
        return json(id);
    }

    /** A bare POST ({@code curl -X POST}) has no media type: it sends without a version check. */
    @POST
    @Path("{id}/skicka")
    @Operation(hidden = true)
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Remiss skickaUtanInnehall(@RestPath long id, byte[] innehall) {
        if (innehall != null && innehall.length > 0) {
            throw new NotSupportedException();
        }
        return skicka(id, null);
    }

    @POST
    @Path("{id}/mottagare")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg till mottagare (organisationer eller grupper) före utskick")
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Remiss laggTillMottagare(@RestPath long id, RemissJson.Mottagarandring body) {
        remissatkomst.kontrolleraEgenRemiss(id);
        service.laggTillMottagare(id, body == null ? null : body.mottagare());
        return json(id);
    }

    @DELETE
    @Path("{id}/mottagare/{mottagareId}")
    @Operation(summary = "Ta bort en mottagare före utskick")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response taBortMottagare(@RestPath long id, @RestPath long mottagareId) {
        remissatkomst.kontrolleraEgenRemiss(id);
        service.taBortMottagare(id, mottagareId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/mottagare/{mottagareId}/frister")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra en mottagares frister före utskick")
    @RolesAllowed({Roll.REGISTRATOR})
    public RemissJson.Mottagare andraFrister(@RestPath long id, @RestPath long mottagareId,
            RemissJson.Fristandring body) {
        remissatkomst.kontrolleraEgenRemiss(id);
        if (body == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        service.andraFrister(id, mottagareId, body.sistaDagKontorsutlatande(), body.sistaDagNamndprotokoll(),
                body.version());
        return RemissJson.Mottagare.av(Remissmottagare.hamta(mottagareId).orElseThrow(), klocka.idag());
    }

    /** The remiss as JSON; {@code varningar} flags default deadlines that fall on non-working days. */
    private RemissJson.Remiss json(long id) {
        Remiss remiss = remissatkomst.remiss(id);
        return RemissJson.Remiss.av(remiss, remissatkomst.synligaMottagare(remiss, Remissmottagare.matris(remiss)), remiss.dokument(),
                arendeatkomst::serInnehall,
                Fristkontroll.varningar(kalender, remiss.sistaDagKontorsutlatande, remiss.sistaDagNamndprotokoll, ""),
                klocka.idag());
    }

    private Handling dokumentet(long remissId, long dokumentId) {
        return remissatkomst.remissdokument(remissId, dokumentId);
    }
}
