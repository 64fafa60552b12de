package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.remiss.testhjalp.Api.KONTORSUTLATANDE;
import static se.remiss.testhjalp.Api.anvandare;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.registrera;
import static se.remiss.testhjalp.Api.remiss;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaMottagare;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recipient's side of the API: received remisser, assignment and status. The sender sets a
 * case up; everything after that is done as a user of the recipient.
 */
@QuarkusTest
class MottagareApiTest {

    @Test
    void mottagenRemissListasOchHamtasMedKontraktetsNamn() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String titel = "Mottagen " + unik();
        JsonPath remiss = skickadRemiss(avs, titel, mott);
        long m = remiss.getLong("mottagare[0].id");

        som(mott);
        JsonPath lista = given().accept(ContentType.JSON).queryParam("organisation", mott).get("/api/mottagare")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, lista.getLong("totalt"));
        assertEquals(m, lista.getLong("rader[0].id"));
        assertEquals(remiss.getLong("id"), lista.getLong("rader[0].remissId"));
        assertEquals(titel, lista.getString("rader[0].titel"));
        assertEquals(avs, lista.getLong("rader[0].avsandare.id"));
        assertEquals(remiss.getString("dnr"), lista.getString("rader[0].avsandarensDnr"));
        assertEquals(mott, lista.getLong("rader[0].mottagare.organisation.id"));
        assertEquals(remiss.getString("mottagare[0].dnr"), lista.getString("rader[0].mottagare.dnr"));
        assertEquals("SKICKAD", lista.getString("rader[0].mottagare.status"));
        assertEquals(KONTORSUTLATANDE.toString(), lista.getString("rader[0].mottagare.sistaDagKontorsutlatande"));
        assertEquals(22, lista.getLong("rader[0].mottagare.dagarKvar"));
        assertFalse(lista.getBoolean("rader[0].mottagare.forsenad"));

        JsonPath en = given().accept(ContentType.JSON).get("/api/mottagare/" + m).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(m, en.getLong("id"));
        assertEquals(titel, en.getString("titel"));
        assertEquals("SKICKAD", en.getString("mottagare.status"));
        assertNull(en.get("mottagare.handlaggare"));
    }

    @Test
    void utkastetsMottagareKanVarkenTasEmotEllerTilldelas() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        long m = registrera(remiss(avs, "Utkast " + unik(), mott)).getLong("mottagare[0].id");

        // Until the remiss is sent, the recipient has nothing: not in its list, nothing to receive.
        som(mott);
        assertEquals(0, given().accept(ContentType.JSON).queryParam("organisation", mott).get("/api/mottagare")
                .then().statusCode(200).extract().jsonPath().getLong("totalt"));
        inteMottagbar(m);
        problem(given().accept(ContentType.JSON).get("/api/mottagare/" + m), 404);

        // The sender sees its draft's row but cannot act for the recipient either.
        som(avs);
        inteMottagbar(m);
        assertEquals("EJ_SKICKAD", given().accept(ContentType.JSON).get("/api/mottagare/" + m).jsonPath()
                .getString("mottagare.status"));
    }

    /** Receiving, changing the status of and assigning the record all answer 404. */
    private static void inteMottagbar(long m) {
        problem(given().accept(ContentType.JSON).post("/api/mottagare/" + m + "/mottag"), 404);
        problem(json().body(Map.of("status", "MOTTAGEN")).post("/api/mottagare/" + m + "/status"), 404);
        problem(json().body(Map.of("handlaggare", anvandare("vantor-handlaggare")))
                .post("/api/mottagare/" + m + "/tilldela"), 404);
    }

    @Test
    void felaktigaStatusbytenAvvisas() {
        long mott = skapaMottagare();
        long m = skickadRemiss(skapaAvsandare(), "Statusfel " + unik(), mott).getLong("mottagare[0].id");
        String adress = "/api/mottagare/" + m + "/status";
        som(mott);

        problem(json().body(Map.of("status", "KLAR")).post(adress), 400, "status");
        problem(json().body(Map.of("status", "")).post(adress), 400, "status");
        problem(json().body("{}").post(adress), 400, "status");
        problem(json().post(adress), 400, "status");
        problem(json().body(Map.of("status", Map.of("namn", "MOTTAGEN"))).post(adress), 400, "status");
        problem(json().body("{\"status\": \"MOTTAGEN\"").post(adress), 400);
        problem(given().contentType(ContentType.TEXT).body("MOTTAGEN").post(adress), 415);
        // TILLDELAD is reached by assigning someone, not by naming the status.
        problem(json().body(Map.of("status", "TILLDELAD")).post(adress), 400, "handlaggare");
        problem(json().body(Map.of("status", "EJ_SKICKAD")).post(adress), 409);
        problem(json().body(Map.of("status", "SKICKAD")).post(adress), 409);

        assertEquals("SKICKAD", given().accept(ContentType.JSON).get("/api/mottagare/" + m).jsonPath()
                .getString("mottagare.status"));
    }

    @Test
    void felaktigaTilldelningarAvvisas() {
        long m = skickadRemiss(skapaAvsandare(), "Tilldelningsfel " + unik(), id("vantor-sdn"))
                .getLong("mottagare[0].id");
        String adress = "/api/mottagare/" + m + "/tilldela";
        som("vantor-registrator");

        problem(json().body("{}").post(adress), 400, "handlaggare");
        problem(json().post(adress), 400, "handlaggare");
        problem(json().body(Map.of("handlaggare", "maria")).post(adress), 400, "handlaggare");
        problem(json().body(Map.of("handlaggare", 987654321L)).post(adress), 400, "handlaggare");
        problem(json().body(Map.of("handlaggare", anvandare("farsta-handlaggare"))).post(adress), 400, "handlaggare");
        problem(json().body(Map.of("handlaggare", anvandare("slk-handlaggare"))).post(adress), 400, "handlaggare");
        problem(json().body("{\"handlaggare\": ").post(adress), 400);
        problem(given().contentType(ContentType.TEXT).body("vantor-handlaggare").post(adress), 415);

        JsonPath efter = given().accept(ContentType.JSON).get("/api/mottagare/" + m).jsonPath();
        assertEquals("SKICKAD", efter.getString("mottagare.status"));
        assertNull(efter.get("mottagare.handlaggare"));
    }

    @Test
    void handlaggareKanBytasTillsUtlatandetArInskickat() {
        long m = skickadRemiss(skapaAvsandare(), "Omtilldelning " + unik(), id("vantor-sdn"))
                .getLong("mottagare[0].id");
        String adress = "/api/mottagare/" + m;
        som("vantor-registrator");

        // Straight from SKICKAD: assigning also acknowledges receipt.
        tilldela(m, "vantor-handlaggare").then().statusCode(200).body("mottagare.status", equalTo("TILLDELAD"));
        tilldela(m, "vantor-avdelningschef").then().statusCode(200)
                .body("mottagare.status", equalTo("TILLDELAD"))
                .body("mottagare.handlaggare.anvandarnamn", equalTo("vantor-avdelningschef"));
        json().body(Map.of("status", "UNDER_BEREDNING")).post(adress + "/status").then().statusCode(200);
        tilldela(m, "vantor-handlaggare").then().statusCode(200)
                .body("mottagare.status", equalTo("UNDER_BEREDNING"))
                .body("mottagare.handlaggare.anvandarnamn", equalTo("vantor-handlaggare"));
        // No hand-set "inskickat" (that comes with a signed statement); declining ends the case too.
        problem(json().body(Map.of("status", "UTLATANDE_INSKICKAT")).post(adress + "/status"), 409);
        json().body(Map.of("status", "AVSTAR")).post(adress + "/status").then().statusCode(200);
        problem(tilldela(m, "vantor-avdelningschef"), 409);
        assertEquals("vantor-handlaggare", given().accept(ContentType.JSON).get(adress).jsonPath()
                .getString("mottagare.handlaggare.anvandarnamn"));
    }

    @Test
    void okandMottagareGer404() {
        som("vantor-registrator");
        problem(given().accept(ContentType.JSON).get("/api/mottagare/987654321"), 404);
        problem(given().accept(ContentType.JSON).get("/api/mottagare/abc"), 404);
        problem(given().accept(ContentType.JSON).post("/api/mottagare/987654321/mottag"), 404);
        problem(json().body(Map.of("handlaggare", anvandare("vantor-handlaggare")))
                .post("/api/mottagare/987654321/tilldela"), 404);
        problem(json().body(Map.of("status", "AVSTAR")).post("/api/mottagare/987654321/status"), 404);
    }

    @Test
    void listansFelaktigaParametrarAvvisas() {
        som("vantor-handlaggare");
        problem(lista("storlek", "0"), 400, "storlek");
        problem(lista("storlek", "1000"), 400, "storlek");
        problem(lista("storlek", "alla"), 400, "storlek");
        problem(lista("sida", "två"), 400, "sida");
        problem(lista("organisation", "vantor-sdn"), 400, "organisation");
        problem(lista("handlaggare", "vantor-handlaggare"), 400, "handlaggare");
    }

    private static Response tilldela(long mottagare, String anvandarnamn) {
        return json().body(Map.of("handlaggare", anvandare(anvandarnamn)))
                .post("/api/mottagare/" + mottagare + "/tilldela");
    }

    private static Response lista(String parameter, String varde) {
        return given().accept(ContentType.JSON).queryParam(parameter, varde).get("/api/mottagare");
    }
}
