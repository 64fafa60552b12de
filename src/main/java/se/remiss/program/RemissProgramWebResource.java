package se.remiss.program;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissatkomst;

/** A remiss's programme versions and the import form (own class path; see RemissProgramApiResource). */
@Authenticated
@Path("/remisser/{id}/program")
@Produces(MediaType.TEXT_HTML)
public class RemissProgramWebResource {

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    ProgramImport importen;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importera(Remiss remiss, List<Program> versioner, Map<String, String> fel);
    }

    @GET
    public TemplateInstance versioner(@RestPath long id) {
        Remiss remiss = remissen(id);
        return Templates.importera(remiss, Program.forRemiss(remiss), Map.of());
    }

    /** The latest version (with the same filters), or the import page when there is none. */
    @GET
    @Path("senaste")
    public Response senaste(@RestPath long id, @RestQuery Long organisation, @RestQuery Boolean riktade) {
        List<Program> versioner = Program.forRemiss(remissen(id));
        if (versioner.isEmpty()) {
            return Response.seeOther(URI.create("/remisser/" + id + "/program")).build();
        }
        String filter = organisation == null ? "" : "?organisation=" + organisation
                + (Boolean.TRUE.equals(riktade) ? "&riktade=true" : "") + "#ataganden";
        return Response.seeOther(URI.create("/program/" + versioner.get(versioner.size() - 1).id + filter)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response importera(@RestPath long id, @RestForm("fil") FileUpload fil, @RestForm String foregaende) {
        Remiss remiss = remissatkomst.egenRemiss(id);
        try {
            Program program = importen.importeraUppladdning(id, fil, foregaende);
            return Response.seeOther(URI.create("/program/" + program.id)).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(Templates.importera(remiss, Program.forRemiss(remiss), e.perFalt()))
                    .build();
        }
    }

    private Remiss remissen(long id) {
        return remissatkomst.remiss(id);
    }
}
