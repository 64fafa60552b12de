package se.remiss.kalender;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.plattform.Datumformat;
import se.remiss.plattform.Valideringsfel;

@Authenticated
@Path("/api/kalender")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kalender", description = "Svenska arbetsdagar enligt lagen (1930:173)")
public class KalenderApiResource {

    @Inject
    SvenskKalender kalender;

    public record Svar(LocalDate datum, boolean arbetsdag, String orsak, LocalDate foreslagetDatum, String meddelande) {
    }

    @GET
    @Path("{datum}")
    @Operation(summary = "Är dagen en arbetsdag? Annars: nästa arbetsdag enligt lagen (1930:173)")
    public Svar kontrollera(@RestPath String datum) {
        SvenskKalender.Kontroll k = kalender.kontrollera(tolka(datum));
        return new Svar(k.datum(), k.arbetsdag(), k.orsak(), k.foreslagetDatum(), k.arbetsdag() ? null : k.meddelande());
    }

    static LocalDate tolka(String datum) {
        return Datumformat.tolka(datum).orElseThrow(() -> Valideringsfel.av("datum", Datumformat.MEDDELANDE));
    }
}
