package se.remiss.diarium;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.SidaJson;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

@Authenticated
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diarium", description = "Ärenden och registrerade handlingar")
public class DiariumApiResource {

    @Inject
    DiariumService service;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    Atkomst atkomst;

    @Inject
    Arendeatkomst arendeatkomst;

    @Inject
    Inloggad inloggad;

    @POST
    @Path("diarium/{organisation}/arenden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registrera ett ärende", description = "Får nästa diarienummer i organisationens serie.")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response registrera(@RestPath long organisation, DiariumJson.NyttArende nytt) {
        Organisation org = atkomst.egenOrganisation(organisation);
        if (nytt == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("rubrik", nytt.rubrik(), 500, "Rubrik");
        fel.valfriText("motpart", nytt.motpart(), 300, "Motpart");
        fel.valfriText("motpartensDnr", nytt.motpartensDnr(), 80, "Motpartens diarienummer");
        fel.valfriText("kod", nytt.kod(), 40, "Klassificeringskod");
        fel.kastaOmFel();
        Arende a = service.registreraArende(org, new DiariumService.NyttArende(
                nytt.typ() == null ? ArendeTyp.OVRIGT : nytt.typ(), nytt.rubrik().strip(), nytt.motpart(),
                nytt.motpartensDnr(), nytt.kod(), klocka.idag()));
        // Read back in this request's session: the service's transaction, and its session, have ended.
        return Response.created(URI.create("/api/arenden/" + a.id))
                .entity(DiariumJson.ArendePost.av(arendeatkomst.arende(a.id), null)).build();
    }

    @GET
    @Path("diarium/{organisation}/arenden")
    @Operation(summary = "Sök i en organisations diarium", description = "sok matchar diarienummer och rubrik.")
    public SidaJson<DiariumJson.ArendePost> sok(
            @RestPath long organisation,
            @RestQuery String sok,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String storlek) {
        Organisation org = atkomst.egenOrganisation(organisation);
        Sida<Arende> resultat = ArendeSok.sok(org.kansli(), sok, Parametrar.sida(sida),
                Parametrar.storlek(storlek, config.sidstorlek()));
        return SidaJson.av(resultat.map(a -> DiariumJson.ArendePost.av(a, null)));
    }

    @GET
    @Path("arenden/{id}")
    public DiariumJson.ArendePost arende(@RestPath long id) {
        return DiariumJson.ArendePost.av(arendeatkomst.arende(id), arendeatkomst::serInnehall);
    }

    @POST
    @Path("arenden/{id}/handlingar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Registrera en handling i ett ärende", description = "Delar: riktning (IN/UT/INTERN), titel, "
            + "motpart, valfri fil.")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response registreraHandling(@RestPath long id, @RestForm String riktning, @RestForm String titel,
            @RestForm String motpart, @RestForm("fil") FileUpload fil) {
        Arende a = arendeatkomst.arende(id);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("titel", titel, 500, "Titel");
        fel.valfriText("motpart", motpart, 300, "Motpart");
        Riktning r = null;
        try {
            r = Parametrar.enumVarde(Riktning.class, riktning, "riktning");
            if (r == null) {
                fel.fel("riktning", "Ange riktning: IN, UT eller INTERN.");
            }
        } catch (Valideringsfel v) {
            v.fel().forEach(f -> fel.fel(f.falt(), f.meddelande()));
        }
        fel.kastaOmFel();
        Handling h = service.registreraHandlingMedFil(a, new DiariumService.NyHandling(r, HandlingTyp.OVRIGT,
                klocka.idag(), motpart, titel.strip()), fil);
        return Response.created(URI.create("/api/arenden/" + id + "/handlingar/" + h.id))
                .entity(DiariumJson.HandlingPost.av(h, true)).build();
    }

    @GET
    @Path("arenden/{id}/handlingar/{handling}")
    public DiariumJson.HandlingPost handling(@RestPath long id, @RestPath long handling) {
        return DiariumJson.HandlingPost.av(arendeatkomst.handling(id, handling), true);
    }

    @GET
    @Path("arenden/{id}/handlingar/{handling}/fil")
    @Produces(MediaType.WILDCARD)
    public Response fil(@RestPath long id, @RestPath long handling) {
        return Nedladdning.av(arendeatkomst.handling(id, handling));
    }

    @POST
    @Path("arenden/{id}/handlingar/{handling}/sekretess")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sekretessmarkera en handling", description = "{\"osl\": \"26 kap. 1 § OSL\"}. "
            + "Därefter ser bara den markerande organisationens behöriga roller handlingen.")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    @Transactional
    public DiariumJson.HandlingPost markera(@RestPath long id, @RestPath long handling, DiariumJson.Markering body) {
        Handling h = arendeatkomst.handling(id, handling);
        service.markeraSekretess(h, body == null ? null : body.osl(), inloggad.anvandare(), klocka.idag());
        return DiariumJson.HandlingPost.av(h, true);
    }

    @DELETE
    @Path("arenden/{id}/handlingar/{handling}/sekretess")
    @Operation(summary = "Häv en sekretessmarkering (administratör)")
    @RolesAllowed({Roll.ADMINISTRATOR})
    @Transactional
    public DiariumJson.HandlingPost hav(@RestPath long id, @RestPath long handling) {
        Handling h = arendeatkomst.handling(id, handling);
        service.hav(h);
        return DiariumJson.HandlingPost.av(h, true);
    }
}
