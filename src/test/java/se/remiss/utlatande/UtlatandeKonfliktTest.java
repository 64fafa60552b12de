package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Two people editing one draft: both start from the same version, the first save wins, the second
 * gets a conflict that names the other's change — through the API and through the editor's form —
 * and nothing is overwritten silently.
 */
@QuarkusTest
class UtlatandeKonfliktTest {

    /** A second handläggare of Vantör's office (the stadsdelsdirektör holds the role in the sample data). */
    private static final String BERTIL = "vantor-direktor";

    @Test
    void andraSparningenFarKonfliktSomVisarDenAndrasAndring() {
        long m = Utkast.nyRemissTillVantor("Utlåtande konflikt " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        int anna = Utkast.version(uid);
        int bertil = Utkast.version(uid);

        // Anna is Vantör's handläggare (Maria Nordström); Bertil another handläggare of the same office.
        Utkast.skrivAvsnitt(uid, "sammanfattning", anna, "Annas sammanfattning.").then().statusCode(200);
        JsonPath konflikt = Utkast.som(BERTIL, () -> Api.problem(
                Utkast.skrivAvsnitt(uid, "sammanfattning", bertil, "Bertils sammanfattning."), 409));
        String detalj = konflikt.getString("detail");
        innehaller(detalj, "Utkastet har sparats av Maria Nordström");
        innehaller(detalj, "(version 2) sedan du utgick från version 1");
        innehaller(detalj, "Ändrat sedan dess: Sammanfattning");
        innehaller(detalj, "inte sparat");

        JsonPath nu = Utkast.hamta(uid);
        assertEquals(2, nu.getInt("version"));
        assertEquals("Annas sammanfattning.", nu.getString("avsnitt.find { it.nyckel == 'sammanfattning' }.text"));

        // A stance change from the old version is refused too, naming what the other changed.
        JsonPath andra = Utkast.som(BERTIL, () -> Api.problem(Utkast.json()
                .body(Map.of("version", bertil, "stallningstagande", "AVSTYRKER"))
                .put("/api/utlatanden/" + uid + "/stallningstagande"), 409));
        innehaller(andra.getString("detail"), "Sammanfattning");
        assertEquals("AVSTAR", Utkast.hamta(uid).getString("stallningstagande"));
    }

    @Test
    void formularetVisarKonfliktenMedDenAndrasTextOchBehallerDinText() {
        long m = Utkast.nyRemissTillVantor("Utlåtande formulärkonflikt " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        // Two browser sessions open the editor at version 1.
        Utkast.webb().get("/utlatanden/" + uid).then().statusCode(200);
        Utkast.webb().formParam("version", "1").formParam("text.sammanfattning", "Annas text om programmet.")
                .post("/utlatanden/" + uid).then().statusCode(303);

        Response svar = Utkast.som(BERTIL, () -> Utkast.webb().formParam("version", "1")
                .formParam("text.sammanfattning", "Bertils egen text.").post("/utlatanden/" + uid));
        svar.then().statusCode(409).contentType("text/html");
        String sida = svar.asString();
        innehaller(sida, "Utkastet har sparats av Maria Nordström");
        innehaller(sida, "<ins>Annas text om programmet.</ins>");
        innehaller(sida, "Bertils egen text.</textarea>");
        innehaller(sida, "name=\"version\" value=\"2\"");
        assertEquals(2, Utkast.version(uid));
        assertTrue(Utkast.hamta(uid).getString("avsnitt.find { it.nyckel == 'sammanfattning' }.text").startsWith("Annas"));
    }
}
