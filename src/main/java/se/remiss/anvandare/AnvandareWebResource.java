package se.remiss.anvandare;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/**
 * The administrator's pages for users and their roles (every method: the class's annotation).
 * Forms post, then redirect to the user's page; a form with errors is shown again with what was
 * entered and a Swedish message next to each field.
 */
@Path("/anvandare")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roll.ADMINISTRATOR)
public class AnvandareWebResource {

    @Inject
    AnvandareService service;

    @Inject
    RemissConfig config;

    @Inject
    AktuellAnvandare inloggad;

    @Inject
    Meddelanden meddelanden;

    /** A role as a checkbox or filter option: its stored name and its Swedish label. */
    public record Rollval(String namn, String etikett) {
        static final List<Rollval> ALLA = Roll.ALLA.stream().map(r -> new Rollval(r, Roll.etikett(r))).toList();
    }

    /** Form values, kept as typed so that a form with errors shows exactly what was entered. */
    public record Formvarden(Long id, String anvandarnamn, String namn, String titel, String epost, String telefon,
            String organisation, List<String> roller, boolean aktiv, long version) {

        static final Formvarden NY = new Formvarden(null, "", "", "", "", "", "", List.of(), true, 0);

        static Formvarden av(Anvandare a) {
            return new Formvarden(a.id, a.anvandarnamn, a.namn, a.titel == null ? "" : a.titel,
                    a.epost == null ? "" : a.epost, a.telefon == null ? "" : a.telefon, String.valueOf(a.organisation.id), List.copyOf(a.rollmangd()),
                    a.aktiv, a.version);
        }

        public boolean harRoll(String roll) {
            return roller.contains(roll);
        }

        public boolean organisationVald(Long id) {
            return String.valueOf(id).equals(organisation);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lista(Sida<Anvandare> sida, Anvandarfilter filter, Listadress adress,
                List<Organisation> organisationer, List<Rollval> roller);

        static native TemplateInstance anvandare(Formvarden varden, Map<String, String> fel, String meddelande,
                String konflikt, boolean sjalv, List<Organisation> organisationer, List<Rollval> roller);
    }

    @GET
    public TemplateInstance lista(@RestQuery String sida, @RestQuery String organisation, @RestQuery String roll,
            @RestQuery String aktiv, @RestQuery String sok, @RestQuery String sortera, @RestQuery String ordning) {
        Anvandarfilter filter = Anvandarfilter.av(organisation, roll, aktiv, sok, sortera, ordning);
        Sida<Anvandare> resultat = Anvandare.sok(filter, Parametrar.sida(sida), config.sidstorlek());
        Listadress adress = new Listadress("/anvandare").med("sok", sok).med("organisation", organisation)
                .med("roll", roll).med("aktiv", aktiv).med("sortera", sortera).med("ordning", ordning);
        return Templates.lista(resultat, filter, adress, Organisation.allaSorterade(), Rollval.ALLA);
    }

    @GET
    @Path("ny")
    public TemplateInstance ny() {
        return formular(Formvarden.NY, Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skapa(@RestForm String anvandarnamn, @RestForm String namn, @RestForm String titel,
            @RestForm String epost, @RestForm String telefon, @RestForm String organisation, @RestForm List<String> roller,
            @RestForm String losenord, @RestForm String upprepat) {
        List<String> valda = roller == null ? List.of() : roller;
        Formvarden varden = new Formvarden(null, anvandarnamn, namn, titel, epost, telefon, organisation, valda, true, 0);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long organisationId = Formular.id(organisation, "organisation", fel);
            fel.kastaOmFel();
            Anvandare a = service.skapa(new AnvandareUppgifter(anvandarnamn, namn, titel, epost, telefon == null ? "" : telefon, organisationId, valda,
                    true, losenord, upprepat == null ? "" : upprepat, null), inloggad.anvandare().id);
            return tillbaka(a.id, "skapad");
        } catch (Valideringsfel e) {
            return Response.status(400).entity(formular(varden, e.perFalt(), null, null)).build();
        } catch (Konflikt e) {
            return Response.status(409).entity(formular(varden, Map.of(), null, e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance anvandare(@RestPath long id, @RestQuery String klart) {
        String meddelande = switch (klart == null ? "" : klart) {
            case "skapad" -> meddelanden.anvandareSkapad();
            case "sparad" -> meddelanden.andringarSparade();
            case "losenord" -> meddelanden.losenordSatt();
            default -> null;
        };
        return formular(Formvarden.av(AnvandareService.hamta(id)), Map.of(), meddelande, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response andra(@RestPath long id, @RestForm String namn, @RestForm String titel, @RestForm String epost,
            @RestForm String telefon,
            @RestForm String organisation, @RestForm List<String> roller, @RestForm String aktiv,
            @RestForm String version) {
        Anvandare befintlig = AnvandareService.hamta(id);
        List<String> valda = roller == null ? List.of() : roller;
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Long organisationId = Formular.id(organisation, "organisation", fel);
        Long v = Formular.id(version, "version", fel);
        // The version the form was loaded with goes back into the form, so that a second attempt
        // after a correction still notices someone else's change in between.
        Formvarden varden = new Formvarden(id, befintlig.anvandarnamn, namn, titel, epost, telefon, organisation, valda,
                aktiv != null, v == null ? 0 : v);
        try {
            fel.kastaOmFel();
            service.andra(id, new AnvandareUppgifter(null, namn, titel, epost, telefon == null ? "" : telefon, organisationId, valda, aktiv != null,
                    null, null, v), inloggad.anvandare().id);
            return tillbaka(id, "sparad");
        } catch (Valideringsfel e) {
            return Response.status(400).entity(formular(varden, e.perFalt(), null, null)).build();
        } catch (Konflikt e) {
            // Changed by someone else, or a change of one's own account that is not allowed: the
            // stored state is shown again with the reason; nothing was saved.
            return Response.status(409).entity(formular(Formvarden.av(AnvandareService.hamta(id)), Map.of(), null,
                    e.getMessage() + " Inget sparades.")).build();
        }
    }

    @POST
    @Path("{id}/losenord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sattLosenord(@RestPath long id, @RestForm String losenord, @RestForm String upprepat) {
        try {
            service.sattLosenord(id, losenord, upprepat == null ? "" : upprepat, inloggad.anvandare().id);
            return tillbaka(id, "losenord");
        } catch (Valideringsfel e) {
            return Response.status(400)
                    .entity(formular(Formvarden.av(AnvandareService.hamta(id)), e.perFalt(), null, null)).build();
        } catch (Konflikt e) {
            return Response.status(409)
                    .entity(formular(Formvarden.av(AnvandareService.hamta(id)), Map.of(), null, e.getMessage())).build();
        }
    }

    private TemplateInstance formular(Formvarden varden, Map<String, String> fel, String meddelande,
            String konflikt) {
        boolean sjalv = varden.id() != null && varden.id().equals(inloggad.anvandare().id);
        // Active organisations, and the user's own even if it has since been deactivated.
        Long nuvarande = varden.id() == null ? null : AnvandareService.hamta(varden.id()).organisation.id;
        List<Organisation> organisationer = Organisation.list("aktiv = true or id = ?1", Sort.by("typ").and("namn"),
                nuvarande == null ? -1L : nuvarande);
        return Templates.anvandare(varden, fel, meddelande, konflikt, sjalv, organisationer, Rollval.ALLA);
    }

    private static Response tillbaka(long id, String klart) {
        return Response.seeOther(URI.create("/anvandare/" + id + "?klart=" + klart)).build();
    }
}
