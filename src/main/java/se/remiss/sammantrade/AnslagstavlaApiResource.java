package se.remiss.sammantrade;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.remiss.kalender.SvenskKalender;
import se.remiss.plattform.Klocka;

/** The anslagstavla as JSON, public like the page ({@link AnslagstavlaResource}). */
@Path("/api/anslagstavla")
@Tag(name = "Sammanträden")
public class AnslagstavlaApiResource {

    @Inject
    Klocka klocka;

    @Inject
    SvenskKalender kalender;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Transactional
    @Operation(summary = "Anslagstavlan: justerade protokoll (utan inloggning)",
            description = "Tillkännagivandet av varje justerat protokoll från anslagsdagen tills överklagandetiden "
                    + "(tre veckor) har gått ut: nämnd, sammanträdesdatum, paragrafer, justeringsdag, anslag, nedtagning.")
    public List<ProtokollJson.Anslag> anslag() {
        return AnslagstavlaResource.anslag(klocka, kalender);
    }
}
