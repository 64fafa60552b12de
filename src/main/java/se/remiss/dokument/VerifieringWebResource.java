package se.remiss.dokument;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.diarium.Filnamn;
import se.remiss.plattform.Valideringsfel;

/**
 * The verification page: upload a PDF, see its signatures. The POST answers with the report itself
 * rather than redirecting, because it changes nothing and the report exists only for this upload.
 */
@Path("/verifiering")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VerifieringWebResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verifiering(VerifieringJson rapport, String filnamn, Map<String, String> fel);
    }

    @Inject
    Verifieringsbegaran begaran;

    @GET
    public TemplateInstance sida() {
        return Templates.verifiering(null, null, Map.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verifiera(@RestForm("fil") FileUpload fil) {
        try {
            return Response.ok(Templates.verifiering(begaran.verifiera(fil), Filnamn.stada(fil.fileName()), Map.of())).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.verifiering(null, null, e.perFalt())).build();
        }
    }
}
