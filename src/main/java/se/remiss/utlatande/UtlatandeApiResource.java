package se.remiss.utlatande;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.diarium.Arende;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sakerhet.Inloggad;

/** Drafting tjänsteutlåtanden: create from a template, save sections and stance, preview, PDF, mark ready. */
@Path("/api/utlatanden")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Utlåtanden", description = "Tjänsteutlåtanden skrivna från mallar i templates/")
@Authenticated
public class UtlatandeApiResource {

    static final int SIDSTORLEK = 50;

    @Inject
    UtlatandeService service;

    @Inject
    PdfRenderer pdf;

    @Inject
    Utlatandeatkomst atkomst;

    @Inject
    Inloggad inloggad;

    @Inject
    Godkannandeservice godkannande;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Skapa ett utkast",
            description = "{\"mottagare\": <mottagar-id från /api/remisser/{id}>, \"mall\": \"remissvar\", "
                    + "\"stallningstagande\": \"AVSTAR\"} – eller \"arende\" för t.ex. en skrivelse. Svarar 201 med "
                    + "Location /api/utlatanden/{uid}.")
    public Response skapa(UtlatandeJson.Ny ny) {
        if (ny == null) {
            throw Valideringsfel.av("body", "Skicka mottagare (eller arende) och mall.");
        }
        Utlatande u = service.skapa(new UtlatandeService.Ny(ny.mottagare(), ny.arende(), ny.mall(),
                ny.stallningstagande(), ny.datum(), ny.underskrifter()));
        // Read again in the request's session: the entity of the finished transaction is detached.
        return Response.created(URI.create("/api/utlatanden/" + u.uid)).entity(hamta(u.uid)).build();
    }

    @GET
    @Operation(summary = "Utlåtanden för en mottagare eller ett ärende, nyast först",
            description = "Utan mottagare och arende: den egna förvaltningens utlåtanden, senast ändrade först, "
                    + SIDSTORLEK + " per sida (sida=1, 2, …).")
    public List<UtlatandeJson.Utlatande> lista(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String mottagare,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String arende,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String sida) {
        Long m = Parametrar.tal(mottagare, "mottagare");
        Long a = Parametrar.tal(arende, "arende");
        if (m == null && a == null) {
            Integer s = Parametrar.heltal(sida, "sida");
            if (s != null && s < 1) {
                throw Valideringsfel.av("sida", "Sidan räknas från 1.");
            }
            // Parametrar.sida refuses a page beyond Sida.MAX_SIDA, whose row offset would overflow.
            return Utlatande.forOrganisationer(inloggad.organisation().enhetensOrganisationer(), Parametrar.sida(sida),
                    SIDSTORLEK).stream().map(this::json).toList();
        }
        Arende fall;
        if (m != null) {
            fall = Remissmottagare.<Remissmottagare>findByIdOptional(m).map(r -> r.arende).orElse(null);
        } else {
            fall = Arende.findById(a);
        }
        if (fall == null) {
            return List.of();
        }
        return Utlatande.forArende(fall).stream().filter(u -> atkomst.far(u.organisation)).map(this::json).toList();
    }

    @GET
    @Path("{uid}")
    @Operation(summary = "Utkastet: avsnitt, ställningstagande, citat, version och vad som saknas för att det ska vara klart")
    public UtlatandeJson.Utlatande hamta(@RestPath String uid) {
        return json(atkomst.hamta(uid));
    }

    @PATCH
    @Path("{uid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Spara ändringar som en ny version",
            description = "\"version\" är den version ändringen utgår från; har någon annan sparat sedan dess svarar "
                    + "API:t 409 och berättar vad de ändrade. Utelämnade fält lämnas orörda.")
    public UtlatandeJson.Utlatande andra(@RestPath String uid, UtlatandeJson.Andring a) {
        atkomst.kontrollera(uid);
        if (a == null) {
            throw Valideringsfel.av("version", "Ange vilken version ändringen utgår från (versionsnummer).");
        }
        service.spara(uid, new UtlatandeService.Andring(a.version(), a.stallningstagande(), a.datum(), a.amne(),
                a.underskrifter(), a.texter()));
        return hamta(uid);
    }

    @PUT
    @Path("{uid}/avsnitt/{nyckel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Skriv ett avsnitt", description = "{\"version\": 3, \"text\": \"…\"}; texten i det lilla "
            + "märkspråket (stycken, listor, *kursiv*, **fet**, [[5.3]] och [[5.3#2]] för citat).")
    public UtlatandeJson.Utlatande avsnitt(@RestPath String uid, @RestPath String nyckel, UtlatandeJson.Text t) {
        atkomst.kontrollera(uid);
        if (t == null || t.text() == null) {
            throw Valideringsfel.av("text", "Skicka texten (en tom text tömmer avsnittet).");
        }
        service.spara(uid, new UtlatandeService.Andring(t.version(), null, null, null, null, Map.of(nyckel, t.text())));
        return hamta(uid);
    }

    @PUT
    @Path("{uid}/stallningstagande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Välj ställningstagande",
            description = "TILLSTYRKER, TILLSTYRKER_MED_SYNPUNKTER, AVSTYRKER, AVSTAR eller INGET_YTTRANDE.")
    public UtlatandeJson.Utlatande stallningstagande(@RestPath String uid, UtlatandeJson.Stallning s) {
        atkomst.kontrollera(uid);
        if (s == null || s.stallningstagande() == null) {
            throw Valideringsfel.av("stallningstagande", "Välj ställningstagande.");
        }
        service.spara(uid, new UtlatandeService.Andring(s.version(), s.stallningstagande(), null, null, null, null));
        return hamta(uid);
    }

    @GET
    @Path("{uid}/forhandsvisning")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Dokumentet renderat genom sin mall (HTML)")
    public Response forhandsvisning(@RestPath String uid) {
        Vy vy = service.vy(atkomst.hamta(uid));
        kravRenderat(vy);
        return Response.ok(vy.renderat().html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("{uid}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Dokumentet som PDF",
            description = "Utkastet (stämplat \"Utkast – ej godkänt\") tills sista undertecknaren godkänt, sedan "
                    + "det undertecknade slutliga dokumentet (PAdES).")
    public Response pdf(@RestPath String uid) {
        Vy vy = service.vy(atkomst.hamta(uid));
        return Response.ok(godkannande.dokument(vy), "application/pdf")
                .header("Content-Disposition", PdfRenderer.disposition(vy))
                .build();
    }

    @POST
    @Path("{uid}/klar")
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Markera klar för godkännande",
            description = "Valfri kropp {\"version\": n}. Svarar 400 med allt som saknas i invalid-params.")
    public UtlatandeJson.Utlatande klar(@RestPath String uid, UtlatandeJson.Version v) {
        service.klar(uid, v == null ? null : v.version());
        return hamta(uid);
    }

    @POST
    @Path("{uid}/godkann")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Godkänn och underteckna",
            description = "{\"version\": n} av undertecknaren vars tur det är: binder versionens innehåll (SHA-256) "
                    + "och lägger till en PAdES-signatur. 403 för annan än den som står på tur, 409 för fel version.")
    public UtlatandeJson.Utlatande godkann(@RestPath String uid, UtlatandeJson.Version v) {
        atkomst.kontrollera(uid);
        godkannande.godkann(uid, v == null ? null : v.version());
        return hamta(uid);
    }

    @POST
    @Path("{uid}/returnera")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Returnera till handläggaren",
            description = "{\"version\": n, \"orsak\": \"…\"}: utlåtandet blir ett utkast igen och de "
                    + "godkännanden som getts upphör.")
    public UtlatandeJson.Utlatande returnera(@RestPath String uid, UtlatandeJson.Retur r) {
        atkomst.kontrollera(uid);
        godkannande.returnera(uid, r == null ? null : r.version(), r == null ? null : r.orsak());
        return hamta(uid);
    }

    @POST
    @Path("{uid}/skicka")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    @Operation(summary = "Skicka till remissens avsändare",
            description = "Det undertecknade utlåtandet registreras som inkommen handling i avsändarens ärende; "
                    + "mottagarens status blir UTLATANDE_INSKICKAT.")
    public UtlatandeJson.Utlatande skicka(@RestPath String uid) {
        atkomst.kontrollera(uid);
        godkannande.skicka(uid);
        return hamta(uid);
    }

    @POST
    @Path("{uid}/ateroppna")
    @RolesAllowed(Roll.HANDLAGGARE)
    @Operation(summary = "Gör utlåtandet till utkast igen")
    public UtlatandeJson.Utlatande ateroppna(@RestPath String uid) {
        service.ateroppna(uid);
        return hamta(uid);
    }

    @GET
    @Path("{uid}/versioner")
    @Operation(summary = "Alla sparade versioner, äldst först")
    public List<UtlatandeJson.Versionspost> versioner(@RestPath String uid) {
        return Utlatandeversion.historik(atkomst.hamta(uid)).stream().map(UtlatandeJson.Versionspost::av).toList();
    }

    @GET
    @Path("{uid}/versioner/{nummer}")
    public UtlatandeJson.Versionspost version(@RestPath String uid, @RestPath int nummer) {
        return UtlatandeJson.Versionspost.av(version(atkomst.hamta(uid), nummer));
    }

    @GET
    @Path("{uid}/jamfor")
    @Operation(summary = "Skillnaderna mellan två versioner, ord för ord")
    public UtlatandeJson.Jamforelse jamfor(@RestPath String uid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String fran,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String till) {
        Utlatande u = atkomst.hamta(uid);
        Integer a = Parametrar.heltal(fran, "fran");
        Integer b = Parametrar.heltal(till, "till");
        int tillNummer = b == null ? u.versionsnummer : b;
        int franNummer = a == null ? Math.max(1, tillNummer - 1) : a;
        Utlatandeversion fore = version(u, franNummer);
        Utlatandeversion efter = version(u, tillNummer);
        return new UtlatandeJson.Jamforelse(franNummer, tillNummer,
                Versionsjamforelse.mellan(fore, efter, service.rubriker(u)).stream()
                        .map(f -> new UtlatandeJson.Skillnad(f.falt(), f.etikett(), f.bitar())).toList());
    }

    static Utlatandeversion version(Utlatande u, int nummer) {
        return Utlatandeversion.nummer(u, nummer)
                .orElseThrow(() -> new HittasInte("Utlåtandet har ingen version " + nummer + "."));
    }

    static void kravRenderat(Vy vy) {
        if (vy.renderat() == null) {
            throw new se.remiss.plattform.Konflikt(vy.mallfel());
        }
    }

    private UtlatandeJson.Utlatande json(Utlatande u) {
        return UtlatandeJson.Utlatande.av(service.vy(u));
    }
}
