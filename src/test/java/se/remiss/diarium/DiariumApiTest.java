package se.remiss.diarium;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.remiss.testhjalp.Api.IDAG;
import static se.remiss.testhjalp.Api.MAX_STORLEK;
import static se.remiss.testhjalp.Api.antalArenden;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.location;
import static se.remiss.testhjalp.Api.multipart;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.registrera;
import static se.remiss.testhjalp.Api.remiss;
import static se.remiss.testhjalp.Api.sha256;
import static se.remiss.testhjalp.Api.skapaMottagare;
import static se.remiss.testhjalp.Api.skapaOrganisation;
import static se.remiss.testhjalp.Api.slumpbytes;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The diarium API: registering and finding ärenden, registering and fetching handlingar. Each test
 * works in a diarium of its own organisation, as a user of that organisation.
 */
@QuarkusTest
class DiariumApiTest {

    @Test
    void arendeRegistrerasMedNastaNummerISerien() {
        long org = skapaOrganisation("dia", "FORVALTNING", "{KOD}-{NR}/{ÅR}", "316", null).getLong("id");
        som(org);

        Response svar = json().body(Map.of("typ", "SKRIVELSE", "rubrik", "Skrivelse om hearing",
                "motpart", "Christer Öhgren (mp)", "motpartensDnr", "KF 2026/12")).post("/api/diarium/" + org + "/arenden");
        String plats = location(svar);
        JsonPath a = JsonPath.from(svar.asString());
        assertEquals("/api/arenden/" + a.getLong("id"), plats);
        assertEquals("316-1/" + IDAG.getYear(), a.getString("dnr"));
        assertEquals(1, a.getLong("lopnummer"));
        assertEquals(IDAG.getYear(), a.getInt("ar"));
        assertEquals("316", a.getString("kod"));
        assertEquals("SKRIVELSE", a.getString("typ"));
        assertEquals("Skrivelse om hearing", a.getString("rubrik"));
        assertEquals("Christer Öhgren (mp)", a.getString("motpart"));
        assertEquals("KF 2026/12", a.getString("motpartensDnr"));
        assertEquals(IDAG.toString(), a.getString("registrerat"));
        assertEquals(org, a.getLong("organisation"));

        // The next one, with a code of its own and no type (ÖVRIGT).
        JsonPath b = json().body(Map.of("rubrik", "Nästa", "kod", "1.5.3")).post("/api/diarium/" + org + "/arenden")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("1.5.3-2/" + IDAG.getYear(), b.getString("dnr"));
        assertEquals("OVRIGT", b.getString("typ"));

        JsonPath hamtad = given().accept(ContentType.JSON).get(plats).then().statusCode(200).extract().jsonPath();
        assertEquals(a.getString("dnr"), hamtad.getString("dnr"));
        assertEquals("KF 2026/12", hamtad.getString("motpartensDnr"));
        assertEquals(List.of(), hamtad.getList("handlingar"));
    }

    @Test
    void namndRegistrerarIForvaltningensDiarium() {
        JsonPath forvaltning = skapaOrganisation("fv", "FORVALTNING", "{KOD}-{NR}-{ÅR2}", "302", null);
        long namnd = skapaOrganisation("nd", "NAMND", null, null, forvaltning.getLong("id")).getLong("id");
        // A user of the committee: the committee and its office are one unit.
        som(namnd);
        JsonPath a = json().body(Map.of("rubrik", "Till nämnden")).post("/api/diarium/" + namnd + "/arenden")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(forvaltning.getLong("id"), a.getLong("organisation"));
        assertEquals("302-1-" + (IDAG.getYear() % 100), a.getString("dnr"));
        assertEquals(1, antalArenden(namnd, null));
        assertEquals(1, antalArenden(forvaltning.getLong("id"), null));
    }

    @Test
    void sokningHittarNummerHurDetAnSkrivsOchOrdIRubriken() {
        long org = skapaOrganisation("sok", "FORVALTNING", "T {ÅR}-{KOD}-{NR:5}", "313", null).getLong("id");
        som(org);
        String ord = "ord" + unik();
        for (int i = 0; i < 3; i++) {
            json().body(Map.of("rubrik", "Ärende " + i + " " + ord)).post("/api/diarium/" + org + "/arenden")
                    .then().statusCode(201);
        }
        String dnr = "T " + IDAG.getYear() + "-313-00002";
        JsonPath traff = sok(org, Map.of("sok", "dnr  t " + IDAG.getYear() + "-313-00002"));
        assertEquals(1, traff.getLong("totalt"));
        assertEquals(dnr, traff.getString("rader[0].dnr"));
        assertEquals(3, sok(org, Map.of("sok", ord.toUpperCase())).getLong("totalt"));
        JsonPath sida = sok(org, Map.of("storlek", 2, "sida", 2));
        assertEquals(3, sida.getLong("totalt"));
        assertEquals(1, sida.getList("rader").size());
        assertEquals(2, sida.getInt("antalSidor"));
        assertNull(sida.get("rader[0].handlingar"));
        assertEquals(0, sok(org, Map.of("sok", "finns-inte-" + unik())).getLong("totalt"));
        // Terms shorter than three characters take another way (no trigram index) with the same answer.
        assertEquals(3, sok(org, Map.of("sok", " ÄR ")).getLong("totalt"));
        assertEquals(0, sok(org, Map.of("sok", "åå")).getLong("totalt"));
    }

