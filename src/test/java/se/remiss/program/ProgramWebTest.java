package se.remiss.program;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.program.Programdata.ALLA_NAMNDER_OCH_BOLAG;
import static se.remiss.program.Programdata.ALLA_SDN;
import static se.remiss.program.Programdata.REVIDERAT_FIL;
import static se.remiss.program.Programdata.TIDIGARE_FIL;
import static se.remiss.program.Programdata.allaKrav;
import static se.remiss.program.Programdata.importeradText;
import static se.remiss.program.Programdata.lista;
import static se.remiss.program.Programdata.nyRemiss;
import static se.remiss.program.Programdata.program;
import static se.remiss.program.Programdata.versioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * The programme pages as HTML over HTTP (the browser journey is {@link ProgramJourneyTest}): the
 * "riktade till oss" filter, the htmx section fragment, unknown sections, the comparison page and
 * the import form. Each test imports seed 004 into a remiss of its own.
 */
@QuarkusTest
class ProgramWebTest {

    private static final String VANTOR = "Vantörs stadsdelsnämnd";
    private static final String SOTN_ENDAST = "Socialtjänstnämnden ska ha en hög ambitionsnivå vid tillsyn över "
            + "servering av alkoholdrycker.";

    @Test
    void riktadeTillVantorVisarDeTrettonSomRorStadsdelsnamndernaEllerAlla() {
        long pid = importeradText(nyRemiss("riktade"), REVIDERAT_FIL, null);
        List<String> forvantade = allaKrav(program(pid)).stream()
                .filter(k -> lista(k, "riktadTill").contains(ALLA_SDN) || lista(k, "riktadTill").contains(ALLA_NAMNDER_OCH_BOLAG))
                .map(k -> (String) k.get("text")).toList();
        assertEquals(13, forvantade.size(), forvantade::toString);
        assertFalse(forvantade.contains(SOTN_ENDAST));

        String html = sida("/program/" + pid + "?organisation=" + Api.id("vantor-sdn") + "&riktade=true");
        assertTrue(html.contains("13 av 21 åtaganden riktas till " + VANTOR), html);
        List<List<String>> rader = ataganden(html);
        assertEquals(forvantade, rader.stream().map(r -> r.get(1)).toList());
        assertFalse(html.contains(SOTN_ENDAST), "ett åtagande bara för Socialtjänstnämnden ska inte visas");
        // every row says whom it is addressed to, and that includes the district committees or all
        rader.forEach(r -> assertTrue(r.get(2).contains(ALLA_SDN) || r.get(2).contains(ALLA_NAMNDER_OCH_BOLAG), r::toString));
        // the filter form keeps the choice
        assertTrue(html.matches("(?s).*<option value=\"" + Api.id("vantor-sdn") + "\" selected>" + VANTOR + "</option>.*"));
        assertTrue(html.contains("name=\"riktade\" value=\"true\" checked"));

        // the office that serves the committee sees the same
        String forvaltning = sida("/program/" + pid + "?organisation=" + Api.id("vantor-sdf") + "&riktade=true");
        assertTrue(forvaltning.contains("13 av 21 åtaganden riktas till Vantörs stadsdelsförvaltning"), forvaltning);

        // without the filter: all 21, the Socialtjänstnämnden one too
        String alla = sida("/program/" + pid + "?organisation=" + Api.id("vantor-sdn"));
        assertTrue(alla.contains("21 åtaganden."), alla);
        assertEquals(21, ataganden(alla).size());
        assertTrue(alla.contains(SOTN_ENDAST));
    }

    @Test
    void avsnittViaHtmxGerBaraArtikeln() {
        long pid = importeradText(nyRemiss("htmx"), REVIDERAT_FIL, null);

        Response svar = given().header("HX-Request", "true").get("/program/" + pid + "?avsnitt=5.3");
        svar.then().statusCode(200).contentType("text/html");
        String fragment = svar.asString().strip();
        assertTrue(fragment.startsWith("<article id=\"avsnitt\""), fragment);
        assertTrue(fragment.endsWith("</article>"), fragment);
        assertEquals(1, antal(fragment, "<article"), fragment);
        assertTrue(fragment.contains("<h2>5.3 Uppsökande arbete</h2>"), fragment);
        assertTrue(fragment.contains("Åtaganden i avsnittet"), fragment);
        assertTrue(fragment.contains("Stadens bostadsbolag ska i samarbete med polisen"), fragment);
        for (String sidan : List.of("<html", "<nav", "<head", "Övergripande mål", "<form")) {
            assertFalse(fragment.contains(sidan), "fragmentet ska inte innehålla " + sidan + ": " + fragment);
        }

        // the same address without htmx is the whole page with 5.3 chosen in the tree
        String hel = sida("/program/" + pid + "?avsnitt=5.3");
        assertTrue(hel.contains("<html"), hel);
        assertTrue(hel.contains("Övergripande mål"), hel);
        assertTrue(hel.matches("(?s).*href=\"/program/" + pid + "\\?avsnitt=5\\.3\"[^>]*aria-current=\"true\".*"), hel);
        assertTrue(hel.contains("<h2>5.3 Uppsökande arbete</h2>"), hel);

        // an unnumbered sub-section by its key
        String barn = given().header("HX-Request", "true").get("/program/" + pid + "?avsnitt=5.2/barn-och-unga")
                .then().statusCode(200).extract().asString();
        assertTrue(barn.contains("<h2>Barn och unga</h2>"), barn);
    }

