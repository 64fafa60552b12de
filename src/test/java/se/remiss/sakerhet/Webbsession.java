package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.testhjalp.Api;

/** A browser-like session driven with REST Assured: the login form, the session cookie and the page's CSRF token. */
final class Webbsession {

    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");
    private static final Pattern FALT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");

    final String kaka;
    final String csrf;

    private Webbsession(String kaka, String csrf) {
        this.kaka = kaka;
        this.csrf = csrf;
    }

    /** Logs in through the form, exactly as a browser does. */
    static Webbsession loggaIn(String anvandarnamn) {
        Response svar = loggaInForsok(anvandarnamn, Api.LOSENORD, "/remisser");
        assertEquals(303, svar.statusCode(), "inloggning som " + anvandarnamn + ": " + svar.asString());
        String kaka = svar.cookie(Autentisering.SESSIONSKAKA);
        assertNotNull(kaka, "ingen sessionskaka");
        String sida = given().cookie(Autentisering.SESSIONSKAKA, kaka).redirects().follow(false).get("/konto")
                .then().statusCode(200).extract().asString();
        return new Webbsession(kaka, hitta(META, sida));
    }

    /** One attempt at the login form (with the form's own CSRF cookie and token). */
    static Response loggaInForsok(String anvandarnamn, String losenord, String till) {
        Response formular = given().get("/logga-in");
        String token = hitta(FALT, formular.asString());
        return given().redirects().follow(false).cookie(CsrfSkydd.INLOGGNINGSKAKA, formular.cookie(CsrfSkydd.INLOGGNINGSKAKA))
                .formParam("csrf-token", token).formParam("anvandarnamn", anvandarnamn)
                .formParam("losenord", losenord).formParam("till", till).post("/logga-in");
    }

    /** A request carrying this session's cookie (and no token unless the test adds one). */
    RequestSpecification begaran() {
        return given().redirects().follow(false).cookie(Autentisering.SESSIONSKAKA, kaka);
    }

    static String hitta(Pattern monster, String text) {
        Matcher m = monster.matcher(text);
        if (!m.find()) {
            throw new AssertionError("Hittade inte " + monster + " i sidan");
        }
        return m.group(1);
    }
}