    @Test
    void parallellaRegistreringarFarUnikaOchObrutnaNummer() throws Exception {
        long org = skapaOrganisation("parallell", "FORVALTNING", "{KOD}-{NR}/{ÅR}", "999", null).getLong("id");
        som(org);
        int antal = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Map<String, Object>>> svar = new ArrayList<>();
        try {
            for (int i = 0; i < antal; i++) {
                String rubrik = "Parallellt ärende " + i;
                // Read as a map: Groovy JsonPath per field would cost more than the registration.
                Callable<Map<String, Object>> registrering = () -> json().body(Map.of("rubrik", rubrik))
                        .post("/api/diarium/" + org + "/arenden").then().statusCode(201).extract()
                        .as(new TypeRef<Map<String, Object>>() { });
                svar.add(pool.submit(registrering));
            }
            TreeSet<Long> nummer = new TreeSet<>();
            TreeSet<String> dnr = new TreeSet<>();
            for (Future<Map<String, Object>> f : svar) {
                Map<String, Object> a = f.get(2, TimeUnit.MINUTES);
                long lopnummer = ((Number) a.get("lopnummer")).longValue();
                assertEquals(IDAG.getYear(), ((Number) a.get("ar")).intValue());
                assertEquals("999-" + lopnummer + "/" + IDAG.getYear(), a.get("dnr"));
                nummer.add(lopnummer);
                dnr.add((String) a.get("dnr"));
            }
            assertEquals(antal, nummer.size(), "distinkta löpnummer");
            assertEquals(antal, dnr.size(), "distinkta diarienummer");
            assertEquals(LongStream.rangeClosed(1, antal).boxed().toList(), new ArrayList<>(nummer), "obrutna");
            assertEquals(antal, antalArenden(org, null));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void handlingarRegistrerasMedFilOchLaddasNerOforandrade() {
        long org = skapaOrganisation("hand", "KONTOR", "{NR}/{ÅR}", null, null).getLong("id");
        som(org);
        long arende = json().body(Map.of("rubrik", "Handlingar")).post("/api/diarium/" + org + "/arenden")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] innehall = slumpbytes(70_000);

        Response svar = multipart().multiPart("riktning", "in").multiPart(text("titel", "Skrivelse från förbundet"))
                .multiPart(text("motpart", "Förbundet")).multiPart("fil", "skrivelse å.pdf", innehall, "application/pdf")
                .post("/api/arenden/" + arende + "/handlingar");
        String plats = location(svar);
        JsonPath h = JsonPath.from(svar.asString());
        assertEquals("/api/arenden/" + arende + "/handlingar/" + h.getLong("id"), plats);
        assertEquals(1, h.getInt("nummer"));
        assertEquals("IN", h.getString("riktning"));
        assertEquals("Skrivelse från förbundet", h.getString("titel"));
        assertEquals("Förbundet", h.getString("motpart"));
        assertEquals("skrivelse å.pdf", h.getString("filnamn"));
        assertEquals(innehall.length, h.getLong("storlek"));
        assertEquals(sha256(innehall), h.getString("sha256"));
        assertEquals(IDAG.toString(), h.getString("datum"));

        given().accept(ContentType.JSON).get(plats).then().statusCode(200);
        Response fil = given().get(h.getString("href"));
        fil.then().statusCode(200).header("ETag", "\"" + sha256(innehall) + "\"")
                .header("Content-Disposition", containsString("attachment"));
        assertArrayEquals(innehall, fil.asByteArray());

        // A second document, without a file, gets the next number.
        JsonPath utan = multipart().multiPart("riktning", "INTERN").multiPart("titel", "Minnesanteckning")
                .post("/api/arenden/" + arende + "/handlingar").then().statusCode(201).extract().jsonPath();
        assertEquals(2, utan.getInt("nummer"));
        assertNull(utan.get("sha256"));
        assertNull(utan.get("href"));
        problem(given().get("/api/arenden/" + arende + "/handlingar/" + utan.getLong("id") + "/fil"), 404);

        JsonPath a = given().accept(ContentType.JSON).get("/api/arenden/" + arende).jsonPath();
        assertEquals(List.of(1, 2), a.getList("handlingar.nummer"));
    }

    @Test
    void enOrimligMedietypErsattsAvFilnamnets() {
        long org = skapaOrganisation("typ", "KONTOR", "{NR}/{ÅR}", null, null).getLong("id");
        som(org);
        long arende = json().body(Map.of("rubrik", "Medietyper")).post("/api/diarium/" + org + "/arenden")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String adress = "/api/arenden/" + arende + "/handlingar";
        for (String typ : List.of("application/" + "x".repeat(200), "inte en medietyp", "application/octet-stream")) {
            JsonPath h = multipart().multiPart("riktning", "IN").multiPart("titel", "T")
                    .multiPart("fil", "bilaga.pdf", "%PDF-1.7".getBytes(), typ).post(adress)
                    .then().statusCode(201).extract().jsonPath();
            assertEquals("application/pdf", h.getString("mimetyp"), typ);
        }
        assertEquals("text/plain; charset=UTF-8", multipart().multiPart("riktning", "IN").multiPart("titel", "T")
                .multiPart("fil", "a.txt", "a".getBytes(), "text/plain; charset=UTF-8").post(adress)
                .then().statusCode(201).extract().jsonPath().getString("mimetyp"));
    }

    // ---------------------------------------------------------------------------------------------
    // Bad input

    @Test
    void felaktigaArendenAvvisasUtanAttNagotRegistreras() {
        long org = skapaOrganisation("fel", "KONTOR", "{KOD}-{NR}/{ÅR}", "316", null).getLong("id");
        som(org);
        String adress = "/api/diarium/" + org + "/arenden";

        problem(json().body("{}").post(adress), 400, "rubrik");
        problem(json().body(Map.of("rubrik", "  ")).post(adress), 400, "rubrik");
        problem(json().body(Map.of("rubrik", "x".repeat(501))).post(adress), 400, "rubrik");
        problem(json().body(Map.of("rubrik", "R", "motpart", "x".repeat(301))).post(adress), 400, "motpart");
        problem(json().body(Map.of("rubrik", "R", "motpartensDnr", "x".repeat(81))).post(adress), 400, "motpartensDnr");
        problem(json().body(Map.of("rubrik", "R", "kod", "x".repeat(41))).post(adress), 400, "kod");
        problem(json().body(Map.of("rubrik", "R", "typ", "ANSOKAN")).post(adress), 400, "typ");
        problem(json().body(Map.of("rubrik", "R", "typ", 1)).post(adress), 400, "typ");
        problem(json().body(Map.of("rubrik", List.of("R"))).post(adress), 400, "rubrik");
        problem(json().body("{\"rubrik\": \"R\"").post(adress), 400);
        problem(json().body("").post(adress), 400, "body");
        problem(given().contentType(ContentType.TEXT).body("rubrik=R").post(adress), 415);
        problem(json().body(Map.of("rubrik", "R")).post("/api/diarium/987654321/arenden"), 404);
        problem(json().body(Map.of("rubrik", "R")).post("/api/diarium/slk/arenden"), 404);
        long utanSerie = skapaOrganisation("utan", "BOLAG", null, null, null).getLong("id");
        // Another organisation's diarium does not exist for this user; its own user is told it has none.
        problem(json().body(Map.of("rubrik", "R")).post("/api/diarium/" + utanSerie + "/arenden"), 404);
        som(utanSerie);
        problem(json().body(Map.of("rubrik", "R")).post("/api/diarium/" + utanSerie + "/arenden"), 400,
                "organisation");

        som(org);
        assertEquals(0, antalArenden(org, null));
        // Nothing was used up: the first real registration gets number 1.
        assertEquals(1, json().body(Map.of("rubrik", "Första")).post(adress).then().statusCode(201)
                .extract().jsonPath().getLong("lopnummer"));
    }

    @Test
    void ettInlagtAvsandardnrKrockarInteMedSerien() {
        long avs = skapaOrganisation("krock", "KONTOR", "{KOD}-{NR}/{ÅR}", "316", null).getLong("id");
        String dnr = "316-1/" + IDAG.getYear();
        Map<String, Object> kropp = remiss(avs, "Redan numrerad " + unik(), skapaMottagare());
        kropp.put("avsandarensDnr", dnr);
        assertEquals(dnr, registrera(kropp).getString("dnr"));

        // The series must not hand out the number already recorded in the same diarium.
        JsonPath a = json().body(Map.of("rubrik", "Nästa ärende")).post("/api/diarium/" + avs + "/arenden")
                .then().statusCode(201).extract().jsonPath();
        assertFalse(dnr.equals(a.getString("dnr")), a.getString("dnr"));
        assertEquals(1, antalArenden(avs, dnr));
        assertEquals(2, antalArenden(avs, null));
    }

    @Test
    void diarienummerSomInteRymsAvvisas() {
        long org = skapaOrganisation("lang", "KONTOR", "{NR}/" + "x".repeat(80), null, null).getLong("id");
        som(org);
        problem(json().body(Map.of("rubrik", "För långt nummer")).post("/api/diarium/" + org + "/arenden"), 400,
                "organisation");
        assertEquals(0, antalArenden(org, null));
        long kod = skapaOrganisation("langkod", "KONTOR", "{KOD}-{NR}/{ÅR}" + "y".repeat(40), "1", null).getLong("id");
        som(kod);
        problem(json().body(Map.of("rubrik", "För lång kod", "kod", "k".repeat(40)))
                .post("/api/diarium/" + kod + "/arenden"), 400, "kod");
        assertEquals(0, antalArenden(kod, null));
    }

    @Test
    void sokningensFelaktigaParametrarAvvisas() {
        long org = id("sof");
        som("sof-avdelningschef");
        problem(given().accept(ContentType.JSON).queryParam("storlek", 0).get("/api/diarium/" + org + "/arenden"), 400,
                "storlek");
        problem(given().accept(ContentType.JSON).queryParam("storlek", 201).get("/api/diarium/" + org + "/arenden"),
                400, "storlek");
        problem(given().accept(ContentType.JSON).queryParam("sida", "sista").get("/api/diarium/" + org + "/arenden"),
                400, "sida");
        problem(given().accept(ContentType.JSON).queryParam("sida", "99999999999")
                .get("/api/diarium/" + org + "/arenden"), 400, "sida");
        assertEquals(0, given().accept(ContentType.JSON).queryParams(Map.of("sida", 10_000_000, "storlek", 200))
                .get("/api/diarium/" + org + "/arenden").then().statusCode(200).extract().jsonPath()
                .getList("rader").size());
        problem(given().accept(ContentType.JSON).get("/api/diarium/987654321/arenden"), 404);
        problem(given().accept(ContentType.JSON).get("/api/arenden/987654321"), 404);
        problem(given().accept(ContentType.JSON).get("/api/arenden/ett"), 404);
    }

    @Test
    void felaktigaHandlingarAvvisasUtanAttNagotRegistreras() {
        long org = skapaOrganisation("hfel", "KONTOR", "{NR}/{ÅR}", null, null).getLong("id");
        som(org);
        long arende = json().body(Map.of("rubrik", "Felaktiga handlingar")).post("/api/diarium/" + org + "/arenden")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long annat = json().body(Map.of("rubrik", "Annat")).post("/api/diarium/" + org + "/arenden")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String adress = "/api/arenden/" + arende + "/handlingar";

        problem(multipart().multiPart("riktning", "IN").post(adress), 400, "titel");
        problem(multipart().multiPart("titel", "T").post(adress), 400, "riktning");
        problem(multipart().multiPart("riktning", "NER").multiPart("titel", "T").post(adress), 400, "riktning");
        problem(multipart().multiPart("riktning", "IN").multiPart("titel", "x".repeat(501)).post(adress), 400,
                "titel");
        problem(multipart().multiPart("riktning", "IN").multiPart("titel", "T").multiPart("motpart", "x".repeat(301))
                .post(adress), 400, "motpart");
        problem(multipart().multiPart("riktning", "IN").multiPart("titel", "T")
                .multiPart("fil", "stor.bin", slumpbytes(MAX_STORLEK + 1), "application/octet-stream").post(adress),
                400, "fil");
        problem(multipart().multiPart("riktning", "IN").multiPart("titel", "T")
                .multiPart("fil", "tom.txt", new byte[0], "text/plain").post(adress), 400, "fil");
        problem(json().body(Map.of("riktning", "IN", "titel", "T")).post(adress), 415);
        problem(multipart().multiPart("riktning", "IN").multiPart("titel", "T")
                .post("/api/arenden/987654321/handlingar"), 404);

        assertEquals(List.of(), given().accept(ContentType.JSON).get("/api/arenden/" + arende).jsonPath()
                .getList("handlingar"));

        long h = multipart().multiPart("riktning", "UT").multiPart("titel", "Svar")
                .multiPart("fil", "svar.txt", "svar".getBytes(), "text/plain").post(adress)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        problem(given().accept(ContentType.JSON).get("/api/arenden/" + annat + "/handlingar/" + h), 404);
        problem(given().get("/api/arenden/" + annat + "/handlingar/" + h + "/fil"), 404);
        problem(given().accept(ContentType.JSON).get("/api/arenden/" + arende + "/handlingar/987654321"), 404);
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonPath sok(long organisation, Map<String, ?> parametrar) {
        return given().accept(ContentType.JSON).queryParams(new HashMap<>(parametrar))
                .get("/api/diarium/" + organisation + "/arenden").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.MultiPartSpecification text(String namn, String varde) {
        return new MultiPartSpecBuilder(varde).controlName(namn).charset(StandardCharsets.UTF_8).build();
    }
}
