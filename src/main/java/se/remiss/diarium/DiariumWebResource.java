package se.remiss.diarium;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/** Search in a diarium, one ärende with its handlingar, and registering a further handling. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DiariumWebResource {

    private final DiariumService service;
    private final Klocka klocka;
    private final RemissConfig config;

    DiariumWebResource(DiariumService service, Klocka klocka, RemissConfig config) {
        this.service = service;
        this.klocka = klocka;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sok(Sida<Arende> sida, Organisation vald, List<Organisation> diarier,
                String sok, Listadress adress);

        static native TemplateInstance arende(Arende arende, List<Riktning> riktningar, boolean registrerad,
                Map<String, String> fel);
    }

    @GET
    @Path("diarium")
    public TemplateInstance sok(@RestQuery Long organisation, @RestQuery String sok, @RestQuery Integer sida) {
        Organisation vald = organisation == null ? null : Organisation.findById(organisation);
        Sida<Arende> resultat = vald == null ? new Sida<>(List.of(), 1, config.sidstorlek(), 0)
                : ArendeSok.sok(vald.kansli(), sok, Sida.sidnummer(sida), config.sidstorlek());
        List<Organisation> diarier = Organisation.list(
                "id in (select s.organisation.id from Diarieserie s) order by namn");
        Listadress adress = new Listadress("/diarium").med("organisation", organisation).med("sok", sok);
        return Templates.sok(resultat, vald, diarier, sok, adress);
    }

    @GET
    @Path("arenden/{id}")
    public TemplateInstance arende(@RestPath long id, @RestQuery String klart) {
        return Templates.arende(DiariumApiResource.arendet(id), List.of(Riktning.values()), "handling".equals(klart),
                Map.of());
    }

    @POST
    @Path("arenden/{id}/handlingar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response registreraHandling(@RestPath long id, @RestForm String riktning, @RestForm String titel,
            @RestForm String motpart, @RestForm("fil") FileUpload fil) {
        Arende arende = DiariumApiResource.arendet(id);
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
            return Response.status(400).entity(Templates.arende(arende, List.of(Riktning.values()), false,
                    e.perFalt())).build();
        }
    }

    @GET
    @Path("arenden/{id}/handlingar/{handling}/fil")
    @Produces(MediaType.WILDCARD)
    public Response fil(@RestPath long id, @RestPath long handling) {
        return Nedladdning.av(DiariumApiResource.handlingen(id, handling));
    }
}
