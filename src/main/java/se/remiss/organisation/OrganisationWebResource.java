package se.remiss.organisation;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Formular;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;

/** The administrator's pages for organisations (with their diarium series) and groups. */
@Authenticated
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganisationWebResource {

    @Inject
    OrganisationService service;

    @Inject
    Meddelanden meddelanden;

    @Inject
    se.remiss.plattform.RemissConfig config;

    /** Form values, kept as typed text so that a form with errors shows exactly what was entered. */
    public record Formvarden(Long id, String kortnamn, String namn, String typ, String forvaltning, boolean aktiv,
            String diarieformat, String diariekod, String paminnelsedagar, long version) {

        static Formvarden av(Organisation o, Diarieserie s) {
            return new Formvarden(o.id, o.kortnamn, o.namn, o.typ.name(),
                    o.forvaltning == null ? "" : String.valueOf(o.forvaltning.id), o.aktiv,
                    s == null ? "" : s.format, s == null || s.kod == null ? "" : s.kod,
                    o.paminnelsedagar == null ? "" : String.valueOf(o.paminnelsedagar), o.version);
        }
    }

    public record Gruppvarden(Long id, String kortnamn, String namn, String beskrivning, List<String> medlemmar) {
        public boolean vald(Long organisation) {
            return medlemmar.contains(String.valueOf(organisation));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lista(List<Organisation> organisationer, Map<Long, Diarieserie> serier,
                List<Grupp> grupper, String meddelande);

        static native TemplateInstance organisation(Formvarden varden, Map<String, String> fel,
                List<OrganisationTyp> typer, List<Organisation> forvaltningar, int standardPaminnelsedagar);

        static native TemplateInstance grupp(Gruppvarden varden, Map<String, String> fel,
                List<Organisation> organisationer);
    }

    @GET
    @Path("organisationer")
    public TemplateInstance lista(@RestQuery String klart) {
        Map<Long, Diarieserie> serier = Diarieserie.<Diarieserie>listAll().stream()
                .collect(Collectors.toMap(s -> s.organisation.id, Function.identity()));
        String meddelande = "sparad".equals(klart) ? meddelanden.andringarSparade() : null;
        return Templates.lista(Organisation.allaSorterade(), serier, Grupp.allaSorterade(), meddelande);
    }

    @GET
    @Path("organisationer/ny")
    @RolesAllowed({Roll.ADMINISTRATOR})
    public TemplateInstance ny() {
        return organisationsformular(new Formvarden(null, "", "", "", "", true, "", "", "", 0), Map.of());
    }

    @GET
    @Path("organisationer/{id}")
    public TemplateInstance organisation(@RestPath long id) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Organisationen finns inte."));
        return organisationsformular(Formvarden.av(o, Diarieserie.forOrganisation(o).orElse(null)), Map.of());
    }

    @POST
    @Path("organisationer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response skapa(@RestForm String kortnamn, @RestForm String namn, @RestForm String typ,
            @RestForm String forvaltning, @RestForm String aktiv, @RestForm String diarieformat,
            @RestForm String diariekod, @RestForm String paminnelsedagar) {
        return spara(null, kortnamn, namn, typ, forvaltning, aktiv, diarieformat, diariekod, paminnelsedagar, null);
    }

    @POST
    @Path("organisationer/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response andra(@RestPath long id, @RestForm String kortnamn, @RestForm String namn, @RestForm String typ,
            @RestForm String forvaltning, @RestForm String aktiv, @RestForm String diarieformat,
            @RestForm String diariekod, @RestForm String paminnelsedagar, @RestForm String version) {
        return spara(id, kortnamn, namn, typ, forvaltning, aktiv, diarieformat, diariekod, paminnelsedagar, version);
    }

    private Response spara(Long id, String kortnamn, String namn, String typ, String forvaltning, String aktiv,
            String diarieformat, String diariekod, String paminnelsedagar, String version) {
        Formvarden varden = new Formvarden(id, kortnamn, namn, typ, forvaltning, aktiv != null, diarieformat,
                diariekod, paminnelsedagar, 0);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long forvaltningId = Formular.id(forvaltning, "forvaltning", fel);
            Long v = Formular.id(version, "version", fel);
            Integer dagar = null;
            if (paminnelsedagar != null && !paminnelsedagar.isBlank()) {
                try {
                    dagar = Integer.valueOf(paminnelsedagar.strip());
                } catch (NumberFormatException e) {
                    fel.fel("paminnelsedagar", "Påminnelse före fristen: ange ett antal arbetsdagar (0–"
                            + Organisation.MAX_PAMINNELSEDAGAR + "), eller lämna tomt för standardvärdet.");
                }
            }
            fel.kastaOmFel();
            OrganisationUppgifter u = new OrganisationUppgifter(kortnamn, namn,
                    Parametrar.enumVarde(OrganisationTyp.class, typ, "typ"), forvaltningId, aktiv != null,
                    diarieformat, diariekod, dagar, v);
            if (id == null) {
                service.skapa(u);
            } else {
                service.andra(id, u);
            }
            return Response.seeOther(URI.create("/organisationer?klart=sparad")).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(organisationsformular(varden, e.perFalt())).build();
        }
    }

    @GET
    @Path("grupper/ny")
    @RolesAllowed({Roll.ADMINISTRATOR})
    public TemplateInstance nyGrupp() {
        return Templates.grupp(new Gruppvarden(null, "", "", "", List.of()), Map.of(), Organisation.aktivaSorterade());
    }

    @GET
    @Path("grupper/{id}")
    public TemplateInstance grupp(@RestPath long id) {
        Grupp g = Grupp.<Grupp>findByIdOptional(id).orElseThrow(() -> new HittasInte("Gruppen finns inte."));
        return Templates.grupp(new Gruppvarden(g.id, g.kortnamn, g.namn, g.beskrivning == null ? "" : g.beskrivning,
                g.medlemmar.stream().map(m -> String.valueOf(m.id)).toList()), Map.of(),
                Organisation.aktivaSorterade());
    }

    @POST
    @Path("grupper")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response skapaGrupp(@RestForm String kortnamn, @RestForm String namn, @RestForm String beskrivning,
            @RestForm List<String> medlemmar) {
        return sparaGrupp(null, kortnamn, namn, beskrivning, medlemmar);
    }

    @POST
    @Path("grupper/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response andraGrupp(@RestPath long id, @RestForm String kortnamn, @RestForm String namn,
            @RestForm String beskrivning, @RestForm List<String> medlemmar) {
        return sparaGrupp(id, kortnamn, namn, beskrivning, medlemmar);
    }

    private Response sparaGrupp(Long id, String kortnamn, String namn, String beskrivning, List<String> medlemmar) {
        List<String> valda = medlemmar == null ? List.of() : medlemmar;
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            List<Long> idn = Formular.idn(valda, "medlemmar", fel);
            fel.kastaOmFel();
            service.sparaGrupp(id, kortnamn, namn, beskrivning, idn);
            return Response.seeOther(URI.create("/organisationer?klart=sparad")).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.grupp(new Gruppvarden(id, kortnamn, namn, beskrivning, valda),
                    e.perFalt(), Organisation.aktivaSorterade())).build();
        }
    }

    private TemplateInstance organisationsformular(Formvarden varden, Map<String, String> fel) {
        List<Organisation> forvaltningar = Organisation.list("typ in ?1 order by namn",
                List.of(OrganisationTyp.FORVALTNING, OrganisationTyp.KONTOR));
        return Templates.organisation(varden, fel, List.of(OrganisationTyp.values()), forvaltningar,
                config.epost().paminnelsedagar());
    }
}
