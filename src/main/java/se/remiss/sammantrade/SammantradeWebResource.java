package se.remiss.sammantrade;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Inloggad;

/** The nämnd's meeting calendar as pages: the list with its forms, and one meeting. */
@Authenticated
@Path("/sammantraden")
@Produces(MediaType.TEXT_HTML)
public class SammantradeWebResource {

    @Inject
    SammantradeService service;

    @Inject
    Sammantradeatkomst atkomst;

    @Inject
    RemissConfig config;

    @Inject
    Meddelanden meddelanden;

    @Inject
    Inloggad inloggad;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lista(Sida<Sammantrade> sida, Listadress adress, List<Organisation> namnder,
                Organisation vald, Integer ar, SammantradeService.Regel regel, boolean sekreterare, String meddelande,
                Map<String, String> fel, Map<String, String> varden);

        static native TemplateInstance sammantrade(Sammantrade s, List<SammantradeStatus> statusar,
                boolean sekreterare, String meddelande, Map<String, String> fel, Map<String, String> varden);
    }

    @GET
    public Response lista(@RestQuery Long namnd, @RestQuery Integer ar, @RestQuery Integer sida,
            @RestQuery String sortera, @RestQuery String ordning, @RestQuery String klart) {
        return listsida(namnd, ar, sida, sortera, ordning, bekraftelse(klart), Map.of(), Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response skapa(@RestForm String namnd, @RestForm String datum, @RestForm String starttid,
            @RestForm String plats, @RestForm String sistaDagArenden, @RestForm String anteckning) {
        Map<String, String> varden = varden("namnd", namnd, "datum", datum, "starttid", starttid, "plats", plats,
                "sistaDagArenden", sistaDagArenden, "anteckning", anteckning);
        Long namndId = null;
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            namndId = Formular.id(namnd, "namnd", fel);
            fel.kastaOmFel();
            Organisation n = atkomst.namnd(namndId);
            service.skapa(n, new Sammantradesuppgifter(null, datum, starttid, plats, sistaDagArenden, null, anteckning,
                    null));
            return Response.seeOther(URI.create("/sammantraden?klart=skapat" + (namndId == null ? "" : "&namnd=" + namndId)))
                    .build();
        } catch (Valideringsfel e) {
            return listsida(namndId, null, null, null, null, null, e.perFalt(), varden, 400);
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response importera(@RestForm("fil") FileUpload fil, @RestForm String namnd) {
        Long namndId = null;
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            namndId = Formular.id(namnd, "namnd", fel);
            if (fil == null || fil.uploadedFile() == null || fil.size() == 0) {
                fel.fel("fil", "Välj en fil (CSV eller iCalendar).");
            }
            fel.kastaOmFel();
            Organisation n = atkomst.namnd(namndId);
            SammantradeService.Importresultat r = service.importera(n, fil.fileName(), SammantradeApiResource.las(fil));
            return Response.seeOther(URI.create("/sammantraden?klart=importerat&tillagda=" + r.tillagda()
                    + (namndId == null ? "" : "&namnd=" + namndId))).build();
        } catch (Valideringsfel e) {
            return listsida(namndId, null, null, null, null, null, e.perFalt(), Map.of(), 400);
        }
    }

    @POST
    @Path("regel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response andraRegel(@RestForm String namnd, @RestForm String arendedagar, @RestForm String godkannandedagar) {
        Long namndId = null;
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            namndId = Formular.id(namnd, "namnd", fel);
            Integer a = heltal(arendedagar, "arendedagar", fel);
            Integer g = heltal(godkannandedagar, "godkannandedagar", fel);
            fel.kastaOmFel();
            service.andraRegel(atkomst.namnd(namndId), a, g);
            return Response.seeOther(URI.create("/sammantraden?klart=regel" + (namndId == null ? "" : "&namnd=" + namndId)))
                    .build();
        } catch (Valideringsfel e) {
            return listsida(namndId, null, null, null, null, null, e.perFalt(),
                    varden("arendedagar", arendedagar, "godkannandedagar", godkannandedagar), 400);
        }
    }

    @GET
    @Path("{id}")
    public Response sammantrade(@RestPath long id, @RestQuery String klart) {
        return sida(id, bekraftelse(klart), Map.of(), Map.of(), 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response andra(@RestPath long id, @RestForm String datum, @RestForm String starttid, @RestForm String plats,
            @RestForm String sistaDagArenden, @RestForm String status, @RestForm String anteckning,
            @RestForm String version) {
        atkomst.kontrollera(id);
        Map<String, String> varden = varden("datum", datum, "starttid", starttid, "plats", plats,
                "sistaDagArenden", sistaDagArenden, "status", status, "anteckning", anteckning);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            service.andra(id, new Sammantradesuppgifter(null, datum, starttid, plats, sistaDagArenden, status, anteckning, v));
            return Response.seeOther(URI.create("/sammantraden/" + id + "?klart=andrat")).build();
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), varden, 400);
        }
    }

    @POST
    @Path("{id}/ta-bort")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.NAMNDSEKRETERARE})
    public Response taBort(@RestPath long id, @RestForm String version) {
        atkomst.kontrollera(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long v = Formular.id(version, "version", fel);
            if (v == null && !fel.harFel("version")) {
                fel.fel("version", "Ladda om sidan och försök igen.");
            }
            fel.kastaOmFel();
            service.taBort(id, v);
            return Response.seeOther(URI.create("/sammantraden?klart=borttaget")).build();
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), Map.of(), 400);
        }
    }

    private Response listsida(Long namnd, Integer ar, Integer sida, String sortera, String ordning, String meddelande,
            Map<String, String> fel, Map<String, String> varden, int status) {
        List<Organisation> namnder = atkomst.egnaNamnder();
        Organisation vald = namnd != null ? atkomst.namnd(namnd) : namnder.size() == 1 ? namnder.get(0) : null;
        Sammantradefilter filter = new Sammantradefilter(namnder, vald == null ? null : vald.id, ar, sortera,
                "fallande".equals(ordning));
        Sida<Sammantrade> rader = SammantradeSok.sok(filter, Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/sammantraden").med("namnd", namnd).med("ar", ar).med("sortera", sortera)
                .med("ordning", ordning);
        SammantradeService.Regel regel = vald == null ? null : service.regel(vald);
        return Response.status(status).entity(Templates.lista(rader, adress, namnder, vald, ar, regel,
                inloggad.harRoll(Roll.NAMNDSEKRETERARE), meddelande, fel, varden)).build();
    }

    private Response sida(long id, String meddelande, Map<String, String> fel, Map<String, String> varden, int status) {
        Sammantrade s = atkomst.sammantrade(id);
        return Response.status(status).entity(Templates.sammantrade(s, List.of(SammantradeStatus.values()),
                inloggad.harRoll(Roll.NAMNDSEKRETERARE), meddelande, fel, varden)).build();
    }

    private String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "skapat" -> meddelanden.sammantradeSkapat();
            case "andrat" -> meddelanden.sammantradeAndrat();
            case "borttaget" -> meddelanden.sammantradeBorttaget();
            case "importerat" -> meddelanden.sammantradenImporterade();
            case "regel" -> meddelanden.namndregelAndrad();
            default -> null;
        };
    }

    private static Integer heltal(String text, String falt, Valideringsfel.Samlare fel) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            fel.fel(falt, "Ange ett heltal.");
            return null;
        }
    }

    /** Form values to show again, as name, value, name, value …; an absent value as an empty text. */
    private static Map<String, String> varden(String... parvis) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parvis.length; i += 2) {
            v.put(parvis[i], parvis[i + 1] == null ? "" : parvis[i + 1]);
        }
        return v;
    }
}
