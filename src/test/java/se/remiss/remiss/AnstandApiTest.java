package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.KONTORSUTLATANDE;
import static se.remiss.testhjalp.Api.NAMNDPROTOKOLL;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaMottagare;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Anstånd through the API: the recipient asks, the deadlines stay until the sender's registrator
 * grants (with the dates asked for or others) or refuses; every change is kept with who and why.
 */
@QuarkusTest
class AnstandApiTest {

    private long avs;
    private long mott;
    private long mottagare;
    private long remiss;
    private String registratorA;
    private String handlaggareB;

    private void skickad() {
        avs = skapaAvsandare();
        mott = skapaMottagare();
        JsonPath r = skickadRemiss(avs, "Anstånd " + unik(), mott);
        remiss = r.getLong("id");
        mottagare = r.getLong("mottagare[0].id");
        registratorA = Api.nyAnvandare(avs, Roll.REGISTRATOR);
        handlaggareB = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
        Api.anonym();
    }

    private static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private Response begar(String anvandare, Map<String, ?> kropp) {
        return som(anvandare).body(kropp).post("/api/mottagare/" + mottagare + "/anstand");
    }

    private JsonPath frister(String anvandare) {
        return som(anvandare).get("/api/mottagare/" + mottagare + "/anstand").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void beviljatMedAnnatDatumAndrarFristernaOchSparasIHistoriken() {
        skickad();
        Response svar = begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "2027-01-12",
                "sistaDagNamndprotokoll", "2027-01-28", "motivering", "Nämnden sammanträder först i januari."));
        svar.then().statusCode(201);
        long anstand = svar.jsonPath().getLong("id");
        assertEquals("/api/anstand/" + anstand, java.net.URI.create(svar.header("Location")).getPath());
        assertEquals("BEGART", svar.jsonPath().getString("status"));
        assertEquals(handlaggareB, svar.jsonPath().getString("begardAv.anvandarnamn"));

        // Asked for is not granted: the deadlines stay, also as the sender sees them.
        JsonPath fore = frister(registratorA);
        assertEquals(KONTORSUTLATANDE.toString(), fore.getString("sistaDagKontorsutlatande"));
        assertEquals(0, fore.getList("andringar").size());
        assertEquals("BEGART", fore.getString("anstand[0].status"));
        JsonPath matris = som(registratorA).get("/api/remisser/" + remiss).then().statusCode(200).extract().jsonPath();
        assertEquals(KONTORSUTLATANDE.toString(), matris.getString("mottagare[0].sistaDagKontorsutlatande"));

        // A second request while one awaits a decision is refused.
        problem(begar(handlaggareB, Map.of("sistaDagNamndprotokoll", "2027-02-01", "motivering", "Igen")), 409);
        // The recipient cannot decide its own request; the sender can.
        problem(som(handlaggareB).body("{}").post("/api/anstand/" + anstand + "/bevilja"), 403);
        String registratorB = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        problem(som(registratorB).body("{}").post("/api/anstand/" + anstand + "/bevilja"), 404);

        // Granted with another statement date than asked for; the minutes' date as asked.
        JsonPath beviljat = som(registratorA).body(Map.of("sistaDagKontorsutlatande", "2027-01-08",
                "motivering", "Beviljas till den 8 januari.")).post("/api/anstand/" + anstand + "/bevilja")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("BEVILJAT", beviljat.getString("status"));
        assertEquals("2027-01-08", beviljat.getString("beviljadKontorsutlatande"));
        assertEquals("2027-01-28", beviljat.getString("beviljadNamndprotokoll"));
        assertEquals(registratorA, beviljat.getString("beslutadAv.anvandarnamn"));

        JsonPath efter = frister(handlaggareB);
        assertEquals("2027-01-08", efter.getString("sistaDagKontorsutlatande"));
        assertEquals("2027-01-28", efter.getString("sistaDagNamndprotokoll"));
        assertEquals(KONTORSUTLATANDE.toString(), efter.getString("ursprungligKontorsutlatande"));
        assertEquals(NAMNDPROTOKOLL.toString(), efter.getString("ursprungligNamndprotokoll"));
        assertEquals(2, efter.getList("andringar").size());
        assertEquals("KONTORSUTLATANDE", efter.getString("andringar[0].frist"));
        assertEquals(KONTORSUTLATANDE.toString(), efter.getString("andringar[0].fore"));
        assertEquals("2027-01-08", efter.getString("andringar[0].efter"));
        assertEquals(registratorA, efter.getString("andringar[0].andradAv.anvandarnamn"));
        assertTrue(efter.getString("andringar[0].orsak").contains("Nämnden sammanträder först i januari."));
        assertEquals(anstand, efter.getLong("andringar[0].anstand"));

        // The recipient's own view and the sender's matrix follow.
        JsonPath mottagen = som(handlaggareB).get("/api/mottagare/" + mottagare).then().statusCode(200).extract().jsonPath();
        assertEquals("2027-01-08", mottagen.getString("mottagare.sistaDagKontorsutlatande"));
        matris = som(registratorA).get("/api/remisser/" + remiss).then().statusCode(200).extract().jsonPath();
        assertEquals("2027-01-28", matris.getString("mottagare[0].sistaDagNamndprotokoll"));

