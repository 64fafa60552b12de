package se.remiss.diarium;

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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/** Search in a diarium, one ärende with its handlingar, and registering a further handling. */
@Authenticated
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DiariumWebResource {

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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sok(Sida<Arende> sida, Organisation vald, List<Organisation> diarier,
                String sok, Listadress adress);

        static native TemplateInstance arende(Arende arende, List<Riktning> riktningar, String klart,
                Map<String, String> fel, Arendeatkomst atkomst);
    }

    @GET
    @Path("diarium")
    public TemplateInstance sok(@RestQuery Long organisation, @RestQuery String sok, @RestQuery Integer sida) {
        // Only the user's own organisation's diarium.
        Organisation vald = atkomst.egenOrganisation(organisation);
        Sida<Arende> resultat = ArendeSok.sok(vald.kansli(), sok, Sida.sidnummer(sida), config.sidstorlek());
        List<Organisation> diarier = List.of(atkomst.enhet());
        Listadress adress = new Listadress("/diarium").med("organisation", organisation).med("sok", sok);
        return Templates.sok(resultat, vald, diarier, sok, adress);
    }

    @GET
    @Path("arenden/{id}")
    public TemplateInstance arende(@RestPath long id, @RestQuery String klart) {
        return Templates.arende(arendeatkomst.arende(id), List.of(Riktning.values()), klart, Map.of(), arendeatkomst);
    }

    @POST
    @Path("arenden/{id}/handlingar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response registreraHandling(@RestPath long id, @RestForm String riktning, @RestForm String titel,
            @RestForm String motpart, @RestForm("fil") FileUpload fil) {
        Arende arende = arendeatkomst.arende(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            fel.text("titel", titel, 500, "Titel");
            fel.valfriText("motpart", motpart, 300, "Motpart");
            Riktning r = Parametrar.enumVarde(Riktning.class, riktning, "riktning");
            if (r == null) {
                fel.fel("riktning", "Välj riktning.");
            }
            fel.kastaOmFel();
            boolean valdFil = fil != null && fil.fileName() != null && !fil.fileName().isBlank();
            service.registreraHandlingMedFil(arende, new DiariumService.NyHandling(r, HandlingTyp.OVRIGT,
                    klocka.idag(), Formular.text(motpart), titel.strip()), valdFil ? fil : null);
            return Response.seeOther(URI.create("/arenden/" + id + "?klart=handling")).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.arende(arende, List.of(Riktning.values()), null,
                    e.perFalt(), arendeatkomst)).build();
        }
    }

    @GET
    @Path("arenden/{id}/handlingar/{handling}/fil")
    @Produces(MediaType.WILDCARD)
    public Response fil(@RestPath long id, @RestPath long handling) {
        return Nedladdning.av(arendeatkomst.handling(id, handling));
    }

    @POST
    @Path("arenden/{id}/handlingar/{handling}/sekretess")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response markera(@RestPath long id, @RestPath long handling, @RestForm String osl) {
        Handling h = arendeatkomst.handling(id, handling);
        try {
            service.markeraSekretess(h, osl, inloggad.anvandare(), klocka.idag());
            return Response.seeOther(URI.create("/arenden/" + id + "?klart=sekretess")).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.arende(h.arende, List.of(Riktning.values()), null,
                    e.perFalt(), arendeatkomst)).build();
        }
    }

    @POST
    @Path("arenden/{id}/handlingar/{handling}/sekretess/ta-bort")
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response taBortSekretess(@RestPath long id, @RestPath long handling) {
        service.hav(arendeatkomst.handling(id, handling));
        return Response.seeOther(URI.create("/arenden/" + id + "?klart=hävd")).build();
    }
}
