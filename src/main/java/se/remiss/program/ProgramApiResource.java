package se.remiss.program;

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
import se.remiss.diarium.DiariumService;
import se.remiss.plattform.Formular;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remiss;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program", description = "Remitterade program uppdelade i avsnitt, mål och åtaganden")
public class ProgramApiResource {

    private final ProgramImport importen;
    private final DiariumService diarium;

    ProgramApiResource(ProgramImport importen, DiariumService diarium) {
        this.importen = importen;
        this.diarium = diarium;
    }

    @POST
    @Path("remisser/{id}/program")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importera ett program (PDF, DOCX, text eller Markdown)",
            description = "Filen i delen 'fil'; valfri 'foregaende' = id för föregående version "
                    + "(annars den senaste). Svarar 201 med Location /api/program/{pid}.")
    public Response importera(@RestPath long id, @RestForm("fil") FileUpload fil, @RestForm String foregaende) {
        Remiss.<Remiss>findByIdOptional(id).orElseThrow(() -> new HittasInte("Remissen finns inte."));
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Long foregaendeId = Formular.id(foregaende, "foregaende", fel);
        fel.kastaOmFel();
        DiariumService.Bilaga bilaga = diarium.lagraUppladdning(fil, "fil");
        ProgramImport.Tolkning tolkning = importen.tolka(bilaga.filnamn(), bilaga.fil().innehall);
        Program program = importen.importera(id, bilaga, tolkning, foregaendeId);
        return Response.created(URI.create("/api/program/" + program.id)).entity(hamta(program.id)).build();
    }

    @GET
    @Path("remisser/{id}/program")
    @Operation(summary = "Programversionerna för en remiss, äldst först")
    public List<ProgramJson.Version> versioner(@RestPath long id) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(id).orElseThrow(() -> new HittasInte("Remissen finns inte."));
        return Program.forRemiss(remiss).stream().map(ProgramJson.Version::av).toList();
    }

    @GET
    @Path("program/{pid}")
    @Operation(summary = "Ett program med avsnittsträd, övergripande mål och åtaganden")
    public ProgramJson.ProgramPost hamta(@RestPath long pid) {
        return ProgramJson.ProgramPost.av(programmet(pid));
    }

    @GET
    @Path("program/{pid}/jamfor/{annan}")
    @Operation(summary = "Skillnader mellan två versioner", description = "pid är den tidigare, annan den senare.")
    public ProgramJson.Jamforelse jamfor(@RestPath long pid, @RestPath long annan) {
        Program tidigare = programmet(pid);
        Program senare = programmet(annan);
        return new ProgramJson.Jamforelse(ProgramJson.Version.av(tidigare), ProgramJson.Version.av(senare),
                Programjamforelse.jamfor(tidigare.struktur(), senare.struktur()));
    }

    static Program programmet(long pid) {
        return Program.<Program>findByIdOptional(pid).orElseThrow(() -> new HittasInte("Programmet finns inte."));
    }
}
