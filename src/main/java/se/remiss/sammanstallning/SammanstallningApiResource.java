package se.remiss.sammanstallning;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.plattform.Tabellexport;
import se.remiss.remiss.Remissatkomst;

/**
 * The sammanställning of a remiss's answers for its sender, in the format the client's Accept asks
 * for: JSON, PDF ("Remissammanställning", PDF/A), XLSX (one sheet per view) or CSV. Any other
 * Accept is answered 406 (problem+json). A recipient or another organisation gets 404.
 */
@Authenticated
@Path("/api/remisser/{id}/sammanstallning")
@Tag(name = "Remisser")
public class SammanstallningApiResource {

    static final String BESKRIVNING = "Per mottagare: ställningstagande (ur det inskickade utlåtandet; AVSTAR för "
            + "den som avstått, annars INGET_YTTRANDE), inkomstdagar mot båda fristerna och det undertecknade "
            + "utlåtandet. Per avsnitt: vilka som citerat det och meningen runt citatet. Per åtagande: vad varje "
            + "mottagare det riktas till skrev. Bara remissens avsändare; format efter Accept: application/json, "
            + "application/pdf, XLSX, text/csv (UTF-8 med BOM, semikolon). Annat Accept: 406.";

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Sammanstallare sammanstallare;

    @Inject
    SammanstallningPdf pdf;

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    /** The formats in the order offered when Accept ranks several alike ({@code *}{@code /*}: JSON). */
    private static final List<Variant> FORMAT = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(PDF), MediaType.valueOf(XLSX), MediaType.valueOf(CSV)).build();

    /**
     * One method for the four formats, chosen here from Accept: the JAX-RS runtime would otherwise
     * answer an Accept none of them matches with one of them instead of 406.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF, XLSX, CSV})
    @Operation(summary = "Sammanställningen av remissvaren", description = BESKRIVNING)
    @APIResponse(responseCode = "200", description = "Sammanställningen i det begärda formatet", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Sammanstallning.class)),
        @Content(mediaType = PDF), @Content(mediaType = XLSX), @Content(mediaType = CSV)})
    @APIResponse(responseCode = "406", description = "Inget av formaten passar Accept")
    public Response hamta(@RestPath long id, @Context Request begaran, @Context UriInfo uri) {
        Variant vald = begaran.selectVariant(FORMAT);
        if (vald == null) {
            throw new NotAcceptableException();
        }
        Sammanstallning s = bygg(id);
        String typ = vald.getMediaType().getType() + "/" + vald.getMediaType().getSubtype();
        return switch (typ) {
            case PDF -> Response.ok(pdf.pdf(s), PDF).header("Content-Disposition", SammanstallningPdf.disposition(s))
                    .build();
            case XLSX -> tabeller(s, Tabellexport.Format.XLSX, uri);
            case CSV -> tabeller(s, Tabellexport.Format.CSV, uri);
            default -> Response.ok(s, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private Sammanstallning bygg(long id) {
        return sammanstallare.bygg(remissatkomst.egenRemiss(id));
    }

    private static Response tabeller(Sammanstallning s, Tabellexport.Format format, UriInfo uri) {
        return Tabellexport.svar(format, filnamn(s), Sammanstallningstabeller.tabeller(s, Tabellexport.bas(uri)));
    }

    /** "Remissammanställning-316-259-2012", without extension. */
    static String filnamn(Sammanstallning s) {
        String pdfnamn = se.remiss.plattform.Innehallsdisposition.filnamn(SammanstallningPdf.DOKUMENTTYP, s.dnr());
        return pdfnamn.substring(0, pdfnamn.length() - ".pdf".length());
    }

}
