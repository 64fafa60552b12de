package se.remiss.utlatande;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Roll;

/** The administrator's view of the document templates, and their style sheets for the preview. */
@Path("/mallar")
public class MallWebResource {

    @Inject
    UtlatandeRenderer renderer;

    /** A template with the last failure a real case met since it was changed. */
    public record Rad(Mallkatalog.Mall mall, Mallkatalog.Mallfel senasteFel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mallar(List<Rad> rader, List<String> filer, String katalog);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roll.ADMINISTRATOR, Roll.HANDLAGGARE})
    public TemplateInstance mallar() {
        Mallkatalog k = renderer.mallar();
        return Templates.mallar(k.alla().stream().map(m -> new Rad(m, k.senasteKortidsfel(m.namn()).orElse(null))).toList(),
                k.filer(), visadKatalog(k.katalog()));
    }

    /**
     * The folder as configured, never the server's absolute path (which tells a visitor how the
     * machine is laid out): a relative setting is shown as written, an absolute one by its last name.
     */
    static String visadKatalog(java.nio.file.Path katalog) {
        java.nio.file.Path namn = katalog.isAbsolute() ? katalog.getFileName() : katalog.normalize();
        return namn == null ? "" : namn.toString();
    }

    /** A template's style sheet, as the preview's {@code <link href="/mallar/utlatande.css">} asks for it. */
    @GET
    @Path("{fil}")
    @Produces("text/css")
    @PermitAll
    public Response stilmall(@RestPath String fil) {
        String adress = PdfRenderer.stilmall(renderer.mallar().katalog(), fil);
        if (adress == null) {
            throw new HittasInte("Ingen stilmall " + fil + ".");
        }
        try {
            return Response.ok(Files.readString(java.nio.file.Path.of(java.net.URI.create(adress))), "text/css; charset=UTF-8")
                    .header("Cache-Control", "no-cache").build();
        } catch (IOException e) {
            throw new HittasInte("Ingen stilmall " + fil + ".");
        }
    }
}
