package se.remiss.program;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.remiss.plattform.HittasInte;

@Authenticated
@Path("/api/program")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program", description = "Remitterade program uppdelade i avsnitt, mål och åtaganden")
public class ProgramApiResource {

    @Inject
    Programatkomst programatkomst;

    @GET
    @Path("{pid}")
    @Operation(summary = "Ett program med avsnittsträd, övergripande mål och åtaganden")
    public ProgramJson.ProgramPost hamta(@RestPath long pid) {
        return ProgramJson.ProgramPost.av(programatkomst.program(pid));
    }

    @GET
    @Path("{pid}/jamfor/{annan}")
    @Operation(summary = "Skillnader mellan två versioner", description = "pid är den tidigare, annan den senare.")
    public ProgramJson.Jamforelse jamfor(@RestPath long pid, @RestPath long annan) {
        Program tidigare = programatkomst.program(pid);
        Program senare = programatkomst.program(annan);
        return new ProgramJson.Jamforelse(ProgramJson.Version.av(tidigare), ProgramJson.Version.av(senare),
                Programjamforelse.jamfor(tidigare.struktur(), senare.struktur()));
    }

}
