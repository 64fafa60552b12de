package se.remiss.utlatande;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Every file in templates/ against every sample case: the one test that fails when someone breaks
 * a template. Rendered through the administrator's try-out endpoint, so nothing is stored.
 */
@QuarkusTest
class MallarTest {

    private static List<String> filer(String slut) throws IOException {
        try (Stream<Path> filer = Files.list(Path.of("templates"))) {
            return filer.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(slut)).sorted().toList();
        }
    }

    @Test
    void varjeMallRenderasMotVarjeExempelarendeUtanFel() throws IOException {
        List<String> html = filer(".html");
        List<String> mallar = html.stream().filter(f -> !f.startsWith("_")).map(f -> f.replace(".html", "")).toList();
        assertTrue(mallar.containsAll(List.of("remissvar", "svar-pa-skrivelse")), mallar::toString);
        Api.som("admin");

        List<Map<String, Object>> status = Utkast.json().get("/api/mallar").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(mallar, status.stream().map(s -> s.get("namn")).toList());
        for (Map<String, Object> s : status) {
            assertEquals(true, s.get("fungerar"), () -> "Mallen fungerar inte: " + s);
        }

        // Each case is tried by a handläggare of the organisation it belongs to: drafts and template
        // trials are scoped to the caller's organisation like everything else.
        Map<String, String> fall = new LinkedHashMap<>();
        Utkast.exempelmottagarnasOrganisationer().forEach((m, org) -> fall.put("mottagare=" + m, Api.testanvandare(org)));
        fall.put("arende=" + Utkast.skrivelsearende(), Utkast.SOF_HANDLAGGARE);
        assertTrue(fall.size() >= 20, fall::toString);
        for (String mall : mallar) {
            fall.forEach((f, anvandare) -> {
                String[] del = f.split("=");
                String dokument = Utkast.som(anvandare, () -> given().accept(ContentType.HTML).queryParam(del[0], del[1])
                        .get("/api/mallar/" + mall + "/prov").then().statusCode(200).contentType(ContentType.HTML)
                        .extract().asString());
                assertTrue(dokument.contains("<section class=\"avsnitt"), mall + " / " + f);
                assertFalse(dokument.contains("NOT_FOUND"), mall + " / " + f);
            });
        }
        // Every part a template includes is a file of the folder, and every style sheet is served.
        for (String css : filer(".css")) {
            Utkast.webb().get("/mallar/" + css).then().statusCode(200);
        }
    }

    @Test
    void provningenSvararMedFelForOkantArendeOchOkandMall() {
        Api.som("admin");
        Api.problem(Utkast.dokument().queryParam("mottagare", 999_999_999L).get("/api/mallar/remissvar/prov"), 400, "mottagare");
        String exempel = Utkast.dokument().get("/api/mallar/remissvar/prov").then().statusCode(200).extract().asString();
        assertTrue(exempel.contains("Provnämnden"), "utan ärende: det påhittade exemplet");
        long skrivelse = Utkast.skrivelsearende();
        Api.problem(Utkast.dokument().queryParam("arende", skrivelse).get("/api/mallar/finns-inte/prov"), 404);
        String sida = Utkast.webb().get("/mallar").then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Remissvar") && sida.contains("Svar på skrivelse") && sida.contains("Fungerar"), sida);
        String absolut = java.nio.file.Path.of("templates").toAbsolutePath().normalize().toString();
        assertTrue(!sida.contains(absolut) && sida.contains("<code>templates</code>"),
                "sidan visar den inställda mappen, inte serverns absoluta sökväg");
    }
}
