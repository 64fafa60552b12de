package se.remiss.utlatande;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.remiss.sakerhet.Inloggad;

/** "Att godkänna": the drafts waiting for the logged-in signatory, each with its PDF. */
@Path("/att-godkanna")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AttGodkannaWebResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lista(List<Utlatande> utlatanden);
    }

    private final Inloggad inloggad;

    AttGodkannaWebResource(Inloggad inloggad) {
        this.inloggad = inloggad;
    }

    @GET
    public TemplateInstance lista() {
        return Templates.lista(Utlatande.attGodkanna(inloggad.anvandare()));
    }
}
