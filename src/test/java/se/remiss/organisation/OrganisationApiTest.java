package se.remiss.organisation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.location;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.skapaOrganisation;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Organisations (with their diarium series) and groups: every logged-in user reads the register
 * (a remiss is addressed from it), only the administrator changes it.
 */
@QuarkusTest
class OrganisationApiTest {

    // ---------------------------------------------------------------------------------------------
    // Organisations

    @Test
    void listanHarIdNamnOchTypForOrganisationerOchGrupper() {
        // Not case data: a user of any organisation sees the whole register.
        som("farsta-handlaggare");
        List<Map<String, Object>> alla = given().accept(ContentType.JSON).get("/api/organisationer")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath().getList("$");

        Map<String, Object> slk = post(alla, "slk");
        assertTrue(slk.get("id") instanceof Number);
        assertEquals("Stadsledningskontoret", slk.get("namn"));
        assertEquals("KONTOR", slk.get("typ"));
        assertEquals("{KOD}-{NR}/{ÅR}", ((Map<?, ?>) slk.get("diarium")).get("format"));

        Map<String, Object> vantor = post(alla, "vantor-sdn");
        assertEquals("Vantörs stadsdelsnämnd", vantor.get("namn"));
        assertEquals("NAMND", vantor.get("typ"));
        assertEquals("Vantörs stadsdelsförvaltning", ((Map<?, ?>) vantor.get("forvaltning")).get("namn"));

        Map<String, Object> grupp = post(alla, "alla-stadsdelsnamnder");
        assertEquals("Alla stadsdelsnämnder", grupp.get("namn"));
        assertEquals("GRUPP", grupp.get("typ"));
        assertEquals(18, ((List<?>) grupp.get("medlemmar")).size());
        assertTrue(((List<?>) grupp.get("medlemmar")).contains(((Number) vantor.get("id")).intValue()));

        for (Map<String, Object> p : alla) {
            assertTrue(p.get("id") instanceof Number && p.get("namn") instanceof String && p.get("typ") != null, p
                    .toString());
        }
        List<Map<String, Object>> utanGrupper = given().accept(ContentType.JSON).queryParam("grupper", false)
                .get("/api/organisationer").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(utanGrupper.stream().noneMatch(p -> "GRUPP".equals(p.get("typ"))));
        assertEquals(slk, post(utanGrupper, "slk"));
    }

    @Test
    void organisationSkapasHamtasOchAndras() {
        som("admin");
        String u = unik();
        Response svar = json().body(Map.of("kortnamn", "kontor-" + u, "namn", "Testkontoret " + u, "typ", "KONTOR",
                "diarieformat", "{ÅR}/KS {NR:4} {KOD}", "diariekod", "10")).post("/api/organisationer");
        String plats = location(svar);
        JsonPath skapad = JsonPath.from(svar.asString());
        long id = skapad.getLong("id");
        assertEquals("/api/organisationer/" + id, plats);
        assertEquals("kontor-" + u, skapad.getString("kortnamn"));
        assertEquals("Testkontoret " + u, skapad.getString("namn"));
        assertEquals("KONTOR", skapad.getString("typ"));
        assertTrue(skapad.getBoolean("aktiv"));
        assertEquals("{ÅR}/KS {NR:4} {KOD}", skapad.getString("diarium.format"));
        assertEquals("10", skapad.getString("diarium.kod"));
        assertTrue(skapad.getString("diarium.exempel").matches("\\d{4}/KS \\d{4} \\S+"),
                skapad.getString("diarium.exempel"));

        // A committee served by the new office; its registry is the office's.
        JsonPath namnd = skapaOrganisation("namnd", "NAMND", null, null, id);
        assertEquals(id, namnd.getLong("forvaltning.id"));
        assertNull(namnd.get("diarium"));

        JsonPath hamtad = given().accept(ContentType.JSON).get(plats).then().statusCode(200).extract().jsonPath();
        assertEquals(skapad.getMap("$"), hamtad.getMap("$"));

        Map<String, Object> andring = new HashMap<>(Map.of("kortnamn", "kontor-" + u, "namn", "Nya kontoret " + u,
                "typ", "KONTOR", "diarieformat", "{KOD}-{NR}/{ÅR}", "diariekod", "11",
                "version", hamtad.getLong("version")));
        JsonPath andrad = json().body(andring).put(plats).then().statusCode(200).extract().jsonPath();
        assertEquals("Nya kontoret " + u, andrad.getString("namn"));
        assertEquals("{KOD}-{NR}/{ÅR}", andrad.getString("diarium.format"));
        assertEquals(hamtad.getLong("version") + 1, andrad.getLong("version"));

        // The same stale version again: refused, nothing overwritten.
        andring.put("namn", "Gammal ändring " + u);
        problem(json().body(andring).put(plats), 409);
        assertEquals("Nya kontoret " + u, given().accept(ContentType.JSON).get(plats).jsonPath().getString("namn"));
    }

