package se.remiss.kalender;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Datumformat;

/**
 * The htmx fragment under a deadline field: empty on a working day, otherwise the warning with the
 * next working day. Accepts the date under the field's own name so inputs need no extra wiring.
 */
@Authenticated
@Path("/kalender/kontroll")
public class KalenderWebResource {

    @Inject
    SvenskKalender kalender;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String kontroll(@RestQuery String datum, @RestQuery String sistaDagKontorsutlatande,
            @RestQuery String sistaDagNamndprotokoll) {
        String varde = datum != null ? datum : sistaDagKontorsutlatande != null ? sistaDagKontorsutlatande
                : sistaDagNamndprotokoll;
        if (varde == null || varde.isBlank()) {
            return "";
        }
        return Datumformat.tolka(varde).map(kalender::kontrollera)
                .map(k -> k.arbetsdag() ? "" : k.meddelande())
                .orElse(Datumformat.MEDDELANDE);
    }
}
