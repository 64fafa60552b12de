package se.remiss.sammanstallning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.plattform.Tabellexport;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissatkomst;

/** The sender's page of the sammanställning, and its downloads (PDF, XLSX, CSV) for links. */
@Authenticated
@Path("/remisser/{id}/sammanstallning")
@Produces(MediaType.TEXT_HTML)
public class SammanstallningWebResource {

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Sammanstallare sammanstallare;

    @Inject
    SammanstallningPdf pdf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sammanstallning(Remiss remiss, Sammanstallning s);
    }

    @GET
    public TemplateInstance sida(@RestPath long id) {
        Remiss remiss = remissatkomst.egenRemiss(id);
        return Templates.sammanstallning(remiss, sammanstallare.bygg(remiss));
    }

    /** {@code format}: pdf, xlsx (when absent) or csv. */
    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestPath long id, @RestQuery String format, @Context UriInfo uri) {
        boolean somPdf = format != null && "pdf".equalsIgnoreCase(format.strip());
        Tabellexport.Format f = somPdf ? null : tabellformat(format);
        Sammanstallning s = sammanstallare.bygg(remissatkomst.egenRemiss(id));
        if (somPdf) {
            return Response.ok(pdf.pdf(s), "application/pdf")
                    .header("Content-Disposition", SammanstallningPdf.disposition(s)).build();
        }
        return Tabellexport.svar(f, SammanstallningApiResource.filnamn(s),
                Sammanstallningstabeller.tabeller(s, Tabellexport.bas(uri)));
    }

    private static Tabellexport.Format tabellformat(String format) {
        try {
            return Tabellexport.Format.av(format);
        } catch (Valideringsfel e) {
            throw Valideringsfel.av("format", "Okänt format \"" + format + "\". Välj pdf, xlsx eller csv.");
        }
    }
}
