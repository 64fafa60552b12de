package se.remiss.plattform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** An error answer in the caller's language: problem+json under /api, a Swedish page elsewhere. */
public final class Felsvar {

    @CheckedTemplate(basePath = "plattform")
    static class Templates {
        static native TemplateInstance fel(int status, String rubrik, String meddelande);
    }

    private Felsvar() {
    }

    public static Response svar(String sokvag, int status, String rubrik, String detalj, List<Faltfel> fel) {
        return byggare(sokvag, status, rubrik, detalj, fel).build();
    }

    public static Response.ResponseBuilder byggare(String sokvag, int status, String rubrik, String detalj, List<Faltfel> fel) {
        String vag = "/" + sokvag.replaceFirst("^/", "");
        if (arApi(vag)) {
            return Response.status(status).type(Problem.MEDIETYP).entity(Problem.av(status, rubrik, detalj, vag, fel));
        }
        String text = fel == null || fel.isEmpty() ? detalj
                : detalj + " " + fel.stream().map(Faltfel::meddelande).collect(Collectors.joining(" "));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.fel(status, rubrik, text));
    }

    public static boolean arApi(String sokvag) {
        String vag = "/" + sokvag.replaceFirst("^/", "");
        return vag.equals("/api") || vag.startsWith("/api/");
    }
}
