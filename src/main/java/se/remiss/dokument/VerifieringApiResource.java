package se.remiss.dokument;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Anyone logged in may check any PDF's signatures; nothing is stored or changed. */
@Path("/api/verifiering")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Verifiering", description = "Kontroll av underskrifterna i en PDF")
public class VerifieringApiResource {

    @Inject
    Verifieringsbegaran begaran;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Kontrollera underskrifterna i en PDF",
            description = "Multipart-delen fil. Svarar per underskrift: undertecknare, tidpunkt (/M), tidsstampel, "
                    + "helaDokumentet, intakt, betrodd; registrerad när filen är en handling som användaren får se. "
                    + "En fil som inte är en PDF ger 400.")
    public VerifieringJson verifiera(@RestForm("fil") FileUpload fil) {
        return begaran.verifiera(fil);
    }
}
