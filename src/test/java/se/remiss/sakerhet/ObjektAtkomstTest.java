package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * A Vantör handläggare asking for Farsta's (or the sender's unsent) objects gets nothing: by id,
 * by list, filter and sort parameters, and by download – the answers look exactly as if the
 * objects did not exist.
 */
@QuarkusTest
class ObjektAtkomstTest {

    /** A remiss from Stadsledningskontoret to Farsta only, with a document, sent. */
    private static JsonPath tillFarsta(String titel) {
        Api.som("slk-registrator");
        long id = Api.registrera(Api.remiss(Api.id("slk"), titel, Api.id("farsta-sdn"))).getLong("id");
        Api.som("slk-registrator");
        Api.laddaUpp(id, "hemlig.txt", "text/plain", "Bara för Farsta".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201);
        return given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void ejFunnen(String adress) {
        given().redirects().follow(false).get(adress).then().statusCode(404);
    }

    @Test
    void annanOrganisationsRemissMottagareArendeOchFilerFinnsInte() {
        String titel = "Bara Farsta " + Api.unik();
        JsonPath remiss = tillFarsta(titel);
        long id = remiss.getLong("id");
        long dokument = remiss.getLong("dokument[0].id");
        long farstasMottagare = remiss.getLong("mottagare[0].id");
        Api.som("farsta-handlaggare");
        JsonPath farstasDiarium = given().accept(ContentType.JSON).get("/api/diarium/" + Api.id("farsta-sdf") + "/arenden")
                .then().statusCode(200).extract().jsonPath();
        long farstasArende = farstasDiarium.getLong("rader[0].id");

        Api.som("vantor-handlaggare");
        for (String adress : List.of("/api/remisser/" + id, "/remisser/" + id,
                "/api/remisser/" + id + "/dokument/" + dokument, "/api/remisser/" + id + "/dokument/" + dokument + "/fil",
                "/remisser/" + id + "/dokument/" + dokument, "/remisser/" + id + "/program", "/api/remisser/" + id + "/program",
                "/api/mottagare/" + farstasMottagare, "/mottagare/" + farstasMottagare,
                "/api/arenden/" + farstasArende, "/arenden/" + farstasArende,
                "/api/diarium/" + Api.id("farsta-sdf") + "/arenden", "/inkomna?organisation=" + Api.id("farsta-sdn"),
                "/diarium?organisation=" + Api.id("farsta-sdf"),
                "/mina-arenden?anvandare=" + Api.anvandare("farsta-handlaggare"))) {
            ejFunnen(adress);
        }
        // The same "not found" as for an id that does not exist at all.
        JsonPath saknas = given().get("/api/remisser/" + id).then().extract().jsonPath();
        JsonPath finnsInte = given().get("/api/remisser/999999999").then().extract().jsonPath();
        assertEquals(finnsInte.getString("detail"), saknas.getString("detail"));
    }

    @Test
    void listorFilterOchSorteringVisarIngentAnnanOrganisations() {
        String titel = "Filter Farsta " + Api.unik();
        tillFarsta(titel);
        Api.som("vantor-handlaggare");
        for (String sortera : List.of("registrerad", "titel", "dnr", "avsandare", "frist", "status")) {
            assertEquals(0, given().accept(ContentType.JSON).queryParam("sok", titel).queryParam("sortera", sortera)
                    .get("/api/remisser").then().statusCode(200).extract().jsonPath().getLong("totalt"), sortera);
        }
        assertEquals(0, given().accept(ContentType.JSON).queryParam("avsandare", Api.id("slk")).queryParam("sok", titel)
                .get("/api/remisser").jsonPath().getLong("totalt"));
        String lista = given().queryParam("sok", titel).get("/remisser").then().statusCode(200).extract().asString();
        assertFalse(lista.contains(">" + titel + "<"), "remissen listas"); // the search field echoes the text itself
        JsonPath mottagna = given().accept(ContentType.JSON).queryParam("organisation", Api.id("farsta-sdn"))
                .queryParam("storlek", 100).get("/api/mottagare").then().statusCode(200).extract().jsonPath();
        assertEquals(0, mottagna.getLong("totalt"));
        JsonPath allaMina = given().accept(ContentType.JSON).queryParam("avslutade", true).queryParam("storlek", 100)
                .get("/api/mottagare").jsonPath();
        assertTrue(allaMina.getList("rader.mottagare.organisation.namn", String.class).stream()
                .allMatch(n -> n.startsWith("Vantör")), allaMina.prettify());
        assertFalse(allaMina.getList("rader.titel", String.class).contains(titel));

        // The one who received it sees it.
        Api.som("farsta-handlaggare");
        assertEquals(1, given().accept(ContentType.JSON).queryParam("sok", titel).get("/api/remisser").jsonPath()
                .getLong("totalt"));
        assertTrue(given().queryParam("sok", titel).get("/remisser").asString().contains(">" + titel + "<"));
    }

    @Test
    void enMottagareSerBaraSinEgenRadAvEnRemissTillMangaAvsandarenSerAlla() {
        Api.som("vantor-handlaggare");
        JsonPath remisser = given().accept(ContentType.JSON).queryParam("sok", "prostitution").get("/api/remisser")
                .jsonPath();
        long sample = remisser.getLong("rader[0].id");
        JsonPath somVantor = given().accept(ContentType.JSON).get("/api/remisser/" + sample).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Vantörs stadsdelsnämnd"), somVantor.getList("mottagare.organisation.namn"));
        assertFalse(given().get("/remisser/" + sample).asString().contains("Farsta stadsdelsnämnd"));

        Api.som("slk-registrator");
        assertEquals(23, given().accept(ContentType.JSON).get("/api/remisser/" + sample).jsonPath()
                .getList("mottagare").size());
    }

    @Test
    void ettUtkastSynsInteHosMottagarenForeUtskick() {
        String titel = "Utkast till Vantör " + Api.unik();
        Api.som("slk-registrator");
        JsonPath utkast = Api.registrera(Api.remiss(Api.id("slk"), titel, Api.id("vantor-sdn")));
        long id = utkast.getLong("id");
        long mottagare = utkast.getLong("mottagare[0].id");

        Api.som("vantor-registrator");
        ejFunnen("/api/remisser/" + id);
        ejFunnen("/api/mottagare/" + mottagare);
        assertEquals(0, given().accept(ContentType.JSON).queryParam("sok", titel).get("/api/remisser").jsonPath()
                .getLong("totalt"));
        given().accept(ContentType.JSON).post("/api/mottagare/" + mottagare + "/mottag").then().statusCode(404);
    }

    @Test
    void avsandarenKanInteAndraMottagarensRadOchMottagarenInteRemissen() {
        String titel = "Roller " + Api.unik();
        JsonPath remiss = tillFarsta(titel);
        long m = remiss.getLong("mottagare[0].id");
        // The sender's registrator cannot receive on the recipient's behalf …
        Api.som("slk-registrator");
        given().accept(ContentType.JSON).post("/api/mottagare/" + m + "/mottag").then().statusCode(404);
        // … and a registrator elsewhere cannot register remisser in Stadsledningskontoret's name.
        Api.som("vantor-registrator");
        Api.problem(Api.json().body(Api.remiss(Api.id("slk"), "I annans namn", Api.id("farsta-sdn")))
                .post("/api/remisser"), 400, "avsandare");
    }
}