        // Decided once: a second decision is refused and changes nothing.
        problem(som(registratorA).body(Map.of("motivering", "Nej")).post("/api/anstand/" + anstand + "/avsla"), 409);
        assertEquals("2027-01-08", frister(registratorA).getString("sistaDagKontorsutlatande"));
    }

    @Test
    void avslagKraverMotiveringOchFristernaLiggerKvar() {
        skickad();
        long anstand = begar(handlaggareB, Map.of("sistaDagNamndprotokoll", "2027-01-14",
                "motivering", "Protokollet justeras senare.")).then().statusCode(201).extract().jsonPath().getLong("id");
        problem(som(registratorA).body("{}").post("/api/anstand/" + anstand + "/avsla"), 400, "motivering");

        JsonPath avslaget = som(registratorA).body(Map.of("motivering", "Svaret behövs till kommunstyrelsen."))
                .post("/api/anstand/" + anstand + "/avsla").then().statusCode(200).extract().jsonPath();
        assertEquals("AVSLAGET", avslaget.getString("status"));
        assertEquals("Svaret behövs till kommunstyrelsen.", avslaget.getString("beslutsmotivering"));
        assertNull(avslaget.get("beviljadNamndprotokoll"));

        JsonPath frister = frister(handlaggareB);
        assertEquals(NAMNDPROTOKOLL.toString(), frister.getString("sistaDagNamndprotokoll"));
        assertEquals(0, frister.getList("andringar").size());
        assertEquals("AVSLAGET", frister.getString("anstand[0].status"));
        // Refused, a new request may follow.
        begar(handlaggareB, Map.of("sistaDagNamndprotokoll", "2027-01-21", "motivering", "Nytt försök."))
                .then().statusCode(201);
    }

    @Test
    void felaktigaBegaranGerFaltfel() {
        skickad();
        problem(begar(handlaggareB, Map.of("motivering", "Inget datum")), 400, "sistaDagKontorsutlatande");
        problem(begar(handlaggareB, Map.of("sistaDagNamndprotokoll", "2027-01-14")), 400, "motivering");
        // Not later than the current deadline: not an anstånd.
        problem(begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "2026-12-10", "motivering", "Tidigare")), 400,
                "sistaDagKontorsutlatande");
        // The statement moved past the minutes.
        problem(begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "2027-01-20", "motivering", "Bara utlåtandet")),
                400, "sistaDagKontorsutlatande");
        problem(begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "31 januari", "motivering", "Text")), 400);
        problem(begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "2027-01-08", "motivering", "x", "status", "BEVILJAT")), 400);
        assertEquals(0, frister(handlaggareB).getList("anstand").size());
        // The sender cannot ask on the recipient's behalf; another organisation sees nothing.
        problem(begar(registratorA, Map.of("sistaDagNamndprotokoll", "2027-01-14", "motivering", "Avsändaren")), 404);
        String annan = Api.nyAnvandare(skapaMottagare(), Roll.REGISTRATOR, Roll.HANDLAGGARE);
        problem(som(annan).get("/api/mottagare/" + mottagare + "/anstand"), 404);
        long anstand = begar(handlaggareB, Map.of("sistaDagNamndprotokoll", "2027-01-14", "motivering", "Skäl"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        problem(som(annan).get("/api/anstand/" + anstand), 404);
        problem(som(Api.nyAnvandare(skapaAvsandare(), Roll.REGISTRATOR)).body("{}").post("/api/anstand/" + anstand + "/bevilja"), 404);
        problem(som(registratorA).body("{}").post("/api/anstand/999999999/bevilja"), 404);
        // A grant may not set a date before the current deadline.
        problem(som(registratorA).body(Map.of("sistaDagKontorsutlatande", "2026-12-01"))
                .post("/api/anstand/" + anstand + "/bevilja"), 400, "sistaDagKontorsutlatande");
        assertFalse(som(registratorA).get("/api/anstand/" + anstand).jsonPath().getString("status").equals("BEVILJAT"));
    }

    @Test
    void sidornaVisarAnstandetForBadaSidor() {
        skickad();
        long anstand = begar(handlaggareB, Map.of("sistaDagKontorsutlatande", "2027-01-12",
                "sistaDagNamndprotokoll", "2027-01-28", "motivering", "Nämnden sammanträder först i januari.")).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String sandare = given().auth().preemptive().basic(registratorA, Api.LOSENORD).get("/remisser/" + remiss)
                .then().statusCode(200).extract().asString();
        assertTrue(sandare.contains("anstånd begärt"), "matrisen visar begäran");
        String sida = given().auth().preemptive().basic(registratorA, Api.LOSENORD).get("/mottagare/" + mottagare)
                .then().statusCode(200).extract().asString();
        assertTrue(sida.contains("/anstand/" + anstand + "/bevilja"), "avsändarens registrator kan besluta");
        String mottagarsida = given().auth().preemptive().basic(handlaggareB, Api.LOSENORD).get("/mottagare/" + mottagare)
                .then().statusCode(200).extract().asString();
        assertFalse(mottagarsida.contains("/bevilja"), "mottagaren beslutar inte");
        assertTrue(mottagarsida.contains("väntar på beslut"));

        som(registratorA).body("{}").post("/api/anstand/" + anstand + "/bevilja").then().statusCode(200);
        sandare = given().auth().preemptive().basic(registratorA, Api.LOSENORD).get("/remisser/" + remiss)
                .then().statusCode(200).extract().asString();
        assertTrue(sandare.contains("anstånd till 12 januari"), "matrisen visar anståndet");
        mottagarsida = given().auth().preemptive().basic(handlaggareB, Api.LOSENORD).get("/mottagare/" + mottagare)
                .then().statusCode(200).extract().asString();
        assertTrue(mottagarsida.contains("ursprungligen 2026-12-15"), mottagarsida);
        assertTrue(mottagarsida.contains("Fristernas historik"));
    }
}
