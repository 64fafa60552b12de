package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Losenord;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/** Form login, HTTP Basic, throttling of failed attempts and the user's own password change. */
@QuarkusTest
class InloggningTest {

    private static String nyPerson() {
        return Api.nyAnvandare(Api.id("vantor-sdf"), Roll.HANDLAGGARE);
    }

    @Test
    void felLosenordGerSvenskTextOchIngenSession() {
        Response svar = Webbsession.loggaInForsok("vantor-handlaggare", "fel-losenord", "/");
        assertEquals(401, svar.statusCode());
        assertTrue(svar.asString().contains("Fel användarnamn eller lösenord."), svar.asString());
        assertEquals(null, svar.cookie(Autentisering.SESSIONSKAKA));
        // An unknown user gets the same answer: the page does not tell which names exist.
        Response okand = Webbsession.loggaInForsok("finns-inte-" + Api.unik(), "fel-losenord", "/");
        assertEquals(401, okand.statusCode());
        assertTrue(okand.asString().contains("Fel användarnamn eller lösenord."));
    }

    @Test
    void inloggningLederTillbakaMenAldrigTillAnnanWebbplats() {
        assertEquals("/mina-arenden?avslutade=true",
                Webbsession.loggaInForsok("vantor-handlaggare", Api.LOSENORD, "/mina-arenden?avslutade=true")
                        .header("Location").replaceFirst("^https?://[^/]+", ""));
        for (String till : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            String plats = Webbsession.loggaInForsok("vantor-handlaggare", Api.LOSENORD, till).header("Location")
                    .replaceFirst("^https?://[^/]+", "");
            assertEquals("/", plats, "till=" + till);
        }
    }

    @Test
    void felformadAdressEfterInloggningLederTillStartsidan() {
        for (String till : new String[] {"/a b", "/%", "/a%zz"}) {
            Response svar = Webbsession.loggaInForsok("vantor-handlaggare", Api.LOSENORD, till);
            assertEquals(303, svar.statusCode(), "till=" + till);
            assertEquals("/", svar.header("Location").replaceFirst("^https?://[^/]+", ""), "till=" + till);
        }
    }

