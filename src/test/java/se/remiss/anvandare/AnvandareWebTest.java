package se.remiss.anvandare;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.remiss.sakerhet.Autentisering;
import se.remiss.sakerhet.CsrfSkydd;
import se.remiss.testhjalp.Anonym;
import se.remiss.testhjalp.Api;

/**
 * The administrator's pages for users: list with filters, the forms (POST → redirect → GET), field
 * messages in Swedish, stale versions, and who may see the pages. Forms are posted with HTTP Basic
 * (no browser session, so no CSRF token is needed) except in the CSRF test.
 */
@QuarkusTest
@ExtendWith(Anonym.class)
class AnvandareWebTest {

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", Api.LOSENORD).redirects().follow(false);
    }

    static Response skapa(String anvandarnamn, String losenord, String upprepat, String... roller) {
        RequestSpecification fraga = admin().contentType("application/x-www-form-urlencoded")
                .formParam("anvandarnamn", anvandarnamn).formParam("namn", "Webb Webbsson " + anvandarnamn)
                .formParam("titel", "Utredare").formParam("epost", "")
                .formParam("organisation", String.valueOf(id("vantor-sdf")))
                .formParam("losenord", losenord).formParam("upprepat", upprepat);
        for (String roll : roller) {
            fraga.formParam("roller", roll);
        }
        return fraga.post("/anvandare");
    }

    /** The id in a "/anvandare/{id}?klart=…" redirect. */
    static long idUr(Response svar) {
        svar.then().statusCode(303);
        Matcher m = Pattern.compile("/anvandare/(\\d+)\\?klart=(\\w+)$").matcher(svar.header("Location"));
        assertTrue(m.find(), svar.header("Location"));
        return Long.parseLong(m.group(1));
    }

    @Test
    void listanVisarFiltrerarOchSorterar() {
        String alla = admin().get("/anvandare").then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertTrue(alla.contains("<h1>Användare</h1>"), alla);
        // User names in their column (the header shows the logged-in administrator's name anyway).
        assertTrue(alla.contains("<td>admin</td>"), "exempeladministratören listas");
        assertTrue(alla.contains("href=\"/anvandare/ny\""));
        assertFalse(alla.contains("$2a$"), "inga lösenordshashar på sidan");

        String administratorer = admin().queryParam("roll", "administrator").get("/anvandare").then()
                .statusCode(200).extract().asString();
        assertTrue(administratorer.contains("<td>admin</td>"));
        assertFalse(administratorer.contains("<td>vantor-registrator</td>"), "registratorn är ingen administratör");
        assertTrue(administratorer.contains("<option value=\"administrator\" selected>Administratör</option>"));

        long org = Api.skapaOrganisation("webb", "KONTOR", null, null, null).getLong("id");
        String u = unik();
        for (String fornamn : List.of("Adam", "Mona")) {
            Map<String, Object> kropp = AnvandareApiTest.ny(fornamn.toLowerCase() + "." + u, org, "lasare");
            kropp.put("namn", fornamn + " Sortersson " + u);
            AnvandareApiTest.skapa(kropp);
        }
        String egna = admin().queryParam("organisation", org).queryParam("sortera", "namn")
                .queryParam("ordning", "fallande").get("/anvandare").then().statusCode(200).extract().asString();
        assertTrue(egna.indexOf("Mona Sortersson") < egna.indexOf("Adam Sortersson"), "fallande på namn");
        assertTrue(egna.contains("aria-sort=\"descending\""));
        assertTrue(egna.contains("Visar 1–2 av 2 användare."), egna);
        assertFalse(egna.contains("<td>admin</td>"), "bara organisationens användare");

        String sok = admin().queryParam("sok", "lundgren").get("/anvandare").then().statusCode(200).extract()
                .asString();
        assertTrue(sok.contains("<td>vantor-registrator</td>"));
        assertFalse(sok.contains("<td>admin</td>"));

        String fel = admin().queryParam("aktiv", "kanske").get("/anvandare").then().statusCode(400)
                .contentType("text/html").extract().asString();
        assertTrue(fel.contains("Ange true eller false."), fel);
        admin().get("/anvandare/987654321").then().statusCode(404).contentType("text/html");
    }

    @Test
    void listanDelasISidorSomBehallerFiltret() {
        long org = Api.skapaOrganisation("sidor", "KONTOR", null, null, null).getLong("id");
        for (int i = 0; i < 26; i++) { // one more than a page (remiss.sidstorlek)
            Api.nyAnvandare(org, "lasare");
        }
        String forsta = admin().queryParam("organisation", org).get("/anvandare").then().statusCode(200).extract()
                .asString();
        assertTrue(forsta.contains("Visar 1–25 av 26 användare."), forsta);
        assertTrue(forsta.contains("Sida 1 av 2"));
        assertTrue(forsta.contains("href=\"/anvandare?organisation=" + org + "&amp;sida=2\" rel=\"next\""), forsta);
        String andra = admin().queryParam("organisation", org).queryParam("sida", 2).get("/anvandare").then()
                .statusCode(200).extract().asString();
        assertTrue(andra.contains("Visar 26–26 av 26 användare."), andra);
        assertTrue(andra.contains("rel=\"prev\""));
        assertFalse(andra.contains("rel=\"next\""));
    }

    @Test
    void nyAnvandareSkapasMedPostRedirectGet() {
        String formular = admin().get("/anvandare/ny").then().statusCode(200).extract().asString();
        assertTrue(formular.contains("name=\"csrf-token\""), "formuläret bär CSRF-token");
        for (String etikett : List.of("Registrator", "Handläggare", "Nämndsekreterare", "Administratör", "Läsare",
                "Nämndledamot")) {
            assertTrue(formular.contains("> " + etikett + "</label>"), etikett);
        }
        assertTrue(formular.contains("Vantörs stadsdelsförvaltning"));

        String namn = "webb." + unik();
        long id = idUr(skapa(namn, "ett-hemligt-losenord", "ett-hemligt-losenord", "registrator", "lasare"));
        String sida = admin().get("/anvandare/" + id + "?klart=skapad").then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Användaren är skapad."));
        assertTrue(sida.contains(namn));
        assertTrue(sida.contains("value=\"registrator\" checked"));
        assertTrue(sida.contains("value=\"lasare\" checked"));
        assertFalse(sida.contains("value=\"handlaggare\" checked"));
        assertTrue(sida.contains("Sätt nytt lösenord"));
        assertFalse(sida.contains("$2a$"));
        assertEquals(200, AnvandareApiTest.basic(namn, "ett-hemligt-losenord"));
    }

    @Test
    void felaktigtFormularVisasIgenMedMeddelandenVidFalten() {
        String u = unik();
        String sida = skapa("Fel Namn " + u, "ett-hemligt-losenord", "ett-annat-losenord").then().statusCode(400)
                .contentType("text/html").extract().asString();
        assertTrue(sida.contains("Rätta uppgifterna som är markerade nedan."));
        assertTrue(sida.contains("id=\"anvandarnamn-fel\">Användarnamnet ska vara 2–60 tecken"), sida);
        assertTrue(sida.contains("id=\"roller-fel\">Välj minst en roll."), sida);
        // The field tags: label, marked control pointing at its message, the fieldset pointing at its own.
        assertTrue(sida.contains("<div class=\"falt har-fel\"><label for=\"anvandarnamn\">Användarnamn</label>"), sida);
        assertTrue(Pattern.compile("<input [^>]*id=\"anvandarnamn\"[^>]* aria-invalid=\"true\" aria-describedby=\"anvandarnamn-fel\">")
                .matcher(sida).find(), sida);
        assertTrue(sida.contains("<fieldset class=\"falt har-fel\" aria-describedby=\"roller-fel\">"), sida);
        assertTrue(Pattern.compile("<input [^>]*id=\"namn\" [^>]*>").matcher(sida).results()
                .noneMatch(r -> r.group().contains("aria-invalid")), "ett riktigt fält markeras inte");
        assertTrue(sida.contains("value=\"Fel Namn " + u + "\""), "det inskrivna står kvar");
        assertTrue(sida.contains("value=\"Webb Webbsson Fel Namn " + u + "\""));

        sida = skapa("ok." + u, "ett-hemligt-losenord", "ett-annat-losenord", "lasare").then().statusCode(400)
                .extract().asString();
        assertTrue(sida.contains("id=\"upprepat-fel\">Lösenorden är inte lika."), sida);
        sida = skapa("ok." + u, "kort", "kort", "lasare").then().statusCode(400).extract().asString();
        assertTrue(sida.contains("id=\"losenord-fel\">Lösenordet måste ha minst 10 tecken."), sida);
        sida = skapa("admin", "ett-hemligt-losenord", "ett-hemligt-losenord", "lasare").then().statusCode(400)
                .extract().asString();
        assertTrue(sida.contains("Användarnamnet admin används redan."), sida);
        assertEquals(0, Api.somAdmin().queryParam("sok", u).get("/api/anvandare").jsonPath().getLong("totalt"),
                "inget sparades");
    }

    @Test
    void andringSparasOchInaktuellVersionAvvisas() {
        long id = idUr(skapa("andra." + unik(), "ett-hemligt-losenord", "ett-hemligt-losenord", "lasare"));
        JsonPath fore = Api.somAdmin().get("/api/anvandare/" + id).jsonPath();
        long version = fore.getLong("version");

        Response sparad = andra(id, "Nytt Namn", version, true, "handlaggare", "registrator");
        assertEquals(303, sparad.statusCode(), sparad.asString());
        assertTrue(sparad.header("Location").endsWith("/anvandare/" + id + "?klart=sparad"));
        JsonPath efter = Api.somAdmin().get("/api/anvandare/" + id).jsonPath();
        assertEquals("Nytt Namn", efter.getString("namn"));
        assertEquals(List.of("registrator", "handlaggare"), efter.getList("roller", String.class));

        // The same (now stale) version: refused with the reason, the stored values shown, nothing saved.
        String konflikt = andra(id, "Gammalt Namn", version, true, "lasare").then().statusCode(409).extract()
                .asString();
        assertTrue(konflikt.contains("har ändrats av någon annan"), konflikt);
        assertTrue(konflikt.contains("value=\"Nytt Namn\""), konflikt);
        assertEquals("Nytt Namn", Api.somAdmin().get("/api/anvandare/" + id).jsonPath().getString("namn"));

        // A correction keeps the version the form was loaded with.
        String fel = andra(id, "", efter.getLong("version"), true).then().statusCode(400).extract().asString();
        assertTrue(fel.contains("id=\"namn-fel\">Namn måste anges."), fel);
        assertTrue(fel.contains("id=\"roller-fel\">Välj minst en roll."), fel);
        assertTrue(fel.contains("name=\"version\" value=\"" + efter.getLong("version") + "\""), fel);

        // Unticking "Aktiv" deactivates.
        andra(id, "Nytt Namn", efter.getLong("version"), false, "lasare").then().statusCode(303);
        assertFalse(Api.somAdmin().get("/api/anvandare/" + id).jsonPath().getBoolean("aktiv"));
    }

    static Response andra(long id, String namn, long version, boolean aktiv, String... roller) {
        RequestSpecification fraga = admin().contentType("application/x-www-form-urlencoded")
                .formParam("namn", namn).formParam("titel", "").formParam("epost", "ny@exempel.se")
                .formParam("organisation", String.valueOf(id("vantor-sdf")))
                .formParam("version", String.valueOf(version));
        if (aktiv) {
            fraga.formParam("aktiv", "true");
        }
        for (String roll : roller) {
            fraga.formParam("roller", roll);
        }
        return fraga.post("/anvandare/" + id);
    }

    @Test
    void nyttLosenordSattsFranSidan() {
        String namn = "losen." + unik();
        long id = idUr(skapa(namn, "ett-hemligt-losenord", "ett-hemligt-losenord", "lasare"));
        String fel = admin().contentType("application/x-www-form-urlencoded").formParam("losenord", "ett-nytt-losenord")
                .formParam("upprepat", "ett-nytt-losen").post("/anvandare/" + id + "/losenord").then().statusCode(400)
                .extract().asString();
        assertTrue(fel.contains("id=\"upprepat-fel\">Lösenorden är inte lika."), fel);

        Response klart = admin().contentType("application/x-www-form-urlencoded")
                .formParam("losenord", "ett-nytt-losenord").formParam("upprepat", "ett-nytt-losenord")
                .post("/anvandare/" + id + "/losenord");
        assertEquals(303, klart.statusCode());
        assertTrue(klart.header("Location").endsWith("/anvandare/" + id + "?klart=losenord"));
        assertTrue(admin().get(klart.header("Location")).asString().contains("Det nya lösenordet är satt."));
        assertEquals(401, AnvandareApiTest.basic(namn, "ett-hemligt-losenord"));
        assertEquals(200, AnvandareApiTest.basic(namn, "ett-nytt-losenord"));

        // One's own password is changed on the account page (with the current one), not here.
        long admin = Api.anvandare("admin");
        String egen = admin().contentType("application/x-www-form-urlencoded")
                .formParam("losenord", "ett-nytt-losenord").formParam("upprepat", "ett-nytt-losenord")
                .post("/anvandare/" + admin + "/losenord").then().statusCode(409).extract().asString();
        assertTrue(egen.contains("Mitt konto"), egen);
        assertEquals(200, AnvandareApiTest.basic("admin", Api.LOSENORD));
    }

    @Test
    void baraAdministratorerSerSidorna() {
        long id = Api.anvandare("vantor-registrator");
        for (String sida : List.of("/anvandare", "/anvandare/ny", "/anvandare/" + id)) {
            given().auth().preemptive().basic("vantor-registrator", Api.LOSENORD).get(sida).then().statusCode(403)
                    .contentType("text/html").body(containsString("Åtkomst nekad"));
            Response anonym = given().redirects().follow(false).get(sida);
            assertEquals(303, anonym.statusCode(), sida);
            assertTrue(anonym.header("Location").contains("/logga-in"), sida);
        }
        given().auth().preemptive().basic("vantor-registrator", Api.LOSENORD)
                .contentType("application/x-www-form-urlencoded").formParam("losenord", "ett-nytt-losenord")
                .formParam("upprepat", "ett-nytt-losenord").post("/anvandare/" + id + "/losenord").then()
                .statusCode(403);
        assertEquals(200, AnvandareApiTest.basic("vantor-registrator", Api.LOSENORD));
    }

    @Test
    void formularIEnWebbsessionKraverCsrfToken() {
        String kaka = AnvandareApiTest.sessionskaka("admin", Api.LOSENORD);
        String u = unik();
        Response utan = given().redirects().follow(false).cookie(Autentisering.SESSIONSKAKA, kaka)
                .contentType("application/x-www-form-urlencoded").formParam("anvandarnamn", "csrf." + u)
                .formParam("namn", "Csrf " + u).formParam("organisation", String.valueOf(id("slk")))
                .formParam("roller", "lasare").formParam("losenord", "ett-hemligt-losenord")
                .formParam("upprepat", "ett-hemligt-losenord").post("/anvandare");
        assertEquals(403, utan.statusCode());
        assertEquals(0, Api.somAdmin().queryParam("sok", "csrf." + u).get("/api/anvandare").jsonPath()
                .getLong("totalt"), "inget skapades utan token");

        String sida = given().cookie(Autentisering.SESSIONSKAKA, kaka).get("/anvandare/ny").then().statusCode(200)
                .body(not(containsString("name=\"csrf-token\" value=\"\""))).extract().asString();
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(sida);
        assertTrue(m.find());
        Response med = given().redirects().follow(false).cookie(Autentisering.SESSIONSKAKA, kaka)
                .contentType("application/x-www-form-urlencoded").formParam(CsrfSkydd.FALT, m.group(1))
                .formParam("anvandarnamn", "csrf." + u).formParam("namn", "Csrf " + u)
                .formParam("organisation", String.valueOf(id("slk"))).formParam("roller", "lasare")
                .formParam("losenord", "ett-hemligt-losenord").formParam("upprepat", "ett-hemligt-losenord")
                .post("/anvandare");
        assertEquals(303, med.statusCode(), med.asString());
    }
}
