package se.remiss.program;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;

/** The programme pages: section tree and text, goals, commitments "riktade till oss", versions and comparison. */
@Authenticated
@Path("/program")
@Produces(MediaType.TEXT_HTML)
public class ProgramWebResource {

    @Inject
    Programatkomst programatkomst;

    /** The commitments shown, and for whom they were filtered. */
    public record Urval(Organisation organisation, boolean baraVara, List<Atagande> atagande, int totalt) {

        /** The filter as query parameters to append to a section link ("&organisation=12&riktade=true"), or "". */
        public String parametrar() {
            return (organisation == null ? "" : "&organisation=" + organisation.id) + (baraVara ? "&riktade=true" : "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance program(Program program, List<Program> versioner, Programavsnitt valt,
                List<Textblock> text, List<Atagande> avsnittetsAtagande, Urval urval,
                List<Organisation> organisationer);

        static native TemplateInstance program$avsnitt(Program program, Programavsnitt valt, List<Textblock> text,
                List<Atagande> avsnittetsAtagande, Urval urval);

        static native TemplateInstance jamforelse(Program tidigare, Program senare, Programjamforelse.Resultat skillnader,
                List<Program> versioner);
    }

    @GET
    @Path("{pid}")
    public TemplateInstance program(@RestPath long pid, @RestQuery String avsnitt, @RestQuery Long organisation,
            @RestQuery Boolean riktade, @HeaderParam("HX-Request") String htmx) {
        Program program = programatkomst.program(pid);
        Programavsnitt valt = valt(program, avsnitt);
        List<Atagande> alla = program.atagandenIOrdning();
        List<Atagande> avsnittets = valt == null ? List.of()
                : alla.stream().filter(a -> a.avsnitt.id.equals(valt.id)).toList();
        Organisation org = organisation == null ? null : Organisation.findById(organisation);
        Urval urval = urval(alla, org, Boolean.TRUE.equals(riktade));
        List<Textblock> text = valt == null ? List.of() : Textblock.av(valt.text);
        if (htmx != null) {
            return Templates.program$avsnitt(program, valt, text, avsnittets, urval);
        }
        return Templates.program(program, Program.forRemiss(program.remiss), valt, text, avsnittets, urval,
                Organisation.aktivaSorterade());
    }

    @GET
    @Path("{pid}/jamfor/{annan}")
    public TemplateInstance jamfor(@RestPath long pid, @RestPath long annan) {
        Program tidigare = programatkomst.program(pid);
        Program senare = programatkomst.program(annan);
        return Templates.jamforelse(tidigare, senare,
                Programjamforelse.jamfor(tidigare.struktur(), senare.struktur()), Program.forRemiss(senare.remiss));
    }

    private static Programavsnitt valt(Program program, String nyckel) {
        if (program.avsnitt.isEmpty()) {
            return null;
        }
        Optional<Programavsnitt> hittat = nyckel == null ? Optional.empty()
                : program.avsnitt.stream().filter(a -> a.nyckel.equals(nyckel)).findFirst();
        if (nyckel != null && hittat.isEmpty()) {
            throw new HittasInte("Avsnittet " + nyckel + " finns inte i programmet.");
        }
        return hittat.orElse(program.avsnitt.get(0));
    }

    /**
     * "Riktade till oss": commitments addressed to the organisation, to a committee its office
     * serves, or to a group any of those belong to.
     */
    static Urval urval(List<Atagande> alla, Organisation organisation, boolean baraVara) {
        if (organisation == null || !baraVara) {
            return new Urval(organisation, false, alla, alla.size());
        }
        List<Organisation> vi = organisation.enhetensOrganisationer();
        return new Urval(organisation, true, alla.stream().filter(a -> a.riktatTill(vi)).toList(), alla.size());
    }
}