    @Test
    void upprepadeMisslyckandenSparrarAnvandarnamnetAvenForRattLosenord() {
        String person = nyPerson();
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(person, "fel-" + i).get("/api/remisser").then().statusCode(401);
        }
        // The sixth attempt, even with the right password, is refused – over Basic and in the form.
        Response api = given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser");
        Api.problem(api, 429);
        assertTrue(Integer.parseInt(api.header("Retry-After")) > 0);
        Response formular = Webbsession.loggaInForsok(person, Api.LOSENORD, "/");
        assertEquals(429, formular.statusCode());
        assertTrue(formular.asString().contains("För många misslyckade inloggningar"), formular.asString());
        // Another user is not affected.
        given().auth().preemptive().basic("vantor-handlaggare", Api.LOSENORD).get("/api/remisser").then().statusCode(200);
    }

    @Test
    void sparrenGallerNamnetFranEnAdressInteFranAndra() {
        String person = nyPerson();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Klientadress.basic("127.0.0.1", person, "fel-" + i).status());
        }
        Klientadress.Svar sparrad = Klientadress.basic("127.0.0.1", person, Api.LOSENORD);
        assertEquals(429, sparrad.status(), sparrad.text());
        // The first lock is short (exponential back-off from there), not the whole window.
        assertTrue(sparrad.retryAfter() > 0 && sparrad.retryAfter() <= 60, "Retry-After " + sparrad.retryAfter());
        // Someone guessing from one address does not lock the person out elsewhere.
        assertEquals(200, Klientadress.basic("127.0.0.2", person, Api.LOSENORD).status());
        assertEquals(429, Klientadress.basic("127.0.0.1", person, Api.LOSENORD).status(), "sparren består för adressen");
    }

    @Test
    void mangaAdresserSparrarNamnetTillSist() {
        String person = nyPerson();
        // Ten addresses with five failures each reach the per-name ceiling (50 within the window) …
        for (int adress = 10; adress < 20; adress++) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, Klientadress.basic("127.0.0." + adress, person, "fel-" + i).status());
            }
        }
        // … after which the name is locked from every address, until the failures age out.
        assertEquals(429, Klientadress.basic("127.0.0.30", person, Api.LOSENORD).status());
    }

    @Test
    void misslyckandenSkriverHogstNagraHandelserIMinuten() {
        String person = nyPerson();
        for (int i = 0; i < 20; i++) {
            Klientadress.basic("127.0.0.3", person, "fel-" + i);
        }
        long handelser = QuarkusTransaction.requiringNew().call(() ->
                Granskningshandelse.count("anvandarnamn = ?1 and handling = 'INLOGGNING'", person));
        assertTrue(handelser >= 1 && handelser <= 6, handelser + " händelser för 20 försök");
    }

    @Test
    void lyckadInloggningNollstallerRakningen() {
        String person = nyPerson();
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic(person, "fel").get("/api/remisser").then().statusCode(401);
        }
        given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic(person, "fel").get("/api/remisser").then().statusCode(401);
        }
        given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser").then().statusCode(200);
    }

    @Test
    void apiUtanInloggningFragarEfterBasic() {
        Response svar = given().accept(ContentType.JSON).get("/api/remisser");
        Api.problem(svar, 401);
        assertTrue(svar.header("WWW-Authenticate").startsWith("Basic"));
        Api.problem(given().header("Authorization", "Basic inte-base64!").get("/api/remisser"), 401);
    }

    @Test
    void sidaUtanInloggningLederTillInloggning() {
        given().redirects().follow(false).get("/remisser?status=SKICKAD").then().statusCode(303)
                .header("Location", containsString("/logga-in?till=%2Fremisser%3Fstatus%3DSKICKAD"));
        given().get("/logga-in").then().statusCode(200).body(containsString("Logga in"))
                .body(containsString("remiss-demo"));
    }

    @Test
    void losenordsbyteKraverNuvarandeLosenordOchAvslutarAndraSessioner() {
        String person = nyPerson();
        Webbsession session = Webbsession.loggaIn(person);
        Webbsession annan = Webbsession.loggaIn(person);
        String nytt = "ett-nytt-losenord-" + Api.unik();

        Response fel = session.begaran().formParam("csrf-token", session.csrf).formParam("nuvarande", "fel")
                .formParam("nytt", nytt).formParam("upprepat", nytt).post("/konto/losenord");
        assertEquals(400, fel.statusCode());
        assertTrue(fel.asString().contains("Nuvarande lösenord stämmer inte."));
        Response kort = session.begaran().formParam("csrf-token", session.csrf).formParam("nuvarande", Api.LOSENORD)
                .formParam("nytt", "kort").formParam("upprepat", "kort").post("/konto/losenord");
        assertTrue(kort.asString().contains("minst 10 tecken"));
        given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser").then().statusCode(200);

        session.begaran().formParam("csrf-token", session.csrf).formParam("nuvarande", Api.LOSENORD)
                .formParam("nytt", nytt).formParam("upprepat", nytt).post("/konto/losenord")
                .then().statusCode(303).header("Location", containsString("/konto?klart=losenord"));
        given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser").then().statusCode(401);
        given().auth().preemptive().basic(person, nytt).get("/api/remisser").then().statusCode(200);
        session.begaran().get("/konto").then().statusCode(200);
        annan.begaran().get("/konto").then().statusCode(303);
    }

    private static Response byt(Webbsession session, String nuvarande, String nytt) {
        return session.begaran().formParam("csrf-token", session.csrf).formParam("nuvarande", nuvarande)
                .formParam("nytt", nytt).formParam("upprepat", nytt).post("/konto/losenord");
    }

    @Test
    void svagaLosenordGodtasInte() {
        String person = nyPerson();
        Webbsession session = Webbsession.loggaIn(person);
        Map<String, String> fall = Map.of(
                "          x", "blanksteg",
                "aaaaaaaaaa", "samma tecken",
                Api.LOSENORD, "nuvarande",
                "qwertyuiop", "vanligt",
                "1234567890", "vanligt",
                "Lösenord123", "vanligt");
        fall.forEach((nytt, orsak) -> {
            Response svar = byt(session, Api.LOSENORD, nytt);
            assertEquals(400, svar.statusCode(), "\"" + nytt + "\" godtogs");
            assertTrue(svar.asString().contains(orsak), nytt + ": " + svar.asString());
        });
        given().auth().preemptive().basic(person, Api.LOSENORD).get("/api/remisser").then().statusCode(200);
        byt(session, Api.LOSENORD, "hallonbåt under valvet").then().statusCode(303);
    }

    @Test
    void felNuvarandeLosenordBromsasSomInloggning() {
        String person = nyPerson();
        Webbsession session = Webbsession.loggaIn(person);
        for (int i = 0; i < 5; i++) {
            byt(session, "fel-" + i, "ett-helt-nytt-losenord").then().statusCode(400);
        }
        Response sparrad = byt(session, Api.LOSENORD, "ett-helt-nytt-losenord");
        assertEquals(429, sparrad.statusCode(), sparrad.asString());
        assertTrue(sparrad.asString().contains("För många"), sparrad.asString());
        // Nothing was changed, and the person can still log in from elsewhere.
        assertEquals(200, Klientadress.basic("127.0.0.4", person, Api.LOSENORD).status());
    }

    @Test
    void administratorenOchForstaAdministratornFoljerSammaRegel() {
        String person = nyPerson();
        long id = Api.anvandare(person);
        for (String svagt : new String[] {"aaaaaaaaaa", "password123", "          x"}) {
            Api.problem(Api.somAdmin().contentType(ContentType.JSON).body(Map.of("losenord", svagt))
                    .post("/api/anvandare/" + id + "/losenord"), 400, "losenord");
        }
        Api.somAdmin().contentType(ContentType.JSON).body(Map.of("losenord", "hallonbåt under valvet"))
                .post("/api/anvandare/" + id + "/losenord").then().statusCode(204);
        assertTrue(Losenord.problem("Qwerty123456!") != null, "vanligt lösenord");
    }
}
