package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Cross-site requests riding on HTTP Basic credentials a browser has cached (after the API's
 * {@code WWW-Authenticate: Basic} prompt): a foreign page can make the browser POST a form, a
 * text/plain body or an empty fetch, all with those credentials. None of them may change anything.
 * API clients sending JSON with Basic keep working.
 */
@QuarkusTest
class KorsplatsTest {

    private static final String FRAMMANDE = "https://angripare.example";

    private static RequestSpecification basic(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).redirects().follow(false);
    }

    /** A draft from a fresh sender to a fresh recipient, with a document, ready to send. */
    private static long utkast(long avs, long mott) {
        long id = Api.registrera(Api.remiss(avs, "Korsplats " + Api.unik(), mott)).getLong("id");
        Api.laddaUpp(id, "remiss.txt", "text/plain", "Remisshandling".getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        Api.anonym();
        return id;
    }

    /** A remiss sent to a fresh recipient: its recipient row and the recipient's registrator. */
    private record Mottagen(long id, String registrator) {
    }

    private static Mottagen mottagen() {
        long mott = Api.skapaMottagare();
        JsonPath remiss = Api.skickadRemiss(Api.skapaAvsandare(), "Korsplats " + Api.unik(), mott);
        Api.anonym();
        return new Mottagen(remiss.getLong("mottagare[0].id"), Api.testanvandare(mott));
    }

    private static String status(String anvandare, long remiss) {
        return basic(anvandare).accept(ContentType.JSON).get("/api/remisser/" + remiss).jsonPath().getString("status");
    }

    @Test
    void skickaMedTextPlainFranWebblasareEllerMedTextkroppVagras() {
        long avs = Api.skapaAvsandare();
        long remiss = utkast(avs, Api.skapaMottagare());
        String registrator = Api.testanvandare(avs);
        // The probe's request as a browser sends it from a foreign page: text/plain, empty body, its origin.
        Api.problem(basic(registrator).contentType("text/plain").body("").header("Origin", FRAMMANDE)
                .post("/api/remisser/" + remiss + "/skicka"), 403);
        // An old browser without Origin/Sec-Fetch-*: a text/plain or form body is never API input.
        Api.problem(basic(registrator).contentType("text/plain").body("{\"version\":0}")
                .post("/api/remisser/" + remiss + "/skicka"), 415);
        Api.problem(basic(registrator).contentType(ContentType.URLENC).formParam("version", "0")
                .post("/api/remisser/" + remiss + "/skicka"), 415);
        assertEquals("UTKAST", status(registrator, remiss));
    }

    @Test
    void anropFranAnnanWebbplatsVagrasAvenMedJson() {
        long avs = Api.skapaAvsandare();
        long remiss = utkast(avs, Api.skapaMottagare());
        String registrator = Api.testanvandare(avs);
        Api.problem(basic(registrator).contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site")
                .post("/api/remisser/" + remiss + "/skicka"), 403);
        Api.problem(basic(registrator).contentType(ContentType.JSON).header("Origin", FRAMMANDE)
                .post("/api/remisser/" + remiss + "/skicka"), 403);
        // A multipart form from a foreign page: the browser marks it, so it is refused too.
        Api.problem(basic(registrator).header("Origin", FRAMMANDE).header("Sec-Fetch-Site", "cross-site")
                .multiPart("fil", "x.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/remisser/" + remiss + "/dokument"), 403);
        assertEquals("UTKAST", status(registrator, remiss));
        // The same request from our own origin, or from a client that is no browser, is fine.
        basic(registrator).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Origin", "http://localhost:" + RestAssured.port).header("Sec-Fetch-Site", "same-origin")
                .post("/api/remisser/" + remiss + "/skicka").then().statusCode(200);
        assertEquals("SKICKAD", status(registrator, remiss));
    }

    @Test
    void formularTillApiMottagVagras() {
        Mottagen mottagen = mottagen();
        long m = mottagen.id();
        String registrator = mottagen.registrator();
        Api.problem(basic(registrator).contentType(ContentType.URLENC).formParam("x", "y")
                .post("/api/mottagare/" + m + "/mottag"), 415);
        // An empty form from a foreign page: the browser names its origin.
        Api.problem(basic(registrator).contentType(ContentType.URLENC).header("Origin", FRAMMANDE)
                .header("Sec-Fetch-Site", "cross-site").post("/api/mottagare/" + m + "/mottag"), 403);
        assertEquals("SKICKAD", basic(registrator).accept(ContentType.JSON).get("/api/mottagare/" + m)
                .jsonPath().getString("mottagare.status"));
    }

    @Test
    void htmlSidorTarInteBasicFranWebblasare() {
        Mottagen mottagen = mottagen();
        long m = mottagen.id();
        String registrator = mottagen.registrator();
        long handlaggare = Api.anvandare(registrator);
        // A browser's form post from a foreign page, with the cached Basic credentials and no token.
        Response svar = basic(registrator).contentType(ContentType.URLENC).header("Origin", FRAMMANDE)
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate")
                .formParams(Map.of("handlaggare", String.valueOf(handlaggare), "version", "0"))
                .post("/mottagare/" + m + "/tilldela");
        assertFalse(svar.statusCode() == 303 && svar.header("Location").contains("/mottagare/" + m),
                svar.statusCode() + " " + svar.header("Location"));
        assertNull(basic(registrator).accept(ContentType.JSON).get("/api/mottagare/" + m)
                .jsonPath().get("mottagare.handlaggare"));
        // Even a same-origin page view in a browser: pages are for sessions, Basic is ignored there.
        Response sida = basic(registrator).header("Sec-Fetch-Site", "none").header("Sec-Fetch-Mode", "navigate")
                .get("/mottagare/" + m);
        assertEquals(303, sida.statusCode());
        assertEquals(true, sida.header("Location").contains("/logga-in"), sida.header("Location"));
    }
}
