package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Registered documents and sent remisser cannot be edited or deleted through any route, by any
 * role: there is no such route for documents, and every route that edits a remiss refuses once
 * it has been sent. Corrections are new registered documents.
 */
@QuarkusTest
class OforanderlighetTest {

    @Test
    void ingenRuttAndrarEllerTarBortEnRegistreradHandling() throws Exception {
        // The only routes under a registered document: reading it, its file, and its sekretess marking.
        Set<String> underHandling = RuttMatrisTest.rutter().stream()
                .filter(r -> r.matches("\\w+ (/api)?/(arenden|remisser)/\\{id}/(handlingar|dokument)/\\{\\w+}.*"))
                .collect(Collectors.toSet());
        for (String rutt : underHandling) {
            boolean lasande = rutt.startsWith("GET ");
            boolean sekretess = rutt.endsWith("/sekretess") || rutt.endsWith("/sekretess/ta-bort");
            assertTrue(lasande || sekretess, "Rutten ändrar en registrerad handling: " + rutt);
        }
        assertTrue(underHandling.size() >= 6, underHandling.toString());
    }

    @Test
    void enSkickadRemissKanIntesAndrasAvNagonRoll() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        JsonPath remiss = Api.skickadRemiss(avs, "Oföränderlig " + Api.unik(), mott);
        long id = remiss.getLong("id");
        long m = remiss.getLong("mottagare[0].id");
        Api.som(Api.nyAnvandare(avs, Roll.ALLA.toArray(String[]::new)));

        Api.problem(Api.json().body(Map.of("mottagare", List.of(Api.skapaMottagare()))).post("/api/remisser/" + id + "/mottagare"), 409);
        Api.problem(given().accept(ContentType.JSON).delete("/api/remisser/" + id + "/mottagare/" + m), 409);
        Api.problem(Api.json().body(Map.of("sistaDagKontorsutlatande", Api.KONTORSUTLATANDE.plusDays(7).toString(),
                "sistaDagNamndprotokoll", Api.NAMNDPROTOKOLL.plusDays(7).toString()))
                .put("/api/remisser/" + id + "/mottagare/" + m + "/frister"), 409);
        Api.problem(Api.multipart().multiPart("fil", "tillagg.txt", "Tillägg".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/remisser/" + id + "/dokument"), 409);
        Api.problem(given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka"), 409);

        JsonPath efter = Api.hamtaRemiss(id);
        assertEquals(remiss.getString("sistaDagKontorsutlatande"), efter.getString("sistaDagKontorsutlatande"));
        assertEquals(1, efter.getList("mottagare").size());
        assertEquals(1, efter.getList("dokument").size());
        assertEquals(remiss.getLong("version"), efter.getLong("version"));
    }
}
