package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * The pages that ask before what cannot be undone: sending a remiss (GET /remisser/{id}/skicka) and
 * closing a recipient's case (GET /mottagare/{id}/status?status=AVSTAR|BESVARAD). Asking changes
 * nothing; only the page's own POST form acts. Anything else to confirm leads back to the page.
 */
@QuarkusTest
class BekraftelseWebTest {

    @Test
    void skickaFragarForstOchNamnerMottagarnaUtanAttNagotAndras() {
        long slk = Api.id("slk");
        long id = Api.registrera(Api.remiss(slk, "Bekräfta utskick " + Api.unik(), Api.id("vantor-sdn"),
                Api.id("farsta-sdn"))).getLong("id");
        // Without a document there is nothing to send yet: back to the remiss.
        sida("/remisser/" + id + "/skicka", 303).header("Location", endsWith("/remisser/" + id));
        Api.laddaUpp(id, "remiss.txt", "text/plain", "Handling".getBytes(StandardCharsets.UTF_8)).then().statusCode(201);

        sida("/remisser/" + id + "/skicka", 200)
                .body(containsString("Skicka remissen till 2 mottagare?"))
                .body(containsString("Vantörs stadsdelsnämnd"))
                .body(containsString("Det kan inte ångras"))
                .body(containsString("<form method=\"post\" action=\"/remisser/" + id + "/skicka\""))
                .body(containsString("Ja, skicka till 2 mottagare"));
        assertEquals("UTKAST", Api.hamtaRemiss(id).getString("status"), "att fråga skickar inget");

        given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka").then().statusCode(200);
        sida("/remisser/" + id + "/skicka", 303).header("Location", endsWith("/remisser/" + id));
    }

    @Test
    void attAvstaFragarForstMenAndraStegLederTillbaka() {
        JsonPath remiss = Api.skickadRemiss(Api.id("slk"), "Bekräfta avstå " + Api.unik(), Api.id("vantor-sdn"));
        long mottagare = remiss.getLong("mottagare[0].id");
        Api.som(Api.id("vantor-sdf"));
        String adress = "/mottagare/" + mottagare + "/status";

        // Declining takes a reason: the page carries the one typed on the case page into the real form.
        sida(adress + "?status=AVSTAR&orsak=Berör inte oss", 200)
                .body(containsString("Avstå från att svara på remissen?"))
                .body(containsString("<form method=\"post\" action=\"/mottagare/" + mottagare + "/avsta\""))
                .body(containsString("value=\"Berör inte oss\""));
        // Receiving is an ordinary step, and "besvarad" only follows a statement sent in: nothing to ask.
        sida(adress + "?status=MOTTAGEN", 303).header("Location", endsWith("/mottagare/" + mottagare));
        sida(adress + "?status=BESVARAD", 303).header("Location", endsWith("/mottagare/" + mottagare));
        sida(adress, 303);
        sida(adress + "?status=INGET", 400).body(not(containsString("Exception")));
        assertEquals("SKICKAD", Api.hamtaRemiss(remiss.getLong("id")).getString("mottagare[0].status"));
    }

    @Test
    void annanOrganisationsMottagareFinnsInte() {
        JsonPath remiss = Api.skickadRemiss(Api.id("slk"), "Bekräfta främmande " + Api.unik(), Api.id("vantor-sdn"));
        Api.som(Api.id("farsta-sdf"));
        sida("/mottagare/" + remiss.getLong("mottagare[0].id") + "/status?status=AVSTAR", 404);
    }

    private static io.restassured.response.ValidatableResponse sida(String adress, int status) {
        return given().accept("text/html").redirects().follow(false).get(adress).then().statusCode(status);
    }
}
