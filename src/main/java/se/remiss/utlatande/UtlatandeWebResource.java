package se.remiss.utlatande;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.Arendeatkomst;
import se.remiss.plattform.Formular;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.Nekad;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;
import se.remiss.program.Atagande;
import se.remiss.program.Programavsnitt;
import se.remiss.remiss.Remissatkomst;
import se.remiss.remiss.Remissmottagare;

/**
 * The handläggare's drafting pages: create a draft from a case, edit it section by section beside
 * a live preview rendered through the same template, cite the programme from a picker, save
 * versions, see their differences, mark the draft ready. Every form works without JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class UtlatandeWebResource {

    @Inject
    UtlatandeService service;

    @Inject
    Utlatandeatkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Arendeatkomst arendeatkomst;

    @Inject
    UtlatandeRenderer renderer;

    @Inject
    PdfRenderer pdf;

    @Inject
    Meddelanden meddelanden;

    @Inject
    Godkannandeservice godkannande;

    /** A section of the programme in the picker, with its commitments numbered as they are cited. */
    public record Valbart(Programavsnitt avsnitt, List<Atagande> atagande) {
        public String kod() {
            return new Citathanvisning(avsnitt.nyckel, null).kod();
        }

        public String kod(int nummer) {
            return new Citathanvisning(avsnitt.nyckel, nummer).kod();
        }
    }

    /** A commitment addressed to us, with the code that cites it. */
    public record Vart(Atagande atagande, String kod) {
    }

    /** Another person's save that a rejected save ran into. */
    public record Konfliktinfo(String meddelande, List<Versionsjamforelse.Faltandring> andringar) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance redigera(Vy vy, List<Anvandare> personer, List<Valbart> program,
                List<Vart> vara, String meddelande, Map<String, String> fel, Konfliktinfo konflikt);

        static native TemplateInstance forhandsvisning(Vy vy);

        static native TemplateInstance ny(Arende arende, Remissmottagare mottagare, List<Mallkatalog.Mall> mallar,
                List<Stallningstagande> stallningstaganden, Map<String, String> fel);

        static native TemplateInstance versioner(Utlatande u, List<Utlatandeversion> versioner, int fran, int till,
                List<Versionsjamforelse.Faltandring> andringar);
    }

    // --- creating --------------------------------------------------------------------------------

    @GET
    @Path("mottagare/{id}/utlatande")
    @RolesAllowed(Roll.HANDLAGGARE)
    public TemplateInstance nyForMottagare(@RestPath long id) {
        Remissmottagare m = mottagare(id);
        return Templates.ny(m.arende, m, mallar(m.arende), List.of(Stallningstagande.values()), Map.of());
    }

    @POST
    @Path("mottagare/{id}/utlatande")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response skapaForMottagare(@RestPath long id, @RestForm String mall, @RestForm String stallningstagande) {
        Remissmottagare m = mottagare(id);
        return skapa(id, null, mall, stallningstagande, m.arende, m);
    }

    @GET
    @Path("arenden/{id}/utlatande")
    @RolesAllowed(Roll.HANDLAGGARE)
    public TemplateInstance nyForArende(@RestPath long id) {
        Arende a = arende(id);
        return Templates.ny(a, null, mallar(a), List.of(Stallningstagande.values()), Map.of());
    }

    @POST
    @Path("arenden/{id}/utlatande")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response skapaForArende(@RestPath long id, @RestForm String mall, @RestForm String stallningstagande) {
        return skapa(null, id, mall, stallningstagande, arende(id), null);
    }

    /** Creates the draft and goes to it, or shows the form again with the messages. */
    private Response skapa(Long mottagarId, Long arendeId, String mall, String stallningstagande, Arende arende,
            Remissmottagare m) {
        try {
            Utlatande u = service.skapa(new UtlatandeService.Ny(mottagarId, arendeId, mall,
                    Parametrar.enumVarde(Stallningstagande.class, stallningstagande, "stallningstagande"), null, null));
            return Response.seeOther(URI.create("/utlatanden/" + u.uid + "?klart=skapat")).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.ny(arende, m, mallar(arende),
                    List.of(Stallningstagande.values()), e.perFalt())).build();
        }
    }

    // --- editing ---------------------------------------------------------------------------------

    @GET
    @Path("utlatanden/{uid}")
    public TemplateInstance redigera(@RestPath String uid, @RestQuery String klart) {
        Utlatande u = atkomst.hamta(uid);
        return sida(service.vy(u), bekraftelse(klart), Map.of(), null);
    }

    /** The confirmation a redirect's key names; an unknown key shows none. */
    private String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "skapat" -> meddelanden.utkastSkapat();
            case "sparat" -> meddelanden.utkastSparat();
            case "oforandrat" -> meddelanden.utkastOforandrat();
            case "klar" -> meddelanden.utlatandeKlart();
            case "ateroppnat" -> meddelanden.utlatandeAteroppnat();
            case "godkant" -> meddelanden.utlatandeGodkant();
            case "returnerat" -> meddelanden.utlatandeReturnerat();
            case "skickat" -> meddelanden.utlatandeSkickat();
            default -> null;
        };
    }

    @POST
    @Path("utlatanden/{uid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response spara(@RestPath String uid, MultivaluedMap<String, String> form) {
        Utlatande u = atkomst.hamta(uid);
        Valideringsfel.Samlare lasfel = new Valideringsfel.Samlare();
        UtlatandeService.Andring andring = andring(form, lasfel);
        try {
            lasfel.kastaOmFel();
            int fore = u.versionsnummer;
            boolean ny = service.spara(uid, andring).versionsnummer != fore;
            return Response.seeOther(URI.create("/utlatanden/" + uid + "?klart=" + (ny ? "sparat" : "oforandrat")))
                    .build();
        } catch (Sparkonflikt e) {
            // Their version becomes the base, the user's text stays in the form: saving again is a
            // choice made with the other person's change in view.
            Utlatande senaste = atkomst.hamta(uid);
            Vy vy = service.forhandsvisning(senaste, andring);
            Konfliktinfo konflikt = new Konfliktinfo(e.getMessage(), Versionsjamforelse.mellan(
                    UtlatandeApiResource.version(senaste, e.fran()), UtlatandeApiResource.version(senaste, e.senaste()),
                    vy.rubriker()));
            return Response.status(409).entity(sida(vy, null, Map.of(), konflikt)).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(sida(service.forhandsvisning(u, andring), null, e.perFalt(), null)).build();
        } catch (Konflikt e) {
            return Response.status(409).entity(sida(service.vy(u), null, Map.of("konflikt", e.getMessage()), null))
                    .build();
        }
    }

    /** The live preview: the unsaved form rendered through the template (htmx swaps it in). */
    @POST
    @Path("utlatanden/{uid}/forhandsvisning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance forhandsvisning(@RestPath String uid, MultivaluedMap<String, String> form) {
        Utlatande u = atkomst.hamta(uid);
        return Templates.forhandsvisning(service.forhandsvisning(u, andring(form, new Valideringsfel.Samlare())));
    }

    /** The saved document alone, as it will be printed. */
    @GET
    @Path("utlatanden/{uid}/forhandsvisning")
    public Response dokument(@RestPath String uid) {
        Vy vy = service.vy(atkomst.hamta(uid));
        UtlatandeApiResource.kravRenderat(vy);
        return Response.ok(vy.renderat().html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("utlatanden/{uid}/pdf")
    @Produces("application/pdf")
    public Response pdf(@RestPath String uid) {
        Vy vy = service.vy(atkomst.hamta(uid));
        return Response.ok(godkannande.dokument(vy), "application/pdf")
                .header("Content-Disposition", PdfRenderer.disposition(vy)).build();
    }

    @POST
    @Path("utlatanden/{uid}/klar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response klar(@RestPath String uid, @RestForm String version) {
        Utlatande u = atkomst.hamta(uid);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            service.klar(uid, v == null ? null : v.intValue());
            return Response.seeOther(URI.create("/utlatanden/" + uid + "?klart=klar")).build();
        } catch (Valideringsfel e) {
            // What is missing at the top of the page, and the fields it concerns marked.
            Map<String, String> fel = new LinkedHashMap<>();
            fel.put("klar", "Utlåtandet kan inte markeras klart än. Det här saknas:");
            e.fel().forEach(f -> fel.merge(f.falt(), f.meddelande(), (a, b) -> a + " " + b));
            return Response.status(400).entity(sida(service.vy(u), null, fel, null)).build();
        } catch (Konflikt e) {
            return Response.status(409).entity(sida(service.vy(u), null, Map.of("konflikt", e.getMessage()), null))
                    .build();
        }
    }

    @POST
    @Path("utlatanden/{uid}/ateroppna")
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response ateroppna(@RestPath String uid) {
        service.ateroppna(uid);
        return Response.seeOther(URI.create("/utlatanden/" + uid + "?klart=ateroppnat")).build();
    }

    @POST
    @Path("utlatanden/{uid}/godkann")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response godkann(@RestPath String uid, @RestForm String version) {
        return godkannandesteg(uid, "godkant", () -> godkannande.godkann(uid, versionsnummer(version)));
    }

    @POST
    @Path("utlatanden/{uid}/returnera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roll.HANDLAGGARE)
    public Response returnera(@RestPath String uid, @RestForm String version, @RestForm String orsak) {
        return godkannandesteg(uid, "returnerat", () -> godkannande.returnera(uid, versionsnummer(version), orsak));
    }

    @POST
    @Path("utlatanden/{uid}/skicka")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response skicka(@RestPath String uid) {
        return godkannandesteg(uid, "skickat", () -> godkannande.skicka(uid));
    }

    /** One step after "klar": PRG on success, the page with the Swedish message on a refusal. */
    private Response godkannandesteg(String uid, String klart, Runnable steg) {
        atkomst.hamta(uid);
        try {
            steg.run();
            return Response.seeOther(URI.create("/utlatanden/" + uid + "?klart=" + klart)).build();
        } catch (Valideringsfel e) {
            Map<String, String> fel = new LinkedHashMap<>();
            e.fel().forEach(f -> fel.merge(f.falt(), f.meddelande(), (a, b) -> a + " " + b));
            return Response.status(400).entity(sida(service.vy(atkomst.hamta(uid)), null, fel, null)).build();
        } catch (Konflikt e) {
            return Response.status(409).entity(sida(service.vy(atkomst.hamta(uid)), null,
                    Map.of("konflikt", e.getMessage()), null)).build();
        } catch (Nekad e) {
            return Response.status(403).entity(sida(service.vy(atkomst.hamta(uid)), null,
                    Map.of("nekad", e.getMessage()), null)).build();
        }
    }

    private static Integer versionsnummer(String version) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Long v = Formular.id(version, "version", fel);
        fel.kastaOmFel();
        return v == null ? null : v.intValue();
    }

    @GET
    @Path("utlatanden/{uid}/versioner")
    public TemplateInstance versioner(@RestPath String uid, @RestQuery String fran, @RestQuery String till) {
        Utlatande u = atkomst.hamta(uid);
        Integer b = Parametrar.heltal(till, "till");
        int tillNummer = b == null ? u.versionsnummer : b;
        Integer a = Parametrar.heltal(fran, "fran");
        int franNummer = a == null ? Math.max(1, tillNummer - 1) : a;
        List<Versionsjamforelse.Faltandring> andringar = Versionsjamforelse.mellan(
                UtlatandeApiResource.version(u, franNummer), UtlatandeApiResource.version(u, tillNummer),
                service.rubriker(u));
        return Templates.versioner(u, Utlatandeversion.historik(u), franNummer, tillNummer, andringar);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private TemplateInstance sida(Vy vy, String meddelande, Map<String, String> fel, Konfliktinfo konflikt) {
        List<Valbart> program = new ArrayList<>();
        List<Vart> vara = new ArrayList<>();
        var p = vy.fall().program();
        if (p != null) {
            Map<Long, List<Atagande>> perAvsnitt = new LinkedHashMap<>();
            List<Atagande> alla = p.atagandenIOrdning();
            alla.forEach(a -> perAvsnitt.computeIfAbsent(a.avsnitt.id, k -> new ArrayList<>()).add(a));
            p.avsnitt.forEach(a -> program.add(new Valbart(a, perAvsnitt.getOrDefault(a.id, List.of()))));
            for (Atagande a : vy.fall().riktadeTillOss()) {
                int nummer = perAvsnitt.get(a.avsnitt.id).indexOf(a) + 1;
                vara.add(new Vart(a, new Citathanvisning(a.avsnitt.nyckel, nummer).kod()));
            }
        }
        return Templates.redigera(vy, Anvandare.somKanHandlagga(vy.utlatande().organisation), program, vara,
                meddelande, fel, konflikt);
    }

    /** The form as a change; fields that cannot be read are reported in {@code fel} and left out. */
    static UtlatandeService.Andring andring(MultivaluedMap<String, String> form, Valideringsfel.Samlare fel) {
        Long version = Formular.id(form.getFirst("version"), "version", fel);
        Stallningstagande stallning = null;
        try {
            stallning = Parametrar.enumVarde(Stallningstagande.class, form.getFirst("stallningstagande"),
                    "stallningstagande");
        } catch (Valideringsfel e) {
            fel.fel("stallningstagande", "Välj ett av ställningstagandena i listan.");
        }
        List<Long> underskrifter = form.containsKey("underskrift1") || form.containsKey("underskrift2")
                ? Formular.idn(List.of(varde(form, "underskrift1"), varde(form, "underskrift2")), "underskrifter", fel)
                : null;
        Map<String, String> texter = new LinkedHashMap<>();
        form.forEach((namn, varden) -> {
            if (namn.startsWith("text.") && !varden.isEmpty()) {
                texter.put(namn.substring("text.".length()), varden.get(0));
            }
        });
        return new UtlatandeService.Andring(version == null ? null : version.intValue(), stallning,
                Formular.datum(form.getFirst("datum"), "datum", fel), form.getFirst("amne"), underskrifter,
                texter.isEmpty() ? null : texter);
    }

    private static String varde(MultivaluedMap<String, String> form, String namn) {
        String v = form.getFirst(namn);
        return v == null ? "" : v;
    }

    private List<Mallkatalog.Mall> mallar(Arende arende) {
        return renderer.mallar().forArendetyp(arende == null ? "" : arende.typ.name());
    }

    /** The recipient's own copy of a remiss that has reached it (only the recipient drafts its answer). */
    private Remissmottagare mottagare(long id) {
        remissatkomst.kontrolleraEgenMottagare(id);
        return Remissmottagare.hamta(id).orElseThrow(() -> new HittasInte("Mottagaren finns inte."));
    }

    private Arende arende(long id) {
        return arendeatkomst.arende(id);
    }
}
