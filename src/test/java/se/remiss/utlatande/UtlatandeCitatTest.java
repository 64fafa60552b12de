package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** Citations through the API: resolved and rendered, unresolved blocking readiness, re-resolved on a new version. */
@QuarkusTest
class UtlatandeCitatTest {

    @Test
    void citatRenderasSomAvsnittOchAtagande() {
        long m = Utkast.nyRemissTillVantor("Citat rendera " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        Utkast.skriv(uid, "synpunkter", "Programmet tar i [[5.3]] upp uppsökande arbete, se [[5.4#3]].");
        String synpunkter = Utkast.text(Utkast.avsnitt(Utkast.forhandsvisning(uid)).get("synpunkter")[1]);
        // Worded to fit the sentence (issue 14): the section with its heading in brackets, a commitment
        // mid-sentence by its reference – not its whole text.
        assertEquals("Programmet tar i avsnitt 5.3 (Uppsökande arbete) upp uppsökande arbete, se åtagande 3 i avsnitt 5.4 "
                + "(Vård och behandling).", synpunkter);
        JsonPath u = Utkast.hamta(uid);
        assertEquals(List.of("[[5.3]]", "[[5.4#3]]"), u.getList("citat.kod"));
        assertEquals(List.of("UPPLOST", "UPPLOST"), u.getList("citat.status"));
    }

    @Test
    void ettCitatSomInteFinnsStopparKlarmarkeringOchNamnsIMeddelandet() {
        long m = Utkast.nyRemissTillVantor("Citat saknas " + Api.unik());
        long[] under = Utkast.vantorsUndertecknare();
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR", under[0], under[1]);
        Utkast.patch(uid, Map.of("version", 1, "texter", Map.of("sammanfattning", "Kort.", "beredning", "IFO.",
                "synpunkter", "Se [[9.9]] och [[5.3#7]]."))).then().statusCode(200);
        JsonPath problem = Api.problem(Utkast.klar(uid, null), 400, "citat");
        List<String> orsaker = problem.getList("'invalid-params'.reason");
        assertEquals(2, orsaker.size(), problem.prettify());
        innehaller(orsaker.get(0), "[[9.9]]");
        innehaller(orsaker.get(0), "finns inte i programmet");
        innehaller(orsaker.get(1), "[[5.3#7]]");
        innehaller(orsaker.get(1), "6 åtaganden");
        innehaller(Utkast.forhandsvisning(uid), "<span class=\"citat ej-upplost\"");

        Utkast.skriv(uid, "synpunkter", "Se [[5.3]].");
        assertEquals("KLAR_FOR_GODKANNANDE", Utkast.klar(uid, null).then().statusCode(200).extract().jsonPath()
                .getString("status"));
    }

    @Test
    void nyProgramversionStamsAvOchHandlaggarenFarVetaVadSomAndrats() {
        long m = Utkast.nyRemissTillVantor("Citat ny version " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        Utkast.skriv(uid, "synpunkter", "Se [[5.3]], [[5.3#2]] och [[5.5#1]].");

        // Version 2 of the programme: 5.3 renamed, its second commitment reworded, 5.5 gone.
        String v1 = new String(Utkast.fil("socialt-program-reviderat.txt"), StandardCharsets.UTF_8);
        String v2 = v1.replace("5.3 UPPSÖKANDE ARBETE", "5.3 UPPSÖKANDE OCH FÖREBYGGANDE ARBETE")
                .replace("**Socialtjänstnämnden ska** tillse att samverkan kommer till stånd",
                        "**Socialtjänstnämnden ska** se till att samverkan kommer till stånd")
                .replace("5.5 MÄNNISKOHANDEL FÖR SEXUELLA ÄNDAMÅL", "MÄNNISKOHANDEL FÖR SEXUELLA ÄNDAMÅL");
        assertTrue(!v2.equals(v1) && v2.contains("se till att samverkan"));
        Utkast.importera(Utkast.remissFor(m), "socialt-program-v2.txt", v2.getBytes(StandardCharsets.UTF_8));

        JsonPath u = Utkast.hamta(uid);
        assertEquals(2, u.getInt("program.version"));
        assertEquals(List.of("ANDRAT", "ANDRAT", "EJ_UPPLOST"), u.getList("citat.status"), u.prettify());
        assertEquals("avsnitt 5.3 Uppsökande arbete", u.getString("citat[0].tidigare"));
        assertEquals("avsnitt 5.3 Uppsökande och förebyggande arbete", u.getString("citat[0].lydelse"));
        innehaller(u.getString("citat[1].lydelse"), "se till att samverkan");
        innehaller(u.getString("citat[2].meddelande"), "[[5.5#1]]");

        String sida = Utkast.webb().get("/utlatanden/" + uid).then().statusCode(200).extract().asString();
        innehaller(sida, "Citat som inte stämmer med programmet");
        innehaller(sida, "i programversion 1 och lyder nu");

        // Saving confirms what the handläggare has seen: the changed wording becomes the new baseline.
        Utkast.skriv(uid, "synpunkter", "Se [[5.3]] och [[5.3#2]].");
        assertEquals(List.of("UPPLOST", "UPPLOST"), Utkast.hamta(uid).getList("citat.status"));
    }
}
