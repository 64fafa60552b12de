package se.remiss.sammantrade;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Inloggad;
import se.remiss.utlatande.Utlatande;
import se.remiss.utlatande.UtlatandeStatus;

/**
 * One meeting's agenda and protokoll as a page: the secretary puts approved statements on the
 * agenda and publishes it, records each §, chooses who adjusts and sends the protokoll for
 * justering; ordförande and justerare sign in turn; the secretary certifies and sends each
 * protokollsutdrag. Every form posts, then redirects back (POST → redirect → GET).
 */
@Authenticated
@Path("/sammantraden")
@Produces(MediaType.TEXT_HTML)
public class ProtokollWebResource {

    @Inject
    Protokollservice service;

    @Inject
    Sammantradeatkomst atkomst;

    @Inject
    Inloggad inloggad;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance protokoll(Sammantrade s, Foredragningslista lista, List<Dagordningspunkt> punkter,
                List<Utlatande> godkanda, Protokoll protokoll, List<Paragraf> paragrafer, List<Dagordningspunkt> utanParagraf,
                List<Justering> justeringar,
                List<Namndledamot> ledamoter, Sammantradesplanering.Justeringslage lage, java.time.LocalDate justeringSenast,
                boolean sekreterare, boolean minTur, String meddelande, Map<String, String> fel);
    }

    /** Rendered inside the transaction: the page reads lazy associations (dnr, members, statements). */
    @GET
    @Path("{id}/protokoll")
    @Transactional
    public String sida(@RestPath long id, @RestQuery String klart) {
        return sida(atkomst.sammantrade(id), bekraftelse(klart), Map.of());
    }

    @POST
    @Path("{id}/foredragningslista/punkter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response laggTill(@RestPath long id, @RestForm String utlatande) {
        return steg(id, "punkt", () -> service.laggTill(id, new Protokollservice.NyPunkt(utlatande, null, null, null)));
    }

    @POST
    @Path("{id}/foredragningslista/publicera")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response publicera(@RestPath long id) {
        return steg(id, "publicerad", () -> service.publicera(id));
    }

    @POST
    @Path("{id}/paragrafer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response nyParagraf(@RestPath long id, @RestForm String punkt) {
        return steg(id, "paragraf", () -> {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long p = Formular.id(punkt, "punkt", fel);
            if (p == null && fel.tom()) {
                fel.fel("punkt", "Välj en punkt på föredragningslistan.");
            }
            fel.kastaOmFel();
            service.nyParagraf(id, new Protokollservice.NyParagraf(p, null, null, null));
        });
    }

    @POST
    @Path("{id}/protokoll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response andraProtokoll(@RestPath long id, @RestForm String ordforande, @RestForm String justerare) {
        return steg(id, "protokoll", () -> {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long o = Formular.id(ordforande, "ordforande", fel);
            Long j = Formular.id(justerare, "justerare", fel);
            if (j == null && fel.tom()) {
                fel.fel("justerare", "Välj justerare.");
            }
            fel.kastaOmFel();
            service.andraProtokoll(id, new Protokollservice.ProtokollAndring(o, j, null, null));
        });
    }

    @POST
    @Path("{id}/protokoll/till-justering")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response tillJustering(@RestPath long id) {
        return steg(id, "till-justering", () -> service.tillJustering(id));
    }

    @POST
    @Path("{id}/protokoll/justera")
    @RolesAllowed(Roll.LEDAMOT)
    public Response justera(@RestPath long id) {
        return steg(id, "justerat", () -> service.justera(id));
    }

    @POST
    @Path("{id}/paragrafer/{paragraf}/utdrag")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response intyga(@RestPath long id, @RestPath long paragraf) {
        return steg(id, "intygat", () -> service.intyga(id, paragraf));
    }

    @POST
    @Path("{id}/paragrafer/{paragraf}/skicka")
    @RolesAllowed(Roll.NAMNDSEKRETERARE)
    public Response skicka(@RestPath long id, @RestPath long paragraf) {
        return steg(id, "skickat", () -> service.skicka(id, paragraf));
    }

    /** One step: PRG on success, the page with the Swedish message on a refusal. */
    private Response steg(long id, String klart, Runnable steg) {
        atkomst.sammantrade(id);
        try {
            steg.run();
            return Response.seeOther(URI.create("/sammantraden/" + id + "/protokoll?klart=" + klart)).build();
        } catch (Valideringsfel e) {
            Map<String, String> fel = new LinkedHashMap<>();
            e.fel().forEach(f -> fel.merge(f.falt(), f.meddelande(), (a, b) -> a + " " + b));
            return Response.status(400).entity(sidaITransaktion(id, fel)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        } catch (Konflikt e) {
            return Response.status(409).entity(sidaITransaktion(id, Map.of("konflikt", e.getMessage())))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
    }

    /** The page again with the messages, rendered in a transaction of its own (the step's rolled back). */
    private String sidaITransaktion(long id, Map<String, String> fel) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> sida(atkomst.sammantrade(id), null, fel));
    }

    private String sida(Sammantrade s, String meddelande, Map<String, String> fel) {
        Foredragningslista lista = Foredragningslista.senaste(s).orElse(null);
        List<Dagordningspunkt> punkter = lista == null ? List.of() : lista.punkter();
        List<Utlatande> godkanda = Utlatande.<Utlatande>list("status in ?1 order by andrad desc",
                List.of(UtlatandeStatus.GODKAND, UtlatandeStatus.INSKICKAD)).stream()
                .filter(u -> inloggad.ager(u.organisation))
                .filter(u -> punkter.stream().noneMatch(p -> p.utlatande != null && p.utlatande.id.equals(u.id)))
                .toList();
        Protokoll p = Protokoll.for_(s).orElse(null);
        List<Paragraf> paragrafer = p == null ? List.of() : p.paragrafer();
        Anvandare jag = inloggad.anvandare();
        Sammantradesplanering plan = service.planering();
        return Templates.protokoll(s, lista, punkter, godkanda, p, paragrafer, utanParagraf(punkter, paragrafer),
                p == null ? List.of() : Justering.av(p), Namndledamot.iNamnd(s.namnd),
                plan.justeringslage(s.datum, service.idag()), plan.justeringSenast(s.datum),
                inloggad.harRoll(Roll.NAMNDSEKRETERARE),
                p != null && p.nastaJusterare().map(a -> a.id.equals(jag.id)).orElse(false), meddelande, fel).render();
    }

    /** The agenda items still without a § ({@link Paragraf#beslutar}: the service refuses a second one). */
    static List<Dagordningspunkt> utanParagraf(List<Dagordningspunkt> punkter, List<Paragraf> paragrafer) {
        return punkter.stream().filter(p -> paragrafer.stream().noneMatch(g -> g.beslutar(p))).toList();
    }

    private static String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "punkt" -> "Ärendet är uppfört på föredragningslistan.";
            case "publicerad" -> "Föredragningslistan är publicerad.";
            case "paragraf" -> "Paragrafen är tillagd i protokollet.";
            case "protokoll" -> "Protokollet är uppdaterat.";
            case "till-justering" -> "Protokollet är lämnat för justering.";
            case "justerat" -> "Din underskrift är lagd på protokollet.";
            case "intygat" -> "Protokollsutdraget är intygat och undertecknat.";
            case "skickat" -> "Protokollsutdraget är skickat till remissens avsändare.";
            default -> null;
        };
    }
}
