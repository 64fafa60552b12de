package se.remiss.organisation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;

@Authenticated
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisationer", description = "Organisationer, deras diarieserier och grupper")
public class OrganisationApiResource {

    @Inject
    OrganisationService service;

    @GET
    @Path("organisationer")
    @Operation(summary = "Alla organisationer, och grupperna (typ GRUPP) om inte grupper=false")
    public List<OrganisationJson.Post> lista(@RestQuery Boolean grupper) {
        Map<Long, Diarieserie> serier = Diarieserie.<Diarieserie>listAll().stream()
                .collect(Collectors.toMap(s -> s.organisation.id, Function.identity()));
        List<OrganisationJson.Post> poster = new ArrayList<>();
        Organisation.allaSorterade().forEach(o -> poster.add(OrganisationJson.Post.av(o, serier.get(o.id))));
        if (!Boolean.FALSE.equals(grupper)) {
            Grupp.allaSorterade().forEach(g -> poster.add(OrganisationJson.Post.av(g)));
        }
        return poster;
    }

    @GET
    @Path("organisationer/{id}")
    public OrganisationJson.Post hamta(@RestPath long id) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Organisationen finns inte."));
        return OrganisationJson.Post.av(o, Diarieserie.forOrganisation(o).orElse(null));
    }

    @POST
    @Path("organisationer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lägg upp en organisation (med diarieserie om diarieformat anges)")
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response skapa(OrganisationUppgifter u) {
        Organisation o = service.skapa(krav(u));
        return Response.created(URI.create("/api/organisationer/" + o.id)).entity(hamta(o.id)).build();
    }

    @PUT
    @Path("organisationer/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public OrganisationJson.Post andra(@RestPath long id, OrganisationUppgifter u) {
        service.andra(id, krav(u));
        return hamta(id);
    }

    @GET
    @Path("grupper")
    public List<OrganisationJson.Post> grupper() {
        return Grupp.allaSorterade().stream().map(OrganisationJson.Post::av).toList();
    }

    @GET
    @Path("grupper/{id}")
    public OrganisationJson.Post grupp(@RestPath long id) {
        return OrganisationJson.Post.av(Grupp.<Grupp>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Gruppen finns inte.")));
    }

    @POST
    @Path("grupper")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public Response skapaGrupp(OrganisationJson.GruppUppgifter u) {
        if (u == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        Grupp g = service.sparaGrupp(null, u.kortnamn(), u.namn(), u.beskrivning(), u.medlemmar());
        return Response.created(URI.create("/api/grupper/" + g.id)).entity(grupp(g.id)).build();
    }

    @PUT
    @Path("grupper/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.ADMINISTRATOR})
    public OrganisationJson.Post andraGrupp(@RestPath long id, OrganisationJson.GruppUppgifter u) {
        if (u == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        service.sparaGrupp(id, u.kortnamn(), u.namn(), u.beskrivning(), u.medlemmar());
        return grupp(id);
    }

    private static OrganisationUppgifter krav(OrganisationUppgifter u) {
        if (u == null) {
            throw Valideringsfel.av("body", "Begäran saknar innehåll.");
        }
        return u;
    }
}
