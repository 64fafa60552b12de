package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** The drafting pages: POST → redirect → GET, Swedish messages for bad input, never a server error. */
@QuarkusTest
class UtlatandeWebTest {

    @Test
    void skapaFranMottagarsidanOchFelIFormularet() {
        long m = Utkast.nyRemissTillVantor("Webb utlåtande " + Api.unik());
        String mottagarsida = Utkast.webb().get("/mottagare/" + m).then().statusCode(200).extract().asString();
        innehaller(mottagarsida, "href=\"/mottagare/" + m + "/utlatande\"");
        String ny = Utkast.webb().get("/mottagare/" + m + "/utlatande").then().statusCode(200).extract().asString();
        innehaller(ny, "<option value=\"remissvar\">Remissvar</option>");

        Response fel = Utkast.webb().formParam("mall", "finns-inte").post("/mottagare/" + m + "/utlatande");
        fel.then().statusCode(400).contentType("text/html");
        innehaller(fel.asString(), "Okänd mall");
        Utkast.webb().formParam("mall", "remissvar").formParam("stallningstagande", "KANSKE")
                .post("/mottagare/" + m + "/utlatande").then().statusCode(400);

        Response skapad = Utkast.webb().formParam("mall", "remissvar").formParam("stallningstagande", "AVSTAR")
                .post("/mottagare/" + m + "/utlatande");
        skapad.then().statusCode(303);
        String plats = skapad.header("Location");
        assertTrue(plats.contains("/utlatanden/") && plats.endsWith("?klart=skapat"), plats);
        String uid = plats.replaceAll(".*/utlatanden/([^?]+).*", "$1");
        innehaller(Utkast.webb().get("/mottagare/" + m).then().statusCode(200).extract().asString(), "/utlatanden/" + uid);

        String redigering = Utkast.webb().get("/utlatanden/" + uid + "?klart=skapat").then().statusCode(200).extract().asString();
        innehaller(redigering, "Utkastet är skapat");
        innehaller(redigering, "aria-label=\"Citera 5.3 Uppsökande arbete\"");
        innehaller(redigering, "srcdoc=");

        // A date that does not exist is shown as a message, nothing is saved.
        Utkast.webb().formParam("version", "1").formParam("datum", "2006-02-30").post("/utlatanden/" + uid)
                .then().statusCode(400);
        assertEquals(1, Utkast.version(uid));

        Response klar = Utkast.webb().formParam("version", "1").post("/utlatanden/" + uid + "/klar");
        klar.then().statusCode(400);
        innehaller(klar.asString(), "kan inte markeras klart");
        innehaller(klar.asString(), "Välj två undertecknare.");

        Utkast.webb().formParam("version", "1").formParam("text.sammanfattning", "Ny text.").post("/utlatanden/" + uid)
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?klart=sparat"));
        String versioner = Utkast.webb().get("/utlatanden/" + uid + "/versioner").then().statusCode(200).extract().asString();
        innehaller(versioner, "<ins>Ny text.</ins>");
        Utkast.webb().get("/utlatanden/" + uid + "/versioner?fran=x").then().statusCode(400);
        Utkast.webb().get("/utlatanden/" + uid + "/forhandsvisning").then().statusCode(200).contentType("text/html");
        Utkast.webb().get("/utlatanden/" + uid + "/pdf").then().statusCode(200).contentType("application/pdf");
        Utkast.webb().get("/utlatanden/finns-inte").then().statusCode(404);
    }

    @Test
    void skrivelsenFarUtkastFranArendesidan() {
        long arende = Utkast.skrivelsearende();
        innehaller(Utkast.webb().get("/arenden/" + arende).then().statusCode(200).extract().asString(),
                "href=\"/arenden/" + arende + "/utlatande\"");
        String ny = Utkast.webb().get("/arenden/" + arende + "/utlatande").then().statusCode(200).extract().asString();
        innehaller(ny, "Svar på skrivelse");
        Utkast.webb().formParam("mall", "svar-pa-skrivelse").post("/arenden/" + arende + "/utlatande").then().statusCode(303);
    }
}
