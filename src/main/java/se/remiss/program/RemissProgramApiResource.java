package se.remiss.program;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Roll;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissatkomst;

/**
 * A remiss's programme versions. Its own class path, more specific than /api/remisser, so that
 * JAX-RS matching routes these URLs here rather than into the remiss resource.
 */
@Authenticated
@Path("/api/remisser/{id}/program")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program")
public class RemissProgramApiResource {

    @Inject
    Programatkomst programatkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    ProgramImport importen;

    @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importera ett program (PDF, DOCX, text eller Markdown)",
            description = "Filen i delen 'fil'; valfri 'foregaende' = id för föregående version "
                    + "(annars den senaste). Svarar 201 med Location /api/program/{pid}.")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response importera(@RestPath long id, @RestForm("fil") FileUpload fil, @RestForm String foregaende) {
        remissatkomst.kontrolleraEgenRemiss(id);
        Program program = importen.importeraUppladdning(id, fil, foregaende);
        return Response.created(URI.create("/api/program/" + program.id)).entity(ProgramJson.ProgramPost.av(programatkomst.program(program.id))).build();
    }

    @GET
        @Operation(summary = "Programversionerna för en remiss, äldst först")
    public List<ProgramJson.Version> versioner(@RestPath long id) {
        Remiss remiss = remissatkomst.remiss(id);
        return Program.forRemiss(remiss).stream().map(ProgramJson.Version::av).toList();
    }

}
