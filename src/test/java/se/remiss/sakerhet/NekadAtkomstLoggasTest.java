package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Issue 11, findings 10 and 11: an id of another organisation's object in a path, a query or a body
 * answers as if it did not exist and is recorded as ATKOMST_NEKAD; assigning another
 * organisation's person names nobody.
 */
@QuarkusTest
class NekadAtkomstLoggasTest {

    /** Runs {@code anrop} as {@code anvandare}, checks its status and that exactly one refusal was recorded. */
    private static void nekas(String anvandare, String vad, int status, Supplier<Response> anrop) {
        long fore = Sekretessfall.nekade(anvandare);
        Response svar = anrop.get();
        assertEquals(status, svar.statusCode(), vad + ": " + svar.asString());
        assertEquals(fore + 1, Sekretessfall.nekade(anvandare), vad + " registrerades inte som ATKOMST_NEKAD");
    }

    @Test
    void annanOrganisationsIdIFragaEllerSokvagRegistreras() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long remiss = Api.skickadRemiss(avs, "Nekad " + Api.unik(), mott).getLong("id");
        long kollegaHosAvsandaren = Api.anvandare(Api.testanvandare(avs));
        String utomstaende = Api.testanvandare(Api.skapaMottagare());
        Webbsession s = Sekretessfall.loggaIn(utomstaende);

        Api.som(utomstaende);
        nekas(utomstaende, "/api/diarium/{annan}/arenden", 404,
                () -> given().accept(ContentType.JSON).get("/api/diarium/" + avs + "/arenden"));
        nekas(utomstaende, "/diarium?organisation=", 404, () -> Sekretessfall.begaran(s).get("/diarium?organisation=" + avs));
        nekas(utomstaende, "/inkomna?organisation=", 404, () -> Sekretessfall.begaran(s).get("/inkomna?organisation=" + mott));
        nekas(utomstaende, "/mina-arenden?anvandare=", 404,
                () -> Sekretessfall.begaran(s).get("/mina-arenden?anvandare=" + kollegaHosAvsandaren));
        nekas(utomstaende, "POST /remisser/{id}/program", 404, () -> Sekretessfall.begaran(s).multiPart("csrf-token", s.csrf)
                .multiPart("fil", "program.txt", "1 Inledning".getBytes(), "text/plain")
                .post("/remisser/" + remiss + "/program"));
    }

    @Test
    void annanOrganisationsMottagareIUtlatandeOchMallprovRegistreras() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long mottagare = Api.skickadRemiss(avs, "Nekat utlatande " + Api.unik(), mott).getLong("mottagare[0].id");
        String utomstaende = Api.testanvandare(Api.skapaMottagare());
        Api.som(utomstaende);
        nekas(utomstaende, "POST /api/utlatanden", 400, () -> Api.json()
                .body(Map.of("mottagare", mottagare, "mall", "remissvar", "stallningstagande", "AVSTAR"))
                .post("/api/utlatanden"));
        nekas(utomstaende, "/api/mallar/{namn}/prov?mottagare=", 400,
                () -> given().get("/api/mallar/remissvar/prov?mottagare=" + mottagare));
    }

    @Test
    void tilldelningAvAnnanOrganisationsPersonNamngerIngenOchRegistreras() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long m = Api.skickadRemiss(avs, "Tilldelning " + Api.unik(), mott).getLong("mottagare[0].id");
        String annansPerson = Api.nyAnvandare(avs, Roll.HANDLAGGARE);
        String registrator = Api.testanvandare(mott);
        Api.som(registrator);
        nekas(registrator, "tilldela (API)", 400, () -> Api.json()
                .body(Map.of("handlaggare", Api.anvandare(annansPerson))).post("/api/mottagare/" + m + "/tilldela"));
        JsonPath problem = Api.problem(Api.json().body(Map.of("handlaggare", Api.anvandare(annansPerson)))
                .post("/api/mottagare/" + m + "/tilldela"), 400, "handlaggare");
        assertFalse(problem.prettify().contains(annansPerson), "svaret namnger personen: " + problem.prettify());
        // An id nobody has gets the same answer: the message does not tell who exists.
        JsonPath okand = Api.problem(Api.json().body(Map.of("handlaggare", Long.MAX_VALUE))
                .post("/api/mottagare/" + m + "/tilldela"), 400, "handlaggare");
        assertEquals(problem.getString("'invalid-params'[0].reason"), okand.getString("'invalid-params'[0].reason"));

        Webbsession s = Sekretessfall.loggaIn(registrator);
        Api.som(registrator);
        String version = String.valueOf(given().accept(ContentType.JSON).get("/api/mottagare/" + m).jsonPath()
                .getLong("mottagare.version"));
        nekas(registrator, "tilldela (formulär)", 400, () -> Sekretessfall.begaran(s).formParam("csrf-token", s.csrf)
                .formParam("version", version).formParam("handlaggare", String.valueOf(Api.anvandare(annansPerson)))
                .post("/mottagare/" + m + "/tilldela"));
        String sida = Sekretessfall.begaran(s).formParam("csrf-token", s.csrf).formParam("version", version)
                .formParam("handlaggare", String.valueOf(Api.anvandare(annansPerson)))
                .post("/mottagare/" + m + "/tilldela").asString();
        assertFalse(sida.contains("Testperson " + annansPerson), "sidan namnger personen");
    }
}
