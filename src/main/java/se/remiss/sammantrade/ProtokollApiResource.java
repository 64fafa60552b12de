package se.remiss.sammantrade;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.diarium.Fil;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Innehallsdisposition;
import se.remiss.plattform.Roll;

/**
 * The committee secretary's steps after the calendar, each an endpoint: the agenda and its
 * publication, the §§ of the protokoll, justering by ordförande and justerare, and the signed
 * protokollsutdrag sent to the remiss's sender. Members (role ledamot) read and sign; only the
 * nämndsekreterare changes anything.
 */
@Path("/api/sammantraden")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sammanträden", description = "Föredragningslista, protokoll, justering och protokollsutdrag")
@Authenticated
public class ProtokollApiResource {

    @Inject
    Protokollservice service;

    @Inject
    Sammantradeatkomst atkomst;

    @Inject
    Protokolldokument dokument;

    // ---------------------------------------------------------------- Föredragningslista

    @GET
    @Path("{id}/foredragningslista")
    @Transactional
    @Operation(summary = "Mötets föredragningslista (senaste versionen)",
            description = "En tom lista (version 0) om inget är uppfört ännu.")
    public ProtokollJson.Foredragningslista foredragningslista(@RestPath long id) {
        Sammantrade s = atkomst.sammantrade(id);
        return Foredragningslista.senaste(s).map(ProtokollJson::lista)
                .orElse(new ProtokollJson.Foredragningslista(s.id, 0, false, null, null, null, List.of(), List.of()));
    }

    @POST
    @Path("{id}/foredragningslista/punkter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "För upp ett ärende på föredragningslistan",
            description = "{\"utlatande\": \"<uid>\"} för ett godkänt tjänsteutlåtande (rubrik och förslag till beslut "
                    + "hämtas från det), eller {\"arende\": <id>, \"rubrik\": \"…\", \"beslutsforslag\": \"…\"}. 409 när "
                    + "listan är publicerad: skapa en ny version först.")
    public Response laggTill(@RestPath long id, Protokollservice.NyPunkt ny) {
        atkomst.sammantrade(id);
        Dagordningspunkt p = service.laggTill(id, ny);
        return Response.status(Response.Status.CREATED).entity(foredragningslista(id))
                .header("Location", "/api/sammantraden/" + id + "/foredragningslista#punkt-" + p.id).build();
    }

    @DELETE
    @Path("{id}/foredragningslista/punkter/{punkt}")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Ta bort en punkt från en opublicerad föredragningslista")
    public ProtokollJson.Foredragningslista taBort(@RestPath long id, @RestPath long punkt) {
        atkomst.sammantrade(id);
        service.taBort(id, punkt);
        return foredragningslista(id);
    }

    @PUT
    @Path("{id}/foredragningslista/ordning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Ordna föredragningslistan", description = "{\"punkter\": [id, id, …]} – varje punkt en gång.")
    public ProtokollJson.Foredragningslista ordna(@RestPath long id, ProtokollJson.Ordning ordning) {
        atkomst.sammantrade(id);
        service.ordna(id, ordning == null ? null : ordning.punkter());
        return foredragningslista(id);
    }