    @Test
    void saknadeOchOgiltigaFaltAvvisasUtanAttNagotSparas() {
        som("admin");
        String u = unik();
        problem(json().body("{}").post("/api/organisationer"), 400, "kortnamn", "namn", "typ");
        avvisas(Map.of("kortnamn", "Versaler Å " + u, "namn", "Test " + u, "typ", "KONTOR"), "kortnamn");
        avvisas(Map.of("kortnamn", "x".repeat(61), "namn", "Test " + u, "typ", "KONTOR"), "kortnamn");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "x".repeat(201), "typ", "KONTOR"), "namn");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "NAMNDEN"), "typ");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", 2), "typ");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "forvaltning", 987654321L),
                "forvaltning");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "NAMND", "forvaltning", "sof"),
                "forvaltning");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "NAMND", "forvaltning", id("sotn")),
                "forvaltning");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "diarieformat", "{ÅR}-{LÖPNR}"),
                "diarieformat");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "diarieformat", "{ÅR}"),
                "diarieformat");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "diarieformat", "{KOD}-{NR}"),
                "diariekod");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "diarieformat",
                "{NR}-" + "x".repeat(100)), "diarieformat");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "diarieformat", "{KOD}-{NR}",
                "diariekod", "k".repeat(41)), "diariekod");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "Test " + u, "typ", "KONTOR", "aktiv", "kanske"), "aktiv");
        // Taken kortnamn and name (in any case).
        avvisas(Map.of("kortnamn", "slk", "namn", "Test " + u, "typ", "KONTOR"), "kortnamn");
        avvisas(Map.of("kortnamn", "ok-" + u, "namn", "stadsledningskontoret", "typ", "KONTOR"), "namn");

        problem(json().body("{\"kortnamn\": \"ok-" + u + "\", ").post("/api/organisationer"), 400);
        problem(json().body("").post("/api/organisationer"), 400, "body");
        problem(json().body("[\"ok-" + u + "\"]").post("/api/organisationer"), 400, "body");
        problem(given().contentType(ContentType.TEXT).body("kortnamn=ok-" + u).post("/api/organisationer"), 415);
        problem(given().contentType(ContentType.XML).body("<organisation/>").post("/api/organisationer"), 415);

        assertFalse(given().accept(ContentType.JSON).get("/api/organisationer").jsonPath()
                .getList("kortnamn", String.class).contains("ok-" + u));
    }

    @Test
    void felaktigaAndringarAvvisas() {
        som("admin");
        JsonPath org = skapaOrganisation("andra", "FORVALTNING", "{NR}-{ÅR}", null, null);
        long id = org.getLong("id");
        String plats = "/api/organisationer/" + id;
        Map<String, Object> kropp = new HashMap<>(Map.of("kortnamn", org.getString("kortnamn"),
                "namn", org.getString("namn"), "typ", "FORVALTNING", "diarieformat", "{NR}-{ÅR}"));

        // A series cannot be removed: its numbers stand.
        kropp.put("diarieformat", "");
        problem(json().body(kropp).put(plats), 400, "diarieformat");
        kropp.put("diarieformat", "{NR}-{ÅR}");
        kropp.put("forvaltning", id);
        problem(json().body(kropp).put(plats), 400, "forvaltning");
        kropp.remove("forvaltning");
        kropp.put("kortnamn", "vantor-sdf");
        problem(json().body(kropp).put(plats), 400, "kortnamn");
        problem(json().put(plats), 400, "body");
        problem(json().body(kropp).put("/api/organisationer/987654321"), 404);
        problem(given().contentType(ContentType.TEXT).body("x").put(plats), 415);

        assertEquals(org.getMap("$"), given().accept(ContentType.JSON).get(plats).jsonPath().getMap("$"));
    }

    @Test
    void okandaIdnGer404() {
        som("farsta-handlaggare");
        problem(given().accept(ContentType.JSON).get("/api/organisationer/987654321"), 404);
        problem(given().accept(ContentType.JSON).get("/api/organisationer/slk"), 404);
        // A group is not an organisation, nor the other way round.
        problem(given().accept(ContentType.JSON).get("/api/organisationer/" + id("alla-stadsdelsnamnder")), 404);
        problem(given().accept(ContentType.JSON).get("/api/grupper/" + id("slk")), 404);
        problem(given().accept(ContentType.JSON).get("/api/grupper/987654321"), 404);
    }

    // ---------------------------------------------------------------------------------------------
    // Groups

    @Test
    void gruppSkapasHamtasOchAndras() {
        som("admin");
        String u = unik();
        long a = skapaOrganisation("ga", "BOLAG", null, null, null).getLong("id");
        long b = skapaOrganisation("gb", "BOLAG", null, null, null).getLong("id");

        Response svar = json().body(Map.of("kortnamn", "grupp-" + u, "namn", "Testgruppen " + u,
                "beskrivning", "Två bolag", "medlemmar", List.of(a, b))).post("/api/grupper");
        String plats = location(svar);
        JsonPath grupp = JsonPath.from(svar.asString());
        long id = grupp.getLong("id");
        assertEquals("/api/grupper/" + id, plats);
        assertEquals("GRUPP", grupp.getString("typ"));
        assertEquals("Testgruppen " + u, grupp.getString("namn"));
        assertEquals(List.of(a, b), grupp.getList("medlemmar", Long.class));

        JsonPath alla = given().accept(ContentType.JSON).get("/api/grupper").then().statusCode(200).extract().jsonPath();
        assertTrue(alla.getList("id", Long.class).contains(id));
        assertTrue(alla.getList("namn", String.class).contains("Alla stadsdelsnämnder"));
        assertEquals(grupp.getMap("$"), given().accept(ContentType.JSON).get(plats).jsonPath().getMap("$"));

        JsonPath andrad = json().body(Map.of("kortnamn", "grupp-" + u, "namn", "Testgruppen " + u,
                "medlemmar", List.of(b))).put(plats).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(b), andrad.getList("medlemmar", Long.class));
    }

    @Test
    void felaktigaGrupperAvvisasUtanAttNagotSparas() {
        som("admin");
        String u = unik();
        long a = skapaOrganisation("ga", "BOLAG", null, null, null).getLong("id");
        problem(json().body("{}").post("/api/grupper"), 400, "kortnamn", "namn");
        gruppAvvisas(Map.of("kortnamn", "Grupp Ö", "namn", "G " + u, "medlemmar", List.of(a)), "kortnamn");
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "G " + u, "medlemmar", List.of(987654321L)), "medlemmar");
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "G " + u, "medlemmar", List.of("ga")), "medlemmar[0]");
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "G " + u, "medlemmar", a), "medlemmar");
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "G " + u, "beskrivning", "x".repeat(1001)), "beskrivning");
        gruppAvvisas(Map.of("kortnamn", "alla-stadsdelsnamnder", "namn", "G " + u), "kortnamn");
        // Another group's name.
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "Alla stadsdelsnämnder"), "namn");
        // A group id is not an organisation: groups do not nest.
        gruppAvvisas(Map.of("kortnamn", "g-" + u, "namn", "G " + u, "medlemmar", List.of(id("bostadsbolagen"))),
                "medlemmar");
        Map<String, Object> medNull = new HashMap<>(Map.of("kortnamn", "g-" + u, "namn", "G " + u));
        medNull.put("medlemmar", java.util.Arrays.asList(a, null));
        gruppAvvisas(medNull, "medlemmar");

        problem(json().body("{\"kortnamn\": ").post("/api/grupper"), 400);
        problem(json().post("/api/grupper"), 400, "body");
        problem(given().contentType(ContentType.TEXT).body("g").post("/api/grupper"), 415);
        problem(json().body(Map.of("kortnamn", "g-" + u, "namn", "G " + u)).put("/api/grupper/987654321"), 404);
        problem(json().put("/api/grupper/" + id("bostadsbolagen")), 400, "body");

        assertFalse(given().accept(ContentType.JSON).get("/api/grupper").jsonPath()
                .getList("kortnamn", String.class).contains("g-" + u));
        assertEquals(3, given().accept(ContentType.JSON).get("/api/grupper/" + id("bostadsbolagen")).jsonPath()
                .getList("medlemmar").size());
    }

    // ---------------------------------------------------------------------------------------------

    private static Map<String, Object> post(List<Map<String, Object>> poster, String kortnamn) {
        return poster.stream().filter(p -> kortnamn.equals(p.get("kortnamn"))).findFirst()
                .orElseThrow(() -> new AssertionError("Saknas: " + kortnamn));
    }

    private static void avvisas(Map<String, Object> kropp, String... falt) {
        int fore = antal("/api/organisationer");
        problem(json().body(kropp).post("/api/organisationer"), 400, falt);
        assertEquals(fore, antal("/api/organisationer"));
    }

    private static void gruppAvvisas(Map<String, Object> kropp, String... falt) {
        int fore = antal("/api/grupper");
        problem(json().body(kropp).post("/api/grupper"), 400, falt);
        assertEquals(fore, antal("/api/grupper"));
    }

    /** Only used around one failing request of this test; other test classes do not run in parallel. */
    private static int antal(String adress) {
        return given().accept(ContentType.JSON).get(adress).then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }
}