    @Test
    void okantAvsnittOchOkantProgramGer404Sida() {
        long pid = importeradText(nyRemiss("okänt avsnitt"), REVIDERAT_FIL, null);
        for (boolean htmx : List.of(false, true)) {
            var fraga = given();
            if (htmx) {
                fraga.header("HX-Request", "true");
            }
            Response svar = fraga.get("/program/" + pid + "?avsnitt=9.9");
            svar.then().statusCode(404).contentType("text/html");
            assertTrue(svar.asString().contains("Avsnittet 9.9 finns inte i programmet."), svar.asString());
        }
        Response okant = given().get("/program/" + (Long.MAX_VALUE - 3));
        okant.then().statusCode(404).contentType("text/html");
        assertTrue(okant.asString().contains("Programmet finns inte."), okant.asString());
    }

    @Test
    void jamforelsesidanRaknarTillagdaOchBorttagna() {
        long remiss = nyRemiss("jämförelsesida");
        long v1 = importeradText(remiss, TIDIGARE_FIL, null);
        long v2 = importeradText(remiss, REVIDERAT_FIL, v1);

        String programsida = sida("/program/" + v2);
        assertTrue(programsida.contains("href=\"/program/" + v1 + "/jamfor/" + v2 + "\">Jämför med version 1</a>"),
                programsida);
        String html = sida("/program/" + v1 + "/jamfor/" + v2);
        assertTrue(html.contains("Version 1 jämförd med version 2"), html);
        for (String summa : List.of("33 avsnitt tillagda", "17 borttagna", "0 ändrade", "21 åtaganden tillagda")) {
            assertTrue(html.contains(summa), summa + ": " + html);
        }
    }

    @Test
    void importformularetImporterarOchVisarFelPaSvenska() {
        long remiss = nyRemiss("formulär");
        Response svar = formular().multiPart("fil", REVIDERAT_FIL, Programdata.fil(REVIDERAT_FIL), "text/plain")
                .post("/remisser/" + remiss + "/program");
        svar.then().statusCode(303);
        List<Map<String, Object>> versioner = versioner(remiss);
        assertEquals(1, versioner.size());
        assertTrue(svar.header("Location").endsWith("/program/" + versioner.get(0).get("id")), svar.header("Location"));

        // the remiss's shortcut goes to the latest version with the filter
        long vantor = Api.id("vantor-sdn");
        Response senaste = formular().get("/remisser/" + remiss + "/program/senaste?organisation=" + vantor
                + "&riktade=true");
        senaste.then().statusCode(303);
        assertTrue(senaste.header("Location").endsWith("/program/" + versioner.get(0).get("id") + "?organisation="
                + vantor + "&riktade=true#ataganden"), senaste.header("Location"));

        // a file with nothing to import: the form again, with the message at the field
        Response fel = formular().multiPart("fil", "tomt.txt", "  \n\n  ".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/remisser/" + remiss + "/program");
        fel.then().statusCode(400).contentType("text/html");
        assertTrue(fel.asString().contains("id=\"fil-fel\">Filen innehåller ingen text."),
                fel.asString());
        assertEquals(1, versioner(remiss).size());

        // a remiss without a programme: the shortcut goes to the import page
        long utan = nyRemiss("utan program");
        Response tom = formular().get("/remisser/" + utan + "/program/senaste");
        tom.then().statusCode(303);
        assertTrue(tom.header("Location").endsWith("/remisser/" + utan + "/program"), tom.header("Location"));
        String importsida = sida("/remisser/" + utan + "/program");
        assertTrue(importsida.contains("Importera programmet"), importsida);
    }

    // ---------------------------------------------------------------------------------------------

    private static io.restassured.specification.RequestSpecification formular() {
        return Api.multipart().accept("text/html")
                .config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    private static String sida(String adress) {
        return given().accept("text/html").get(adress).then().statusCode(200).contentType("text/html")
                .extract().asString();
    }

    /** The rows of the commitments table, each as the text of its cells. */
    private static List<List<String>> ataganden(String html) {
        int start = html.indexOf("<table aria-labelledby=\"ataganden\">");
        assertTrue(start >= 0, "tabellen över åtaganden saknas");
        String tabell = html.substring(start, html.indexOf("</table>", start));
        String kropp = tabell.substring(tabell.indexOf("<tbody>"));
        List<List<String>> rader = new ArrayList<>();
        Matcher rad = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(kropp);
        while (rad.find()) {
            List<String> celler = new ArrayList<>();
            Matcher cell = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(rad.group(1));
            while (cell.find()) {
                celler.add(text(cell.group(1)));
            }
            rader.add(celler);
        }
        return rader;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static int antal(String text, String del) {
        return text.split(Pattern.quote(del), -1).length - 1;
    }
}
