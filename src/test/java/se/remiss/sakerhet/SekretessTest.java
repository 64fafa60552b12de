package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * A confidential document stays with those cleared for it: the marking organisation's registrator,
 * handläggare, nämndsekreterare and administrator. Others in the organisation (läsare) see that
 * there is a document and its marking, never its title or contents; other organisations see
 * nothing; only an administrator lifts a marking.
 */
@QuarkusTest
class SekretessTest {

    private static final String OSL = "26 kap. 1 § OSL";

    private record Handlingen(long arende, long handling, String titel) {
    }

    /** A new ärende in Vantör's diarium with one document (with a file). */
    private static Handlingen registrerad() {
        Api.som("vantor-registrator");
        long vantor = Api.id("vantor-sdf");
        long arende = Api.location(Api.json().body(Map.of("rubrik", "Orosanmälan " + Api.unik()))
                .post("/api/diarium/" + vantor + "/arenden")).transform(p -> Long.parseLong(p.substring(p.lastIndexOf('/') + 1)));
        String titel = "Anmalan om person " + Api.unik(); // ASCII: RestAssured sends text parts in ISO-8859-1
        long handling = Api.multipart().multiPart("riktning", "IN").multiPart("titel", titel)
                .multiPart("fil", "anmalan.txt", "Känsliga uppgifter".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/arenden/" + arende + "/handlingar").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Handlingen(arende, handling, titel);
    }

    private static void markera(Handlingen h) {
        Api.som("vantor-handlaggare");
        JsonPath svar = Api.json().body(Map.of("osl", OSL))
                .post("/api/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/sekretess")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(OSL, svar.getString("sekretess.osl"));
        assertEquals(Api.IDAG.toString(), svar.getString("sekretess.datum"));
        assertEquals("Vantörs stadsdelsförvaltning", svar.getString("sekretess.organisationNamn"));
    }

    @Test
    void lasareSerMarkeringenMenInteTitelnEllerFilen() {
        Handlingen h = registrerad();
        markera(h);
        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Roll.LASARE));
        JsonPath arende = given().accept(ContentType.JSON).get("/api/arenden/" + h.arende()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Sekretessmarkerad handling (" + OSL + ")", arende.getString("handlingar[0].titel"));
        assertNull(arende.get("handlingar[0].filnamn"));
        assertNull(arende.get("handlingar[0].href"));
        assertEquals(OSL, arende.getString("handlingar[0].sekretess.osl"));
        given().get("/api/arenden/" + h.arende() + "/handlingar/" + h.handling()).then().statusCode(404);
        given().get("/api/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/fil").then().statusCode(404);
        given().get("/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/fil").then().statusCode(404);
        String sida = given().get("/arenden/" + h.arende()).then().statusCode(200).extract().asString();
        assertFalse(sida.contains(h.titel()), "titeln syns för läsaren");
        assertTrue(sida.contains("Sekretessmarkerad handling"));
    }

    @Test
    void behorigaRollerSerHandlingenAndraOrganisationerInteAlls() {
        Handlingen h = registrerad();
        markera(h);
        for (String behorig : new String[] {"vantor-handlaggare", "vantor-registrator", "vantor-sekreterare"}) {
            Api.som(behorig);
            assertEquals(h.titel(), given().accept(ContentType.JSON).get("/api/arenden/" + h.arende()).jsonPath()
                    .getString("handlingar[0].titel"), behorig);
            assertEquals("Känsliga uppgifter", given().get("/api/arenden/" + h.arende() + "/handlingar/"
                    + h.handling() + "/fil").then().statusCode(200).extract().asString());
        }
        Api.som("farsta-handlaggare");
        given().get("/api/arenden/" + h.arende()).then().statusCode(404);
        given().get("/api/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/fil").then().statusCode(404);
    }

    @Test
    void markeringKraverBestammelseOchGorsBaraEnGang() {
        Handlingen h = registrerad();
        Api.som("vantor-handlaggare");
        String adress = "/api/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/sekretess";
        Api.problem(Api.json().body(Map.of("osl", "  ")).post(adress), 400, "osl");
        Api.problem(Api.json().body("{}").post(adress), 400, "osl");
        markera(h);
        Api.som("vantor-handlaggare");
        Api.problem(Api.json().body(Map.of("osl", OSL)).post(adress), 409);
        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Roll.LASARE));
        Api.problem(Api.json().body(Map.of("osl", OSL)).post(adress), 403);
    }

    @Test
    void baraAdministratorenHaverEnMarkering() {
        Handlingen h = registrerad();
        markera(h);
        String adress = "/api/arenden/" + h.arende() + "/handlingar/" + h.handling() + "/sekretess";
        Api.som("vantor-registrator");
        Api.problem(given().accept(ContentType.JSON).delete(adress), 403);
        // The sample administrator belongs to Stadsledningskontoret: Vantör's document does not exist for it.
        Api.som("admin");
        Api.problem(given().accept(ContentType.JSON).delete(adress), 404);

        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Roll.ADMINISTRATOR));
        JsonPath havd = given().accept(ContentType.JSON).delete(adress).then().statusCode(200).extract().jsonPath();
        assertNull(havd.get("sekretess"));
        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Roll.LASARE));
        assertEquals(h.titel(), given().accept(ContentType.JSON).get("/api/arenden/" + h.arende()).jsonPath()
                .getString("handlingar[0].titel"));
    }

    @Test
    void enSekretessmarkeradRemisshandlingMaskerasForMottagaren() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        JsonPath remiss = Api.skickadRemiss(avs, "Sekretessremiss " + Api.unik(), mott);
        long id = remiss.getLong("id");
        long dokument = remiss.getLong("dokument[0].id");
        long arende = given().accept(ContentType.JSON).get("/api/diarium/" + avs + "/arenden").jsonPath().getLong("rader[0].id");
        Api.json().body(Map.of("osl", OSL)).post("/api/arenden/" + arende + "/handlingar/" + dokument + "/sekretess")
                .then().statusCode(200);
        assertEquals("Remiss", given().accept(ContentType.JSON).get("/api/remisser/" + id).jsonPath().getString("dokument[0].titel"));

        Api.som(mott);
        JsonPath somMottagare = given().accept(ContentType.JSON).get("/api/remisser/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Sekretessmarkerad handling (" + OSL + ")", somMottagare.getString("dokument[0].titel"));
        assertNull(somMottagare.get("dokument[0].href"));
        given().get("/api/remisser/" + id + "/dokument/" + dokument + "/fil").then().statusCode(404);
        String sida = given().get("/remisser/" + id).then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Sekretessmarkerad handling") && !sida.contains("remiss.txt"), "titeln eller filen syns");
    }
}
