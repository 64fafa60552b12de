package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** The drafting API: create, read, write sections and stance, versions, readiness. */
@QuarkusTest
class UtlatandeApiTest {

    @Test
    void skapaGer201MedLocationOchForifylltUtkast() {
        long m = Utkast.nyRemissTillVantor("Utlåtande API " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        JsonPath u = Utkast.hamta(uid);
        assertEquals("remissvar", u.getString("mall"));
        assertEquals(m, u.getLong("mottagare"));
        assertEquals("AVSTAR", u.getString("stallningstagande"));
        assertEquals("Avstår", u.getString("stallningstagandeText"));
        assertEquals(1, u.getInt("version"));
        assertEquals("UTKAST", u.getString("status"));
        assertEquals(Api.IDAG.toString(), u.getString("datum"));
        assertEquals("Maria Nordström", u.getString("handlaggare.namn"));
        assertEquals("Vantörs stadsdelsnämnd", u.getString("organisation"));
        assertTrue(u.getString("amne").startsWith("utlåtande API "), u.getString("amne"));
        assertEquals(List.of("forslag", "sammanfattning", "beredning", "bakgrund", "programmet", "synpunkter", "bilagor"),
                u.getList("avsnitt.nyckel"));
        assertEquals(2, u.getInt("program.version") + 1, "sample programme imported once: version 1");
        assertTrue(u.getString("dnr").matches("302-\\d+-26"), u.getString("dnr"));
        assertTrue(u.getString("avsandarensDnr").matches("900-\\d+/2026"), u.getString("avsandarensDnr"));
        assertEquals(List.of(uid), Utkast.json().queryParam("mottagare", m).get("/api/utlatanden").then().statusCode(200)
                .extract().jsonPath().getList("uid"));
    }

    @Test
    void ogiltigaUppgifterVidSkapandeNamngerFalten() {
        long m = Utkast.nyRemissTillVantor("Utlåtande fel " + Api.unik());
        Map<String, Object> kropp = new HashMap<>();
        kropp.put("mall", "remissvar");
        Api.problem(Utkast.skapa(kropp), 400, "mottagare");
        kropp.put("mottagare", 999_999_999L);
        Api.problem(Utkast.skapa(kropp), 400, "mottagare");
        kropp.put("mottagare", m);
        kropp.put("mall", "finns-inte");
        JsonPath p = Api.problem(Utkast.skapa(kropp), 400, "mall");
        innehaller(p.getString("'invalid-params'[0].reason"), "remissvar");
        kropp.put("mall", "svar-pa-skrivelse");
        Api.problem(Utkast.skapa(kropp), 400, "mall");
        kropp.put("mall", "remissvar");
        kropp.put("stallningstagande", "KANSKE");
        Api.problem(Utkast.skapa(kropp), 400, "stallningstagande");
        kropp.put("stallningstagande", "TILLSTYRKER");
        kropp.put("underskrifter", List.of(Api.anvandare("farsta-handlaggare")));
        Api.problem(Utkast.skapa(kropp), 400, "underskrifter");
        Api.problem(Utkast.json().body("{\"mottagare\": ").post("/api/utlatanden"), 400, "body");
        Api.problem(Utkast.json().get("/api/utlatanden/finns-inte"), 404);
    }

    @Test
    void avsnittOchStallningstagandeSparasSomNyaVersionerMedSkillnader() {
        long m = Utkast.nyRemissTillVantor("Utlåtande versioner " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", null);
        JsonPath v2 = Utkast.skrivAvsnitt(uid, "sammanfattning", 1, "Förvaltningen avstår.").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, v2.getInt("version"));
        assertEquals("Förvaltningen avstår.", v2.getString("avsnitt.find { it.nyckel == 'sammanfattning' }.text"));
        JsonPath v3 = Utkast.json().body(Map.of("version", 2, "stallningstagande", "TILLSTYRKER_MED_SYNPUNKTER"))
                .put("/api/utlatanden/" + uid + "/stallningstagande").then().statusCode(200).extract().jsonPath();
        assertEquals(3, v3.getInt("version"));
        innehaller(Utkast.text(Utkast.avsnitt(Utkast.forhandsvisning(uid)).get("forslag")[1]),
                "Vantörs stadsdelsnämnd beslutar att tillstyrka förslaget med de synpunkter som framförs i förvaltningens "
                        + "tjänsteutlåtande daterat " + Api.IDAG);
        Utkast.skrivAvsnitt(uid, "sammanfattning", 3, "Förvaltningen tillstyrker med synpunkter.").then().statusCode(200);
        // Saving what is already saved makes no new version.
        assertEquals(4, Utkast.skrivAvsnitt(uid, "sammanfattning", 4, "Förvaltningen tillstyrker med synpunkter.")
                .then().statusCode(200).extract().jsonPath().getInt("version"));

        List<Map<String, Object>> versioner = Utkast.json().get("/api/utlatanden/" + uid + "/versioner").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(1, 2, 3, 4), versioner.stream().map(v -> v.get("version")).toList());
        JsonPath jamforelse = Utkast.json().queryParam("fran", 2).queryParam("till", 4)
                .get("/api/utlatanden/" + uid + "/jamfor").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("stallningstagande", "avsnitt.sammanfattning"), jamforelse.getList("skillnader.falt"));
        assertEquals(List.of("Förvaltningen ", "avstår.", "tillstyrker med synpunkter.")
                , jamforelse.getList("skillnader[1].bitar.text"));
        assertEquals(List.of("SAMMA", "BORTTAGET", "TILLAGT"), jamforelse.getList("skillnader[1].bitar.typ"));
        Api.problem(Utkast.json().get("/api/utlatanden/" + uid + "/versioner/9"), 404);
    }

    @Test
    void okandaAvsnittOchFelaktigaVardenAvvisas() {
        long m = Utkast.nyRemissTillVantor("Utlåtande avvisning " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        Api.problem(Utkast.skrivAvsnitt(uid, "forslag", 1, "Genererat avsnitt"), 400, "avsnitt.forslag");
        Api.problem(Utkast.skrivAvsnitt(uid, "finns-inte", 1, "x"), 400, "avsnitt.finns-inte");
        Api.problem(Utkast.skrivAvsnitt(uid, "sammanfattning", 1, "x".repeat(UtlatandeService.MAX_TEXT + 1)), 400,
                "avsnitt.sammanfattning");
        Api.problem(Utkast.patch(uid, Map.of("amne", "utan version")), 400, "version");
        Api.problem(Utkast.patch(uid, Map.of("version", 1, "amne", "  ")), 400, "amne");
        Api.problem(Utkast.patch(uid, Map.of("version", 1, "datum", "2006-02-30")), 400, "datum");
        Api.problem(Utkast.patch(uid, Map.of("version", 7, "amne", "x")), 400, "version");
        Api.problem(Utkast.json().body(Map.of("version", 1)).put("/api/utlatanden/" + uid + "/stallningstagande"), 400,
                "stallningstagande");
        assertEquals(1, Utkast.version(uid), "inget av det avvisade sparades");
    }

    @Test
    void klarForGodkannandeKraverAlltOchLaserUtkastet() {
        long m = Utkast.nyRemissTillVantor("Utlåtande klar " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", null);
        JsonPath brister = Api.problem(Utkast.klar(uid, 1), 400, "avsnitt.sammanfattning", "avsnitt.beredning",
                "avsnitt.synpunkter", "stallningstagande", "underskrifter");
        assertEquals(5, brister.getList("'invalid-params'").size(), brister.prettify());

        long[] under = Utkast.vantorsUndertecknare();
        Map<String, Object> andring = new LinkedHashMap<>();
        andring.put("version", 1);
        andring.put("stallningstagande", "AVSTAR");
        andring.put("underskrifter", List.of(under[0], under[1]));
        andring.put("texter", Map.of("sammanfattning", "Förvaltningen avstår.", "beredning", "Inom IFO.",
                "synpunkter", "Se [[5.3]]."));
        JsonPath klar = Utkast.patch(uid, andring).then().statusCode(200).extract().jsonPath();
        assertTrue(klar.getBoolean("klar"), klar.prettify());
        assertEquals(List.of("Monika Viklander", "Åsa Berntsson"), klar.getList("underskrifter.namn"));

        JsonPath markerad = Utkast.klar(uid, 2).then().statusCode(200).extract().jsonPath();
        assertEquals("KLAR_FOR_GODKANNANDE", markerad.getString("status"));
        JsonPath last = Api.problem(Utkast.skrivAvsnitt(uid, "sammanfattning", 2, "Ändrat efteråt"), 409);
        innehaller(last.getString("detail"), "Återöppna");
        Utkast.json().post("/api/utlatanden/" + uid + "/ateroppna").then().statusCode(200);
        assertEquals("UTKAST", Utkast.hamta(uid).getString("status"));
        Utkast.skrivAvsnitt(uid, "sammanfattning", 2, "Ändrat efteråt").then().statusCode(200);
    }

    @Test
    void pdfOchForhandsvisningAvSammaDokument() {
        long m = Utkast.nyRemissTillVantor("Utlåtande pdf " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        Utkast.skriv(uid, "sammanfattning", "Förvaltningen avstår från att ta ställning till programmet.");
        String html = Utkast.forhandsvisning(uid);
        String pdf = Utkast.normal(Pdftext.av(Utkast.pdf(uid)));
        for (String del : List.of("Förvaltningen avstår från att ta ställning till programmet.", "TJÄNSTEUTLÅTANDE",
                "SAMMANFATTNING", "Vantörs stadsdelsnämnd beslutar att åberopa")) {
            innehaller(pdf, del);
        }
        innehaller(html, "<link rel=\"stylesheet\" href=\"/mallar/utlatande.css\" />");
        Utkast.webb().get("/mallar/utlatande.css").then().statusCode(200).contentType("text/css");
        Utkast.webb().get("/mallar/pom.xml").then().statusCode(404);
        assertFalse(html.contains("[[5.3]]"));
        assertNull(Utkast.hamta(uid).getString("mallfel"));
    }
}
