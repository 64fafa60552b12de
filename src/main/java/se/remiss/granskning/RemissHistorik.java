package se.remiss.granskning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Sida;
import se.remiss.plattform.SidaJson;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sakerhet.Atkomst;

/**
 * A remiss's history from the audit trail, as page and JSON. The sender sees every event; a
 * recipient the sender's and its own, not the other recipients'. Own class-level paths: JAX-RS
 * picks a resource class by its path before its methods, so these cannot live in the audit pages'
 * class beside the remiss resources.
 */
@RequestScoped
public class RemissHistorik {

    @CheckedTemplate(basePath = "GranskningWebResource")
    static class Mallar {
        static native TemplateInstance historik(Remiss remiss, Sida<Granskningshandelse> sida, Listadress adress);
    }

    @Inject
    Atkomst atkomst;

    @Inject
    RemissConfig config;

    @Inject
    Handelsemaskning maskning;

    /** Methods, not fields: the resources hold a client proxy of this request-scoped bean. */
    int sidstorlek() {
        return config.sidstorlek();
    }

    Remiss remiss(long id) {
        return atkomst.remiss(id);
    }

    Sida<Granskningshandelse> historik(long id, int sida, int storlek) {
        Remiss remiss = atkomst.remiss(id);
        if (atkomst.arAvsandare(remiss)) {
            return maskning.historik(Granskningssok.historik(id, atkomst.enhetsId(), null, sida, storlek), null);
        }
        // A recipient sees the events about its own recipient rows only, and itself only in recipient lists.
        List<Remissmottagare> egna = atkomst.synligaMottagare(remiss, remiss.mottagare);
        Set<String> egnaNamn = new HashSet<>();
        egna.forEach(m -> {
            egnaNamn.add(m.organisation.namn);
            egnaNamn.add(m.organisation.namn + " " + m.dnr());
        });
        return maskning.historik(Granskningssok.historik(id, atkomst.enhetsId(),
                egna.stream().map(m -> m.id).toList(), sida, storlek), egnaNamn);
    }

    @Path("/remisser/{id}/historik")
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    public static class WebResource {
        @Inject
        RemissHistorik historik;

        @GET
        public TemplateInstance visa(@RestPath long id, @RestQuery Integer sida) {
            Sida<Granskningshandelse> rader = historik.historik(id, Sida.sidnummer(sida), historik.sidstorlek());
            return Mallar.historik(historik.remiss(id), rader, new Listadress("/remisser/" + id + "/historik"));
        }
    }

    @Path("/api/remisser/{id}/historik")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Granskning")
    @Authenticated
    public static class ApiResource {
        @Inject
        RemissHistorik historik;

        @GET
        @Operation(summary = "En remiss historik", description = "Avsändaren ser allt; en mottagare avsändarens och sina egna händelser.")
        public SidaJson<GranskningJson.Post> visa(@RestPath long id, @RestQuery String sida, @RestQuery String storlek) {
            return SidaJson.av(historik.historik(id, Parametrar.sida(sida), Parametrar.storlek(storlek, historik.sidstorlek()))
                    .map(GranskningJson.Post::av));
        }
    }
}
