package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Issue 11, findings 2, 4, 5 and 12: sekretess on the recipient page, in a remiss's history and the
 * audit search, on the recipients' copies of a marked remiss document; and a recipient's history
 * that names only itself among the recipients.
 */
@QuarkusTest
class SekretessLackorTest {

    private static final String AVSANDARENS_REMISSTEXT = "SECRETDRAFT ";

    /** A remiss registered with the form (file A) and a further document B, both marked, sent to two recipients. */
    private record Remissen(long id, long avs, long mott1, long mott2, String titelA, String shaA, String titelB,
            String shaB, String frist2) {
    }

    private static Remissen markeradRemiss() {
        long avs = Api.skapaAvsandare();
        long mott1 = Api.skapaMottagare();
        long mott2 = Api.skapaMottagare();
        String u = Api.unik();
        String titelA = "hemligt-utkast-" + u + ".txt";
        byte[] a = (AVSANDARENS_REMISSTEXT + u).getBytes(StandardCharsets.UTF_8);
        Webbsession s = Sekretessfall.loggaIn(Api.testanvandare(avs));
        Response svar = Sekretessfall.remissformular(s, avs, "Sekretessremiss " + u, mott1, mott2)
                .multiPart("fil", titelA, a, "text/plain").multiPart("dokumenttitel", titelA).post("/remisser");
        assertEquals(303, svar.statusCode(), svar.asString());
        String plats = svar.header("Location");
        long id = Long.parseLong(plats.replaceAll(".*/remisser/(\\d+).*", "$1"));

        Api.som(avs);
        String titelB = "bilaga-" + u + ".txt";
        byte[] b = ("Bilaga " + u).getBytes(StandardCharsets.UTF_8);
        // Titled with their file names, so that one string stands for both in the checks below.
        Api.multipart().multiPart("fil", titelB, b, "text/plain").multiPart("titel", titelB)
                .post("/api/remisser/" + id + "/dokument").then().statusCode(201);
        JsonPath remiss = Api.hamtaRemiss(id);
        long m2 = remiss.getLong("mottagare.find { it.organisation.id == " + mott2 + " }.id");
        String frist2 = "2026-12-18";
        Api.json().body(Map.of("sistaDagKontorsutlatande", frist2, "sistaDagNamndprotokoll", "2026-12-22"))
                .put("/api/remisser/" + id + "/mottagare/" + m2 + "/frister").then().statusCode(200);
        long arende = Sekretessfall.endaArendet(avs);
        for (Object dokument : remiss.getList("dokument.id")) {
            Sekretessfall.markera(arende, ((Number) dokument).longValue());
        }
        // Finding 5: the sender is told before sending that the marking goes with the copies.
        String fore = Sekretessfall.sida(s, "/remisser/" + id).then().statusCode(200).extract().asString();
        assertTrue(fore.contains("Handling 1 är sekretessmarkerad (" + Sekretessfall.OSL + ")"), fore);
        // The second recipient's diarium gets a number first, so that the two recipients' dnr differ.
        Api.som(mott2);
        Api.json().body(Map.of("rubrik", "Tidigare arende " + u)).post("/api/diarium/" + mott2 + "/arenden")
                .then().statusCode(201);
        Api.som(avs);
        given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka").then().statusCode(200);
        return new Remissen(id, avs, mott1, mott2, titelA, Api.sha256(a), titelB, Api.sha256(b), frist2);
    }

    private static void visarIngetAv(String text, String vem, String... hemligt) {
        for (String h : hemligt) {
            assertFalse(text.contains(h), vem + " ser " + h);
        }
    }

    // --- finding 2 --------------------------------------------------------------------------------

    @Test
    void mottagarsidanVisarInteMottagarensArendeForAvsandarenOchMaskerarForLasaren() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long m = Api.skickadRemiss(avs, "Intern handling " + Api.unik(), mott).getLong("mottagare[0].id");
        long arende = Sekretessfall.endaArendet(mott);
        String u = Api.unik();
        String titel = "Intern PM " + u;
        String motpart = "Uppgiftslamnare " + u;
        String filnamn = "intern-" + u + ".txt";
        long hemlig = Sekretessfall.registreraHandling(arende, titel, motpart, filnamn, "Internt");
        Sekretessfall.markera(arende, hemlig);
        String oppen = "Anteckning " + u;
        Sekretessfall.registreraHandling(arende, oppen, "Kansliet", "anteckning.txt", "Anteckning");

        String egen = Sekretessfall.sida(Sekretessfall.loggaIn(Api.testanvandare(mott)), "/mottagare/" + m)
                .then().statusCode(200).extract().asString();
        assertTrue(egen.contains(titel) && egen.contains(filnamn), "den behöriga mottagaren ser inte sin handling");

        String lasare = Sekretessfall.sida(Sekretessfall.loggaIn(Api.nyAnvandare(mott, Roll.LASARE)), "/mottagare/" + m)
                .then().statusCode(200).extract().asString();
        visarIngetAv(lasare, "mottagarens läsare", titel, motpart, filnamn);
        assertTrue(lasare.contains(Sekretessfall.MASKERAD) && lasare.contains(oppen), lasare);

