package se.remiss.sammanstallning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.sammantrade.Protokollmiljo;
import se.remiss.testhjalp.Api;

/** A protokollsutdrag sent through the service counts in the sammanställning as the nämnd's minutes received. */
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
    }
}
