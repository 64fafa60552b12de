package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Fields a caller must not set – id, status, organisation, sekretess – are rejected in JSON (the API
 * names them) and ignored in forms (pages only read the fields they show).
 */
@QuarkusTest
class MassTilldelningTest {

    @Test
    void extraFaltIJsonAvvisasOchIngentingRegistreras() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        Api.som(avs);
        long fore = Api.antalRemisser(avs);
        for (String falt : new String[] {"id", "status", "organisation", "sekretess"}) {
            Map<String, Object> kropp = new LinkedHashMap<>(Api.remiss(avs, "Mass " + Api.unik(), mott));
            kropp.put(falt, falt.equals("status") ? "SKICKAD" : 1);
            Api.problem(Api.json().body(kropp).post("/api/remisser"), 400, falt);
        }
        assertEquals(fore, Api.antalRemisser(avs));

        long m = Api.skickadRemiss(avs, "Mass status " + Api.unik(), mott).getLong("mottagare[0].id");
        Api.som(mott);
        Api.problem(Api.json().body(Map.of("status", "MOTTAGEN", "organisation", avs))
                .post("/api/mottagare/" + m + "/status"), 400, "organisation");
        Api.problem(Api.somAdmin().body(Map.of("id", 1, "kortnamn", "x-" + Api.unik(), "namn", "X " + Api.unik(),
                "typ", "BOLAG")).post("/api/organisationer"), 400, "id");
    }

    @Test
    void extraFaltIFormularIgnoreras() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String person = Api.testanvandare(avs);
        Webbsession session = Webbsession.loggaIn(person);
        String titel = "Formular med extra falt " + Api.unik(); // ASCII: RestAssured sends text parts in ISO-8859-1
        Response svar = Sekretessfall.remissformular(session, avs, titel, mott)
                .multiPart("status", "SKICKAD").multiPart("id", "1").multiPart("sekretess", "26 kap. 1 § OSL")
                .post("/remisser");
        assertEquals(303, svar.statusCode(), svar.asString());
        Api.som(avs);
        Map<String, Object> rad = given().accept(ContentType.JSON).queryParam("sok", titel).get("/api/remisser")
                .jsonPath().getMap("rader[0]");
        assertEquals("UTKAST", rad.get("status"));
        assertEquals(false, ((Number) rad.get("id")).longValue() == 1L);
    }
}
