package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Issue 14 (items 7, 8) and issue 12's leftovers through the API: the recipient's statement stage
 * (under beredning → för godkännande → godkänd → inskickad) in the sender's GET /api/remisser/{id}
 * and the recipient's own view; the case going under beredning with its first draft; the assigned
 * handläggare on the recipient's ärende; the subject without "remiss av"; the handläggare's phone
 * and e-mail in the head of the draft and of the signed PDF.
 */
@QuarkusTest
class UtlatandeskedeTest {

    private static final String AVDELNINGSCHEF = "vantor-avdelningschef";
    private static final String DIREKTOR = "vantor-direktor";

    /** The recipient row as the remiss's sender sees it in its matrix. */
    private static JsonPath iMatrisen(long remiss) {
        long avsandare = Api.hamtaRemiss(remiss).getLong("avsandare.id");
        JsonPath matris = Utkast.som(Api.testanvandare(avsandare), () -> Api.hamtaRemiss(remiss));
        return new JsonPath(matris.prettify()).setRootPath("mottagare[0]");
    }

    private static Response godkann(String anvandare, String uid, int version) {
        return Utkast.som(anvandare, () -> Utkast.json().body(Map.of("version", version))
                .post("/api/utlatanden/" + uid + "/godkann"));
    }

    @Test
    void skedetSynsHosAvsandarenOchMottagarenGenomHelaKedjan() {
        long m = Utkast.nyRemissTillVantor("Skede " + Api.unik());
        long remiss = Utkast.remissFor(m);
        JsonPath fore = iMatrisen(remiss);
        assertEquals("TILLDELAD", fore.getString("status"));
        assertNull(fore.getString("utlatandeskede"));

        // The first draft: the case is under beredning, and the sender sees it.
        String uid = Utkast.ifylltVantorsUtkast(m);
        JsonPath beredning = iMatrisen(remiss);
        assertEquals("UNDER_BEREDNING", beredning.getString("status"));
        assertEquals("UNDER_BEREDNING", beredning.getString("utlatandeskede"));
        assertEquals("Under beredning", beredning.getString("utlatandeskedeText"));

        Utkast.klar(uid, 2).then().statusCode(200);
        assertEquals("FOR_GODKANNANDE", iMatrisen(remiss).getString("utlatandeskede"));
        assertEquals("För godkännande", iMatrisen(remiss).getString("utlatandeskedeText"));
        // The recipient's own view of its case says the same.
        JsonPath egen = Utkast.json().get("/api/mottagare/" + m).then().statusCode(200).extract().jsonPath();
        assertEquals("FOR_GODKANNANDE", egen.getString("mottagare.utlatandeskede"));
        assertEquals("UNDER_BEREDNING", egen.getString("mottagare.status"));

        godkann(AVDELNINGSCHEF, uid, 2).then().statusCode(200);
        assertEquals("FOR_GODKANNANDE", iMatrisen(remiss).getString("utlatandeskede"));
        godkann(DIREKTOR, uid, 2).then().statusCode(200);
        assertEquals("GODKAND", iMatrisen(remiss).getString("utlatandeskede"));
        assertEquals("UNDER_BEREDNING", iMatrisen(remiss).getString("status"));

        // The signed final's head names the handläggare with phone and e-mail, as the draft did.
        String slutlig = Utkast.normal(Pdftext.av(Utkast.pdf(uid)));
        innehaller(slutlig, "Handläggare: Maria Nordström");
        innehaller(slutlig, "Telefon: 08-508 15 135");
        innehaller(slutlig, "E-post: maria.nordstrom@stockholm.se.example");

        Utkast.som("vantor-registrator", () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka"))
                .then().statusCode(200);
        JsonPath inskickad = iMatrisen(remiss);
        assertEquals("INSKICKAD", inskickad.getString("utlatandeskede"));
        assertEquals("UTLATANDE_INSKICKAT", inskickad.getString("status"));

        // Each move of the stage is in the remiss's history, in the event of the step that made it.
        JsonPath historik = Utkast.json().get("/api/remisser/" + remiss + "/historik?storlek=100").then()
                .statusCode(200).extract().jsonPath();
        for (String[] steg : new String[][] {{"UTLATANDE_SKAPAT", "\"utlatandeskede\":\"UNDER_BEREDNING\""},
            {"UTLATANDE_SKAPAT", "\"mottagarstatus\":\"UNDER_BEREDNING\""},
            {"UTLATANDE_KLART", "\"utlatandeskede\":\"FOR_GODKANNANDE\""},
            {"UTLATANDE_SKICKAT", "\"utlatandeskede\":\"INSKICKAD\""}}) {
            List<String> efter = historik.getList("rader.findAll { it.handling == '" + steg[0] + "' }.efter");
            assertEquals(1, efter.size(), steg[0]);
            innehaller(efter.get(0), steg[1]);
        }
        List<String> godkant = historik.getList("rader.findAll { it.handling == 'UTLATANDE_GODKANT' }.efter");
        assertEquals(1, godkant.stream().filter(e -> e.contains("\"utlatandeskede\":\"GODKAND\"")).count(), godkant.toString());
    }

    @Test
    void enReturLamnarTillbakaSkedetTillBeredning() {
        long m = Utkast.nyRemissTillVantor("Skede retur " + Api.unik());
        long remiss = Utkast.remissFor(m);
        String uid = Utkast.ifylltVantorsUtkast(m);
        Utkast.klar(uid, 2).then().statusCode(200);
        Utkast.som(AVDELNINGSCHEF, () -> Utkast.json().body(Map.of("version", 2, "orsak", "Förtydliga."))
                .post("/api/utlatanden/" + uid + "/returnera")).then().statusCode(200);
        assertEquals("UNDER_BEREDNING", iMatrisen(remiss).getString("utlatandeskede"));
        Utkast.klar(uid, 2).then().statusCode(200);
        Utkast.json().post("/api/utlatanden/" + uid + "/ateroppna").then().statusCode(200);
        assertEquals("UNDER_BEREDNING", iMatrisen(remiss).getString("utlatandeskede"));
    }

    @Test
    void arendetNamnerHandlaggarenOchAmnetSagerInteRemissTvaGanger() {
        long m = Utkast.nyRemissTillVantor("Remiss av förslag till ny hemlöshetsstrategi " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        JsonPath utkast = Utkast.hamta(uid);
        // The recipient's ärende names the handläggare the registrator assigned (it said "–").
        JsonPath arende = Utkast.json().get("/api/arenden/" + utkast.getLong("arende")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Maria Nordström", arende.getString("handlaggare"));

        String amne = utkast.getString("amne");
        assertFalse(amne.toLowerCase().startsWith("remiss"), amne);
        innehaller(amne, "förslag till ny hemlöshetsstrategi");
        String forslag = Utkast.text(Utkast.avsnitt(Utkast.forhandsvisning(uid)).get("forslag")[1]);
        innehaller(forslag, "som sitt svar på remissen om förslag till ny hemlöshetsstrategi");

        // The draft's head: the handläggare without a repeated title, with phone and e-mail.
        String pdf = Utkast.normal(Pdftext.av(Utkast.pdf(uid)));
        innehaller(pdf, "Handläggare: Maria Nordström");
        innehaller(pdf, "Telefon: 08-508 15 135");
        innehaller(pdf, "E-post: maria.nordstrom@stockholm.se.example");
        assertFalse(pdf.contains("Maria Nordström, Handläggare"), pdf);
    }
}
