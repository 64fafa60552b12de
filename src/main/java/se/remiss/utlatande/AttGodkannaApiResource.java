package se.remiss.utlatande;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.remiss.sakerhet.Inloggad;

/** The drafts waiting for the logged-in signatory's approval. */
@Path("/api/att-godkanna")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Utlåtanden")
@Authenticated
public class AttGodkannaApiResource {

    private final Inloggad inloggad;

    AttGodkannaApiResource(Inloggad inloggad) {
        this.inloggad = inloggad;
    }

    @GET
    @Operation(summary = "Utlåtanden som väntar på mitt godkännande",
            description = "De utlåtanden där den inloggade är undertecknaren vars tur det är.")
    public List<UtlatandeJson.AttGodkanna> lista() {
        return Utlatande.attGodkanna(inloggad.anvandare()).stream().map(UtlatandeJson.AttGodkanna::av).toList();
    }
}
