package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * HTML and template code typed into every field the handläggare writes end up as text: in the
 * preview (the API's and the editor's live one) and in the PDF, never as markup or as evaluated Qute.
 */
@QuarkusTest
class UtlatandeXssTest {

    private static final String SKRIPT = "<script>alert('x')</script>";
    private static final String LOOP = "{#for p in underskrifter}{p.namn}{/for}";
    private static final String INJECT = "{inject:csrf.token}";
    private static final String ATTRIBUT = "\"><img src=x onerror=alert(1)>";

    private static String elakt(String falt) {
        return falt + " " + SKRIPT + " " + LOOP + " " + INJECT + " " + ATTRIBUT + " {utlatande.amne}";
    }

    @Test
    void anvandartextVisasSomTextIForhandsvisningOchPdf() {
        long m = Utkast.nyRemissTillVantor("XSS " + Api.unik());
        long[] under = Utkast.vantorsUndertecknare();
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR", under[0], under[1]);
        Map<String, Object> texter = new LinkedHashMap<>();
        for (String nyckel : List.of("sammanfattning", "beredning", "bakgrund", "programmet", "synpunkter", "bilagor")) {
            texter.put(nyckel, elakt(nyckel));
        }
        Map<String, Object> andring = new LinkedHashMap<>();
        andring.put("version", 1);
        andring.put("amne", elakt("amne"));
        andring.put("texter", texter);
        Utkast.patch(uid, andring).then().statusCode(200);

        String html = Utkast.forhandsvisning(uid);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("Monika ViklanderÅsa Berntsson"), "mallkod i text kördes");
        for (String falt : List.of("amne", "sammanfattning", "beredning", "bakgrund", "programmet", "synpunkter", "bilagor")) {
            innehaller(html, falt + " &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; " + LOOP + " " + INJECT
                    + " &quot;&gt;&lt;img src=x onerror=alert(1)&gt; {utlatande.amne}");
        }

        // The extracted text breaks lines where the PDF does: compare without white space.
        String pdf = Pdftext.av(Utkast.pdf(uid)).replaceAll("\\s+", "");
        for (String falt : List.of("sammanfattning", "beredning", "synpunkter", "bilagor")) {
            innehaller(pdf, (falt + " " + SKRIPT + " " + LOOP + " " + INJECT + " " + ATTRIBUT).replaceAll("\\s+", ""));
        }

        // The editor's live preview of unsaved text goes through the same escaping (inside srcdoc).
        Response live = Utkast.webb().formParam("version", "2").formParam("text.sammanfattning", SKRIPT + LOOP)
                .post("/utlatanden/" + uid + "/forhandsvisning");
        live.then().statusCode(200);
        String fragment = live.asString();
        assertFalse(fragment.contains("<script>"), fragment);
        innehaller(fragment, "&amp;lt;script&amp;gt;");
        innehaller(fragment, LOOP);

        // The editor page shows the stored text inside its fields, escaped.
        String sida = Utkast.webb().get("/utlatanden/" + uid).then().statusCode(200).extract().asString();
        assertFalse(sida.contains(SKRIPT), "råtext i redigeringssidan");
        assertFalse(sida.contains("<img src=x"), "råtext i redigeringssidan");
    }
}
