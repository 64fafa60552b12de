package se.remiss.sammanstallning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.sammantrade.Protokollmiljo;
import se.remiss.testhjalp.Api;

/**
 * A protokollsutdrag sent through the service counts in the sammanställning as the nämnd's minutes received,
 * and the sammanställning links to it.
 */
@QuarkusTest
class SammanstallningProtokollTest {

    @Test
    void skickatProtokollsutdragArInkommetProtokoll() {
        Protokollmiljo m = new Protokollmiljo(Api.skapaAvsandare(),
                Api.skapaOrganisation("namnd", "NAMND", "{KOD}-{NR}/{ÅR}", "302", null).getLong("id"));
        Protokollmiljo.Mote mote = m.mote(LocalDate.of(2026, 11, 19), Protokollmiljo.Steg.SKICKAT);

        JsonPath s = Protokollmiljo.som(m.registratorA).get("/api/remisser/" + mote.remiss().remiss() + "/sammanstallning")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, s.getList("mottagare").size());
        Map<String, Object> rad = s.getMap("mottagare[0]");
        assertEquals(Api.IDAG.toString(), rad.get("protokollInkom"), rad.toString());
        assertEquals(Boolean.TRUE, rad.get("protokollITid"), rad.toString());
        Protokollmiljo.som(m.registratorA).accept("application/pdf").get((String) rad.get("protokolldokument")).then()
                .statusCode(200).contentType("application/pdf");
        given().auth().preemptive().basic(m.registratorA, Api.LOSENORD).get("/remisser/" + mote.remiss().remiss()
                + "/sammanstallning").then().statusCode(200).body(containsString("class=\"protokollank\" href=\""
                        + ((String) rad.get("protokolldokument")).replaceFirst("^/api/", "/") + "\""));
    }
}