        for (String roll : List.of(Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.ADMINISTRATOR)) {
            String sida = Sekretessfall.sida(Sekretessfall.loggaIn(Api.nyAnvandare(avs, roll)), "/mottagare/" + m)
                    .then().statusCode(200).extract().asString();
            // Nor a link into the recipient's own lists (following it would only be refused).
            visarIngetAv(sida, "avsändarens " + roll, titel, motpart, filnamn, oppen, "Handlingar i vårt ärende",
                    "/inkomna?organisation=" + mott);
        }
    }

    // --- findings 4, 5 and 12 -----------------------------------------------------------------------

    @Test
    void historikenOchGranskningslogganMaskerarSekretessOchAndraMottagare() {
        Remissen r = markeradRemiss();
        String historik = "/api/remisser/" + r.id() + "/historik?storlek=100";
        String[] hemligt = {r.titelA(), r.shaA(), r.titelB(), r.shaB()};

        Api.som(r.avs());
        String avsandaren = given().accept(ContentType.JSON).get(historik).then().statusCode(200).extract().asString();
        assertTrue(avsandaren.contains(r.titelB()) && avsandaren.contains(r.shaB()) && avsandaren.contains(r.titelA()),
                "den behöriga avsändaren ser inte sina dokument i historiken");

        Api.som(Api.nyAnvandare(r.avs(), Roll.LASARE));
        String lasare = given().accept(ContentType.JSON).get(historik).then().statusCode(200).extract().asString();
        visarIngetAv(lasare, "avsändarens läsare", hemligt);
        assertTrue(lasare.contains("Sekretessmarkerad handling"), lasare);

        Api.som(r.mott1());
        String mottagaren = given().accept(ContentType.JSON).get(historik).then().statusCode(200).extract().asString();
        visarIngetAv(mottagaren, "mottagaren", hemligt);
        // Finding 12: the other recipient's name, dnr and changed deadlines stay with the sender.
        String namn2 = Api.somAdmin().get("/api/organisationer/" + r.mott2()).jsonPath().getString("namn");
        Api.som(r.avs());
        String dnr2 = Api.hamtaRemiss(r.id()).getString("mottagare.find { it.organisation.id == " + r.mott2() + " }.dnr");
        visarIngetAv(mottagaren, "den andra mottagaren", namn2, dnr2, r.frist2());
        String sida = Sekretessfall.sida(Sekretessfall.loggaIn(Api.testanvandare(r.mott1())),
                "/remisser/" + r.id() + "/historik").then().statusCode(200).extract().asString();
        visarIngetAv(sida, "mottagarens historiksida", r.titelA(), r.titelB(), r.shaB(), namn2, dnr2);

        // The sample administrator belongs to Stadsledningskontoret: not cleared for the test sender's documents.
        String sok = Api.somAdmin().queryParam("remiss", r.id()).queryParam("storlek", 100).get("/api/granskning")
                .then().statusCode(200).extract().asString();
        visarIngetAv(sok, "administratörens sökning", hemligt);
        String sokSida = Sekretessfall.sida(Sekretessfall.loggaIn("admin"), "/granskning?remiss=" + r.id())
                .then().statusCode(200).extract().asString();
        visarIngetAv(sokSida, "administratörens söksida", r.titelA(), r.titelB(), r.shaB());
    }

    @Test
    void mottagarnasKopiorAvEnMarkeradRemisshandlingArMarkerade() {
        Remissen r = markeradRemiss();
        long arende = Sekretessfall.endaArendet(r.mott1());
        JsonPath behorig = given().accept(ContentType.JSON).get("/api/arenden/" + arende).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(r.titelA(), behorig.getString("handlingar[0].titel"));
        assertEquals(Sekretessfall.OSL, behorig.getString("handlingar[0].sekretess.osl"));
        String namn1 = Api.somAdmin().get("/api/organisationer/" + r.mott1()).jsonPath().getString("namn");
        assertEquals(namn1, behorig.getString("handlingar[0].sekretess.organisationNamn"));

        Api.som(Api.nyAnvandare(r.mott1(), Roll.LASARE));
        String lasare = given().accept(ContentType.JSON).get("/api/arenden/" + arende).then().statusCode(200)
                .extract().asString();
        visarIngetAv(lasare, "mottagarens läsare", r.titelA(), r.titelB(), r.shaA(), r.shaB());
        long kopia = JsonPath.from(lasare).getLong("handlingar[0].id");
        given().get("/api/arenden/" + arende + "/handlingar/" + kopia + "/fil").then().statusCode(404);
    }

    // --- finding 12: filters ----------------------------------------------------------------------

    @Test
    void filtrenVisarBaraAvsandareOchArAvSynligaRemisser() {
        long utkastetsAvsandare = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        Api.registrera(Api.remiss(utkastetsAvsandare, "Bara ett utkast " + Api.unik(), mott));
        String namn = Api.somAdmin().get("/api/organisationer/" + utkastetsAvsandare).jsonPath().getString("namn");

        String mottagaren = Sekretessfall.sida(Sekretessfall.loggaIn(Api.testanvandare(mott)), "/remisser")
                .then().statusCode(200).extract().asString();
        assertFalse(mottagaren.contains(namn), "ett osänt utkasts avsändare syns i filtret");
        assertFalse(mottagaren.contains("<option value=\"" + Api.IDAG.getYear() + "\""),
                "ett år utan synliga remisser syns i filtret");

        String avsandaren = Sekretessfall.sida(Sekretessfall.loggaIn(Api.testanvandare(utkastetsAvsandare)), "/remisser")
                .then().statusCode(200).extract().asString();
        assertTrue(avsandaren.contains(namn) && avsandaren.contains("<option value=\"" + Api.IDAG.getYear() + "\""),
                "avsändaren ser inte sitt eget utkast i filtren");
    }
}
