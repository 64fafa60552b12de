package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/** Forms need the session's CSRF token; a session ends for good at logout and after its timeouts. */
@QuarkusTest
class SessionOchCsrfTest {

    /** A sent remiss to a recipient of the test's own and that recipient's registrator. */
    private record Mottagen(long mottagare, String registrator) {
    }

    private static Mottagen mottagen() {
        long mott = Api.skapaMottagare();
        long m = Api.skickadRemiss(Api.skapaAvsandare(), "CSRF " + Api.unik(), mott).getLong("mottagare[0].id");
        Api.anonym();
        return new Mottagen(m, Api.nyAnvandare(mott, Roll.REGISTRATOR));
    }

    private static String status(Mottagen m) {
        return given().auth().preemptive().basic(m.registrator(), Api.LOSENORD).accept(ContentType.JSON)
                .get("/api/mottagare/" + m.mottagare()).then().statusCode(200).extract().jsonPath()
                .getString("mottagare.status");
    }

    @Test
    void formularUtanRattCsrfTokenAvvisasOchIngentingAndras() {
        Mottagen m = mottagen();
        Webbsession session = Webbsession.loggaIn(m.registrator());
        Webbsession annan = Webbsession.loggaIn(m.registrator());
        String adress = "/mottagare/" + m.mottagare() + "/mottag";

        Response utan = session.begaran().formParam("version", "").post(adress);
        assertEquals(403, utan.statusCode());
        assertTrue(utan.asString().contains("Formuläret har gått ut"), utan.asString());
        assertEquals(403, session.begaran().formParam("csrf-token", "fel-token").post(adress).statusCode());
        assertEquals(403, session.begaran().formParam("csrf-token", annan.csrf).post(adress).statusCode(),
                "en annan sessions token");
        assertEquals(403, session.begaran().header(CsrfSkydd.HUVUD, annan.csrf).post(adress).statusCode());
        assertEquals("SKICKAD", status(m), "inget får ha ändrats");

        Response ratt = session.begaran().formParam("csrf-token", session.csrf).post(adress);
        assertEquals(303, ratt.statusCode(), ratt.asString());
        assertEquals("MOTTAGEN", status(m));
    }

    @Test
    void htmxOchSkriptSkickarTokenISittHuvud() {
        Mottagen m = mottagen();
        Webbsession session = Webbsession.loggaIn(m.registrator());
        Response svar = session.begaran().header(CsrfSkydd.HUVUD, session.csrf).contentType(ContentType.URLENC)
                .post("/mottagare/" + m.mottagare() + "/mottag");
        assertEquals(303, svar.statusCode(), svar.asString());
        assertEquals("MOTTAGEN", status(m));
    }

    @Test
    void inloggningsformularetKraverSinEgenToken() {
        Response svar = given().redirects().follow(false).formParam("anvandarnamn", "vantor-handlaggare")
                .formParam("losenord", Api.LOSENORD).post("/logga-in");
        assertEquals(403, svar.statusCode());
        assertEquals(null, svar.cookie(Autentisering.SESSIONSKAKA));
    }

    @Test
    void sessionskakanArHttpOnlyOchSameSite() {
        Response svar = Webbsession.loggaInForsok("vantor-handlaggare", Api.LOSENORD, "/");
        String kaka = svar.header("Set-Cookie");
        assertTrue(svar.headers().getValues("Set-Cookie").stream().anyMatch(k -> k.startsWith(Autentisering.SESSIONSKAKA)
                && k.contains("HttpOnly") && k.contains("SameSite=Lax")), String.valueOf(kaka));
    }

    @Test
    void kakanGallerInteEfterUtloggning() {
        Webbsession session = Webbsession.loggaIn("vantor-handlaggare");
        session.begaran().get("/mina-arenden").then().statusCode(200);
        session.begaran().formParam("csrf-token", session.csrf).post("/logga-ut")
                .then().statusCode(303).header("Location", containsString("/logga-in?utloggad=true"));

        // The same cookie, replayed: a page sends to login, the API answers 401, nothing is shown.
        session.begaran().get("/mina-arenden").then().statusCode(303).header("Location", containsString("/logga-in"));
        session.begaran().accept(ContentType.JSON).get("/api/mottagare").then().statusCode(401);
    }

    @Test
    void sessionenUpphorEfterInaktivitetOchEfterMaxtiden() {
        Webbsession inaktiv = Webbsession.loggaIn("vantor-handlaggare");
        flytta(inaktiv, Duration.ofMinutes(31), Duration.ZERO);
        inaktiv.begaran().get("/mina-arenden").then().statusCode(303).header("Location", containsString("/logga-in"));

        Webbsession gammal = Webbsession.loggaIn("vantor-handlaggare");
        flytta(gammal, Duration.ZERO, Duration.ofHours(11));
        gammal.begaran().get("/mina-arenden").then().statusCode(303);

        Webbsession aktiv = Webbsession.loggaIn("vantor-handlaggare");
        flytta(aktiv, Duration.ofMinutes(29), Duration.ofHours(9));
        aktiv.begaran().get("/mina-arenden").then().statusCode(200);
    }

    /** Moves a session's last activity and its start back in time, as if the user had been away. */
    private static void flytta(Webbsession session, Duration sedanAktiv, Duration sedanStart) {
        QuarkusTransaction.requiringNew().run(() -> {
            Inloggningssession s = Inloggningssession.findById(Inloggning.sha256(session.kaka));
            s.senastAktiv = Instant.now().minus(sedanAktiv);
            s.skapad = Instant.now().minus(sedanStart);
        });
    }
}