    @POST
    @Path("{id}/foredragningslista/publicera")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Publicera föredragningslistan som PDF/A",
            description = "Versionen låses: en ändring efter publiceringen görs i en ny version (ny-version).")
    public ProtokollJson.Foredragningslista publicera(@RestPath long id) {
        atkomst.sammantrade(id);
        service.publicera(id);
        return foredragningslista(id);
    }

    @POST
    @Path("{id}/foredragningslista/ny-version")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ny version av en publicerad föredragningslista",
            description = "{\"version\": <den publicerade versionen>}: en ny, opublicerad version med samma punkter.")
    public ProtokollJson.Foredragningslista nyVersion(@RestPath long id, ProtokollJson.Version v) {
        atkomst.sammantrade(id);
        service.nyVersion(id, v == null ? null : v.version());
        return foredragningslista(id);
    }

    @GET
    @Path("{id}/foredragningslista/{version}/pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "En publicerad version av föredragningslistan (PDF/A)")
    public Response foredragningslistaPdf(@RestPath long id, @RestPath int version) {
        Sammantrade s = atkomst.sammantrade(id);
        Foredragningslista l = Foredragningslista.versioner(s).stream()
                .filter(v -> v.versionsnummer == version && v.arPublicerad()).findFirst()
                .orElseThrow(() -> new HittasInte("Den versionen av föredragningslistan är inte publicerad."));
        return pdf(Fil.<Fil>findById(l.pdfSha256).innehall,
                Innehallsdisposition.filnamn("Föredragningslista", s.datum + "-v" + version));
    }

    // ---------------------------------------------------------------- Protokoll

    @GET
    @Path("{id}/protokoll")
    @Transactional
    @Operation(summary = "Mötets protokoll: paragrafer, närvaro, justerare, justeringar och frister",
            description = "404 om inget protokoll är påbörjat.")
    public ProtokollJson.Protokoll protokoll(@RestPath long id) {
        Sammantrade s = atkomst.sammantrade(id);
        Protokoll p = Protokoll.for_(s).orElseThrow(() -> new HittasInte("Mötet har inget protokoll ännu."));
        return json(p);
    }

    @PATCH
    @Path("{id}/protokoll")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Ordförande, justerare och närvaro",
            description = "{\"ordforande\": <användar-id>, \"justerare\": <användar-id>, \"narvarande\": [<användar-id>…], "
                    + "\"ovrigaNarvarande\": \"…\"}; utelämnade fält lämnas orörda. Bara nämndens ledamöter; justeraren "
                    + "ska kunna justera. 409 när protokollet är lämnat för justering eller justerat.")
    public ProtokollJson.Protokoll andraProtokoll(@RestPath long id, Protokollservice.ProtokollAndring a) {
        atkomst.sammantrade(id);
        service.andraProtokoll(id, a);
        return protokoll(id);
    }

    @GET
    @Path("{id}/protokoll/pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "Protokollet som PDF/A",
            description = "Som utkast (stämplat) tills det lämnas för justering, sedan det lagrade dokumentet med de "
                    + "underskrifter som getts (PAdES).")
    public Response protokollPdf(@RestPath long id) {
        Sammantrade s = atkomst.sammantrade(id);
        Protokoll p = Protokoll.for_(s).orElseThrow(() -> new HittasInte("Mötet har inget protokoll ännu."));
        byte[] pdf = p.pdfSha256 != null ? Fil.<Fil>findById(p.pdfSha256).innehall : dokument.protokollutkast(p);
        return pdf(pdf, Innehallsdisposition.filnamn("Protokoll", s.namnd.kortnamn + "-" + s.datum));
    }

    @POST
    @Path("{id}/protokoll/till-justering")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Lämna protokollet för justering",
            description = "Protokollet renderas som PDF/A och låses; ordförande och sedan justeraren undertecknar.")
    public ProtokollJson.Protokoll tillJustering(@RestPath long id) {
        atkomst.sammantrade(id);
        service.tillJustering(id);
        return protokoll(id);
    }

    @POST
    @Path("{id}/protokoll/justera")
    @RolesAllowed(Roll.LEDAMOT)
    @Operation(summary = "Justera (underteckna) protokollet",
            description = "Av ordföranden, sedan justeraren: varje underskrift en PAdES-signatur. Efter den sista är "
                    + "protokollet justerat och slutligt och anslås på anslagstavlan. 403 för annan än den som står på tur.")
    public ProtokollJson.Protokoll justera(@RestPath long id) {
        atkomst.sammantrade(id);
        service.justera(id);
        return protokoll(id);
    }

    // ---------------------------------------------------------------- Paragrafer

    @POST
    @Path("{id}/paragrafer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Ny paragraf med nästa §-nummer",
            description = "{\"punkt\": <id på föredragningslistan>} – beslutstexten fylls i från tjänsteutlåtandets "
                    + "förslag till beslut – eller {\"rubrik\": \"…\", \"beslutstext\": \"…\"}. Numret löper per nämnd och år "
                    + "och återanvänds aldrig.")
    public Response nyParagraf(@RestPath long id, Protokollservice.NyParagraf ny) {
        atkomst.sammantrade(id);
        Paragraf g = service.nyParagraf(id, ny);
        return Response.status(Response.Status.CREATED).header("Location", "/api/sammantraden/" + id + "/paragrafer/" + g.id)
                .entity(paragraf(id, g.id)).build();
    }

    @PATCH
    @Path("{id}/paragrafer/{paragraf}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Ändra en paragraf",
            description = "{\"beslutstext\": \"…\", \"reservationer\": \"…\", \"sarskildaUttalanden\": \"…\", \"rubrik\": \"…\"}; "
                    + "409 när protokollet är lämnat för justering eller justerat.")
    public ProtokollJson.Paragraf andraParagraf(@RestPath long id, @RestPath long paragraf,
            Protokollservice.ParagrafAndring a) {
        atkomst.sammantrade(id);
        service.andraParagraf(id, paragraf, a);
        return paragraf(id, paragraf);
    }

    @POST
    @Path("{id}/paragrafer/{paragraf}/utdrag")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Intyga protokollsutdraget",
            description = "När protokollet är justerat: utdraget för paragrafen renderas och undertecknas (PAdES) av "
                    + "sekreteraren under \"Rätt utdraget intygar\", och registreras i ärendet.")
    public ProtokollJson.Paragraf intyga(@RestPath long id, @RestPath long paragraf) {
        atkomst.sammantrade(id);
        service.intyga(id, paragraf);
        return paragraf(id, paragraf);
    }

    @GET
    @Path("{id}/paragrafer/{paragraf}/utdrag")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "Det intygade protokollsutdraget (PDF/A, PAdES)")
    public Response utdrag(@RestPath long id, @RestPath long paragraf) {
        Sammantrade s = atkomst.sammantrade(id);
        Paragraf g = hittaParagraf(s, paragraf);
        if (g.utdragSha256 == null) {
            throw new HittasInte("Utdraget är inte intygat ännu.");
        }
        return pdf(Fil.<Fil>findById(g.utdragSha256).innehall, Protokollservice.utdragsfilnamn(g));
    }

    @POST
    @Path("{id}/paragrafer/{paragraf}/skicka")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    @Operation(summary = "Skicka protokollsutdraget till remissens avsändare",
            description = "Registreras som inkommen handling i avsändarens ärende; mottagarens status blir BESVARAD med "
                    + "dagens datum.")
    public ProtokollJson.Paragraf skicka(@RestPath long id, @RestPath long paragraf) {
        atkomst.sammantrade(id);
        service.skicka(id, paragraf);
        return paragraf(id, paragraf);
    }

    // ---------------------------------------------------------------- helpers

    @Transactional
    ProtokollJson.Paragraf paragraf(long id, long paragraf) {
        return ProtokollJson.Paragraf.av(hittaParagraf(atkomst.sammantrade(id), paragraf));
    }

    private static Paragraf hittaParagraf(Sammantrade s, long paragraf) {
        return Protokoll.for_(s).flatMap(p -> Paragraf.i(p, paragraf))
                .orElseThrow(() -> new HittasInte("Paragrafen finns inte."));
    }

    ProtokollJson.Protokoll json(Protokoll p) {
        Sammantrade s = p.sammantrade;
        List<ProtokollJson.Person> narvarande = new ArrayList<>();
        p.narvarande.forEach(a -> narvarande.add(ProtokollJson.Person.av(a)));
        List<ProtokollJson.Justering> justeringar = Justering.av(p).stream()
                .map(j -> new ProtokollJson.Justering(j.ordning, j.roll, ProtokollJson.Person.av(j.anvandare), j.tidpunkt))
                .toList();
        Sammantradesplanering plan = service.planering();
        return new ProtokollJson.Protokoll(p.id, s.id, s.namnd.namn, s.datum, p.status.name(), p.status.etikett,
                ProtokollJson.Person.av(p.ordforande), ProtokollJson.Person.av(p.justerare),
                ProtokollJson.Person.av(p.sekreterare), narvarande, p.ovrigaNarvarande,
                p.paragrafer().stream().map(ProtokollJson.Paragraf::av).toList(), justeringar,
                p.nastaJusterare().map(ProtokollJson.Person::av).orElse(null),
                p.status == Protokollstatus.JUSTERAT ? null
                        : new ProtokollJson.Justeringsfrist(plan.justeringSenast(s.datum),
                                java.time.temporal.ChronoUnit.DAYS.between(s.datum, service.idag()),
                                plan.justeringslage(s.datum, service.idag()).name()),
                p.justerat, p.anslag, p.anslag == null ? null : plan.overklagandetidSlut(p.anslag), p.anslagNed,
                "/api/sammantraden/" + s.id + "/protokoll/pdf", p.version);
    }

    private static Response pdf(byte[] pdf, String filnamn) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", Innehallsdisposition.huvud(filnamn, false))
                .build();
    }
}
