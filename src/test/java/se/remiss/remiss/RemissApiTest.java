package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.IDAG;
import static se.remiss.testhjalp.Api.KONTORSUTLATANDE;
import static se.remiss.testhjalp.Api.MAX_STORLEK;
import static se.remiss.testhjalp.Api.NAMNDPROTOKOLL;
import static se.remiss.testhjalp.Api.antalArenden;
import static se.remiss.testhjalp.Api.antalRemisser;
import static se.remiss.testhjalp.Api.anvandare;
import static se.remiss.testhjalp.Api.dnrMonster;
import static se.remiss.testhjalp.Api.hamtaRemiss;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.laddaUpp;
import static se.remiss.testhjalp.Api.location;
import static se.remiss.testhjalp.Api.multipart;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.registrera;
import static se.remiss.testhjalp.Api.remiss;
import static se.remiss.testhjalp.Api.sha256;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaMottagare;
import static se.remiss.testhjalp.Api.skapaOrganisation;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.slumpbytes;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.somAdmin;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.remiss.diarium.Fil;

/** The remiss API: registering, documents, recipients before sending, sending, and the whole workflow. */
@QuarkusTest
class RemissApiTest {

    // ---------------------------------------------------------------------------------------------
    // Registering

    @Test
    void registreringSvarar201MedLocationOchKontraktetsNamn() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String titel = "Remiss om kontraktet " + unik();

        JsonPath r = registrera(remiss(avs, titel, mott));

        long id = r.getLong("id");
        assertEquals(titel, r.getString("titel"));
        assertTrue(dnrMonster("{KOD}-{NR}/{ÅR}", "900").matcher(r.getString("dnr")).matches(), r.getString("dnr"));
        assertEquals(avs, r.getLong("avsandare.id"));
        assertTrue(r.getString("avsandare.namn").startsWith("Test avs "));
        assertEquals("UTKAST", r.getString("status"));
        assertEquals(IDAG.toString(), r.getString("registrerad"));
        assertNull(r.get("skickad"));
        assertEquals(List.of(), r.getList("varningar"));

        JsonPath hamtad = hamtaRemiss(id);
        assertEquals(id, hamtad.getLong("id"));
        assertEquals(titel, hamtad.getString("titel"));
        assertEquals(r.getString("dnr"), hamtad.getString("dnr"));
        assertEquals(avs, hamtad.getLong("avsandare.id"));
        assertEquals("UTKAST", hamtad.getString("status"));
        assertEquals("Beskrivning av " + titel, hamtad.getString("beskrivning"));
        assertEquals(1, hamtad.getList("mottagare").size());
        assertNotNull(hamtad.get("mottagare[0].id"));
        assertEquals(mott, hamtad.getLong("mottagare[0].organisation.id"));
        assertTrue(hamtad.getString("mottagare[0].organisation.namn").startsWith("Test mott "));
        assertNull(hamtad.get("mottagare[0].dnr"));
        assertEquals("EJ_SKICKAD", hamtad.getString("mottagare[0].status"));
        assertNull(hamtad.get("mottagare[0].handlaggare"));
        assertEquals(KONTORSUTLATANDE.toString(), hamtad.getString("mottagare[0].sistaDagKontorsutlatande"));
        assertEquals(NAMNDPROTOKOLL.toString(), hamtad.getString("mottagare[0].sistaDagNamndprotokoll"));
        assertEquals(List.of(), hamtad.getList("dokument"));
        // The sender's ärende holds the remiss under the remiss's dnr.
        assertEquals(1, antalArenden(avs, r.getString("dnr")));
    }

    @Test
    void avsandarensEgetDnrBehallsOchFarInteAnvandasTvaGanger() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        Map<String, Object> kropp = remiss(avs, "Remiss med eget dnr " + unik(), mott);
        kropp.put("avsandarensDnr", " KS 2026/117 ");

        assertEquals("KS 2026/117", registrera(kropp).getString("dnr"));

        kropp.put("titel", "Samma dnr igen " + unik());
        kropp.put("avsandarensDnr", "ks  2026/117");
        problem(json().body(kropp).post("/api/remisser"), 400, "avsandarensDnr");
        assertEquals(1, antalRemisser(avs));
        assertEquals(1, antalArenden(avs, null));
    }

    @Test
    void fristerSammaDagSomIdagGodtas() {
        long avs = skapaAvsandare();
        Map<String, Object> kropp = remiss(avs, "Brådskande " + unik(), skapaMottagare());
        kropp.put("sistaDagKontorsutlatande", IDAG.toString());
        kropp.put("sistaDagNamndprotokoll", IDAG.toString());
        JsonPath r = registrera(kropp);
        assertEquals(IDAG.toString(), r.getString("sistaDagNamndprotokoll"));
        assertEquals(List.of(), r.getList("varningar"));
    }

    @Test
    void extraFaltIRegistreringenAvvisasOchIngetRegistreras() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        // Fields the server sets are not the caller's to choose: each is refused by name (mass assignment).
        Map<String, Object> satta = Map.of("id", 424242, "status", "AVSLUTAD", "dnr", "FEJK-1/2026",
                "skickad", "2026-01-02", "registrerad", "2020-01-01", "version", 7);
        satta.forEach((falt, varde) -> avvisas(avs, med(remiss(avs, "Masstilldelning " + unik(), mott), falt, varde),
                falt));
        assertInget(avs);
        problem(given().accept(ContentType.JSON).get("/api/remisser/424242"), 404);

        // Without them the server sets them itself.
        JsonPath r = registrera(remiss(avs, "Utan masstilldelning " + unik(), mott));
        assertNotEquals(424242L, r.getLong("id"));
        assertEquals("UTKAST", r.getString("status"));
        assertTrue(dnrMonster("{KOD}-{NR}/{ÅR}", "900").matcher(r.getString("dnr")).matches());
        assertNull(r.get("skickad"));
        assertEquals(IDAG.toString(), r.getString("registrerad"));
        assertEquals(0, r.getLong("version"));
        assertEquals("EJ_SKICKAD", r.getString("mottagare[0].status"));
        assertEquals(1, antalRemisser(avs));
    }

    @Test
    void fristPaHelgOchHelgdagGerVarningMedNastaArbetsdag() {
        long avs = skapaAvsandare();
        Map<String, Object> kropp = remiss(avs, "Frist i jul " + unik(), skapaMottagare());
        LocalDate lordag = IDAG.plusDays(12);
        LocalDate julafton = LocalDate.of(IDAG.getYear(), 12, 24);
        kropp.put("sistaDagKontorsutlatande", lordag.toString());
        kropp.put("sistaDagNamndprotokoll", julafton.toString());

        JsonPath r = registrera(kropp);

        assertEquals("SATURDAY", lordag.getDayOfWeek().name());
        assertEquals(2, r.getList("varningar").size(), r.prettify());
        assertEquals("sistaDagKontorsutlatande", r.getString("varningar[0].falt"));
        assertEquals(lordag.plusDays(2).toString(), r.getString("varningar[0].foreslagetDatum"));
        assertTrue(r.getString("varningar[0].meddelande").contains("lördag"), r.getString("varningar[0].meddelande"));
        assertEquals("sistaDagNamndprotokoll", r.getString("varningar[1].falt"));
        assertEquals("2026-12-28", r.getString("varningar[1].foreslagetDatum"));
        assertTrue(r.getString("varningar[1].meddelande").contains("julafton"), r.getString("varningar[1].meddelande"));
        // A warning does not block: the registrator's dates are kept as given.
        assertEquals(lordag.toString(), r.getString("sistaDagKontorsutlatande"));
        assertEquals(julafton.toString(), r.getString("mottagare[0].sistaDagNamndprotokoll"));
    }

    // ---------------------------------------------------------------------------------------------
    // Bad registrations: 4xx problem+json naming the field, nothing stored

    @Test
    void saknadeFaltNamnsAllaPaEnGang() {
        long avs = skapaAvsandare();
        som(avs);
        problem(json().body("{}").post("/api/remisser"), 400,
                "titel", "avsandare", "sistaDagKontorsutlatande", "sistaDagNamndprotokoll", "mottagare");
        Map<String, Object> kropp = remiss(avs, "   ", skapaMottagare());
        problem(json().body(kropp).post("/api/remisser"), 400, "titel");
        assertInget(avs);
    }

    @Test
    void felaktigaDatumAvvisas() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagKontorsutlatande", "2026-13-01"),
                "sistaDagKontorsutlatande");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagKontorsutlatande", "2026-02-30"),
                "sistaDagKontorsutlatande");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagNamndprotokoll", "17/12/2026"),
                "sistaDagNamndprotokoll");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagNamndprotokoll", 20261217),
                "sistaDagNamndprotokoll");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagNamndprotokoll", "2026-12-17T12:00"),
                "sistaDagNamndprotokoll");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagNamndprotokoll", "+999999999-12-31"),
                "sistaDagNamndprotokoll");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagKontorsutlatande", ""),
                "sistaDagKontorsutlatande");
        // The minutes cannot be due before the statement.
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagNamndprotokoll",
                KONTORSUTLATANDE.minusDays(1).toString()), "sistaDagNamndprotokoll");
        // Neither deadline may lie before today.
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "sistaDagKontorsutlatande",
                IDAG.minusDays(1).toString()), "sistaDagKontorsutlatande");
        Map<String, Object> bada = remiss(avs, "T " + unik(), mott);
        bada.put("sistaDagKontorsutlatande", IDAG.minusDays(10).toString());
        bada.put("sistaDagNamndprotokoll", IDAG.minusDays(3).toString());
        avvisas(avs, bada, "sistaDagKontorsutlatande", "sistaDagNamndprotokoll");
        assertInget(avs);
    }

    @Test
    void okandaOchOgiltigaOrganisationerAvvisas() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandare", 987654321L), "avsandare");
        avvisas(avs, remiss(avs, "T " + unik(), mott, 987654321L), "mottagare[1]");
        avvisas(avs, remiss(avs, "T " + unik()), "mottagare");
        avvisas(avs, remiss(avs, "T " + unik(), avs), "mottagare[0]");
        avvisas(avs, remiss(avs, "T " + unik(), mott, null), "mottagare[1]");
        // A group id is a recipient, never a sender.
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandare", id("alla-stadsdelsnamnder")), "avsandare");
        // Nor is another organisation a sender the user may register for.
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandare", id("slk")), "avsandare");
        assertEquals(0, antalRemisser(id("slk")), "en annan organisations remisser syns inte");
        assertInget(avs);
    }

    @Test
    void avsandareUtanDiarieserieMasteAngeSittDnr() {
        long avs = skapaOrganisation("utan", "NAMND", null, null, null).getLong("id");
        long mott = skapaMottagare();
        som(avs);
        avvisas(avs, remiss(avs, "T " + unik(), mott), "avsandare");
        Map<String, Object> kropp = remiss(avs, "Med eget dnr " + unik(), mott);
        kropp.put("avsandarensDnr", "N-" + unik());
        assertEquals(kropp.get("avsandarensDnr"), registrera(kropp).getString("dnr"));
    }

    @Test
    void inaktivAvsandareAvvisas() {
        JsonPath org = skapaOrganisation("inaktiv", "KONTOR", "{NR}/{ÅR}", null, null);
        long avs = org.getLong("id");
        som(avs);
        // The administrator makes the sender inactive; its own user then cannot register as it.
        somAdmin().body(Map.of("kortnamn", org.getString("kortnamn"), "namn", org.getString("namn"), "typ", "KONTOR",
                "aktiv", false, "diarieformat", "{NR}/{ÅR}")).put("/api/organisationer/" + avs).then().statusCode(200);
        avvisas(avs, remiss(avs, "T " + unik(), skapaMottagare()), "avsandare");
        assertInget(avs);
    }

    @Test
    void felJsonTypAvvisasMedFaltnamn() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandare", "abc"), "avsandare");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "mottagare", "abc"), "mottagare");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "mottagare", List.of("x")), "mottagare[0]");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "titel", Map.of("a", 1)), "titel");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandare", List.of(avs)), "avsandare");
        assertInget(avs);
    }

    @Test
    void forLangaTexterAvvisas() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        avvisas(avs, remiss(avs, "x".repeat(501), mott), "titel");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "beskrivning", "x".repeat(10001)), "beskrivning");
        avvisas(avs, med(remiss(avs, "T " + unik(), mott), "avsandarensDnr", "1".repeat(81)), "avsandarensDnr");
        assertInget(avs);
    }

    @Test
    void trasigJsonTomKroppOchFelMedietypAvvisas() {
        long avs = skapaAvsandare();
        som(avs);
        problem(json().body("{\"titel\": \"Halv").post("/api/remisser"), 400);
        problem(json().body("{\"titel\": \"x\",}").post("/api/remisser"), 400);
        problem(json().body("[]").post("/api/remisser"), 400, "body");
        problem(json().body("").post("/api/remisser"), 400, "body");
        problem(given().contentType(ContentType.TEXT).accept(ContentType.JSON)
                .body("titel=x&avsandare=" + avs).post("/api/remisser"), 415);
        problem(given().contentType(ContentType.URLENC).accept(ContentType.JSON)
                .formParam("titel", "x").post("/api/remisser"), 415);
        assertInget(avs);
    }

    // ---------------------------------------------------------------------------------------------
    // The list

    @Test
    void listanArSidindeladOchFiltrerbar() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String u = unik();
        long a = registrera(remiss(avs, "Lista A " + u, mott)).getLong("id");
        registrera(remiss(avs, "Lista B " + u, mott));
        registrera(remiss(avs, "Lista C " + u, mott));

        JsonPath alla = lista(Map.of("avsandare", avs));
        assertEquals(3, alla.getLong("totalt"));
        assertEquals(3, alla.getList("rader").size());
        assertEquals(1, alla.getInt("sida"));
        JsonPath rad = JsonPath.from(given().accept(ContentType.JSON).queryParams(Map.of("avsandare", avs,
                "sok", "lista a " + u)).get("/api/remisser").asString());
        assertEquals(1, rad.getLong("totalt"));
        assertEquals(a, rad.getLong("rader[0].id"));
        assertEquals("Lista A " + u, rad.getString("rader[0].titel"));
        assertEquals(avs, rad.getLong("rader[0].avsandare.id"));
        assertEquals("UTKAST", rad.getString("rader[0].status"));
        assertNotNull(rad.getString("rader[0].dnr"));
        assertEquals(1, rad.getLong("rader[0].antalMottagare"));

        JsonPath sida1 = lista(Map.of("avsandare", avs, "storlek", 2, "sortera", "titel", "ordning", "stigande"));
        assertEquals(2, sida1.getList("rader").size());
        assertEquals(2, sida1.getInt("antalSidor"));
        assertEquals("Lista A " + u, sida1.getString("rader[0].titel"));
        JsonPath sida2 = lista(Map.of("avsandare", avs, "storlek", 2, "sida", 2, "sortera", "titel",
                "ordning", "stigande"));
        assertEquals(List.of("Lista C " + u), sida2.getList("rader.titel"));

        assertEquals(3, lista(Map.of("avsandare", avs, "status", "utkast")).getLong("totalt"));
        assertEquals(0, lista(Map.of("avsandare", avs, "status", "SKICKAD")).getLong("totalt"));
        assertEquals(3, lista(Map.of("avsandare", avs, "ar", IDAG.getYear())).getLong("totalt"));
        assertEquals(0, lista(Map.of("avsandare", avs, "ar", IDAG.getYear() - 1)).getLong("totalt"));
        assertEquals(0, lista(Map.of("avsandare", avs, "forsenade", true)).getLong("totalt"));
    }

    @Test
    void listansFelaktigaParametrarAvvisas() {
        som("slk-registrator");
        problem(given().accept(ContentType.JSON).queryParam("storlek", 0).get("/api/remisser"), 400, "storlek");
        problem(given().accept(ContentType.JSON).queryParam("storlek", 201).get("/api/remisser"), 400, "storlek");
        problem(given().accept(ContentType.JSON).queryParam("status", "BORTA").get("/api/remisser"), 400, "status");
        problem(given().accept(ContentType.JSON).queryParam("storlek", "tio").get("/api/remisser"), 400, "storlek");
        problem(given().accept(ContentType.JSON).queryParam("avsandare", "slk").get("/api/remisser"), 400,
                "avsandare");
    }

    @Test
    void okandRemissGer404() {
        som("slk-registrator");
        problem(given().accept(ContentType.JSON).get("/api/remisser/987654321"), 404);
        problem(given().accept(ContentType.JSON).get("/api/remisser/inte-ett-id"), 404);
    }

    // ---------------------------------------------------------------------------------------------
    // Documents

    @Test
    void dokumentLagrasMedSha256OchLaddasNerOforandrat() {
        long avs = skapaAvsandare();
        long id = registrera(remiss(avs, "Dokument " + unik(), skapaMottagare())).getLong("id");
        byte[] innehall = slumpbytes(200_000);

        Response svar = multipart()
                .multiPart("fil", "Förslag till program.pdf", innehall, "application/pdf")
                .multiPart(new MultiPartSpecBuilder("Förslag till reviderat program").controlName("titel")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/api/remisser/" + id + "/dokument");

        String plats = location(svar);
        JsonPath dok = JsonPath.from(svar.asString());
        long dokId = dok.getLong("id");
        assertEquals("/api/remisser/" + id + "/dokument/" + dokId, plats);
        assertEquals(sha256(innehall), dok.getString("sha256"));
        assertEquals(innehall.length, dok.getLong("storlek"));
        assertEquals("Förslag till program.pdf", dok.getString("filnamn"));
        assertEquals("application/pdf", dok.getString("mimetyp"));
        assertEquals("Förslag till reviderat program", dok.getString("titel"));
        assertEquals(IDAG.toString(), dok.getString("datum"));
        assertEquals(plats + "/fil", dok.getString("href"));

        given().accept(ContentType.JSON).get(plats).then().statusCode(200)
                .body("sha256", equalTo(sha256(innehall))).body("id", equalTo((int) dokId));
        Response fil = given().get(dok.getString("href"));
        fil.then().statusCode(200).header("Content-Type", containsString("application/pdf"))
                .header("ETag", "\"" + sha256(innehall) + "\"")
                .header("Content-Disposition", containsString("filename*=UTF-8''F%C3%B6rslag%20till%20program.pdf"))
                // Old clients get a readable ASCII name (RFC 6266), not underscores for å ä ö.
                .header("Content-Disposition", containsString("filename=\"Forslag-till-program.pdf\""));
        assertArrayEquals(innehall, fil.asByteArray());

        JsonPath remiss = hamtaRemiss(id);
        assertEquals(List.of(dokId), remiss.getList("dokument.id", Long.class));
        assertEquals(sha256(innehall), remiss.getString("dokument[0].sha256"));
    }

    @Test
    void dokumentUtanTitelFarFilnamnetSomTitelOchExaktMaxStorlekGodtas() {
        long id = registrera(remiss(skapaAvsandare(), "Stort dokument " + unik(), skapaMottagare())).getLong("id");
        byte[] innehall = slumpbytes(MAX_STORLEK);
        Response svar = laddaUpp(id, "precis-max.bin", "application/octet-stream", innehall);
        location(svar);
        assertEquals(MAX_STORLEK, svar.jsonPath().getLong("storlek"));
        // The title is the file's name made readable; the file keeps its name.
        assertEquals("Precis max", svar.jsonPath().getString("titel"));
        assertEquals("precis-max.bin", svar.jsonPath().getString("filnamn"));
        assertArrayEquals(innehall, given().get(svar.jsonPath().getString("href")).asByteArray());
    }

    @Test
    void felaktigaUppladdningarAvvisasUtanAttNagotLagras() {
        long id = registrera(remiss(skapaAvsandare(), "Felaktiga filer " + unik(), skapaMottagare())).getLong("id");
        String adress = "/api/remisser/" + id + "/dokument";

        problem(laddaUpp(id, "for-stor.bin", "application/octet-stream", slumpbytes(MAX_STORLEK + 1)), 400, "fil");
        problem(laddaUpp(id, "tom.txt", "text/plain", new byte[0]), 400, "fil");
        problem(given().accept(ContentType.JSON).multiPart("titel", "Bara en titel").post(adress), 400, "fil");
        problem(given().accept(ContentType.JSON).multiPart("annan", "annan.txt", "x".getBytes(), "text/plain")
                .post(adress), 400, "fil");
        byte[] medForLangTitel = slumpbytes(1000);
        problem(given().accept(ContentType.JSON).multiPart("fil", "fil.bin", medForLangTitel, "text/plain")
                .multiPart("titel", "x".repeat(501)).post(adress), 400, "titel");
        assertNull(QuarkusTransaction.requiringNew().call(() -> Fil.findById(sha256(medForLangTitel))),
                "filen lagrades fast dokumentet avvisades");
        problem(json().body("{\"fil\": \"aGVq\"}").post(adress), 415);
        problem(laddaUpp(987654321L, "a.txt", "text/plain", "hej".getBytes()), 404);

        assertEquals(List.of(), hamtaRemiss(id).getList("dokument"));
    }

    @Test
    void dokumentSomInteHorTillRemissenGer404() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        long a = registrera(remiss(avs, "A " + unik(), mott)).getLong("id");
        long b = registrera(remiss(avs, "B " + unik(), mott)).getLong("id");
        long dok = laddaUpp(a, "a.txt", "text/plain", "A".getBytes()).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        problem(given().accept(ContentType.JSON).get("/api/remisser/" + b + "/dokument/" + dok), 404);
        problem(given().get("/api/remisser/" + b + "/dokument/" + dok + "/fil"), 404);
        problem(given().accept(ContentType.JSON).get("/api/remisser/" + a + "/dokument/987654321"), 404);
        problem(given().get("/api/remisser/987654321/dokument/" + dok + "/fil"), 404);
    }

    // ---------------------------------------------------------------------------------------------
    // Recipients and deadlines before sending

    @Test
    void mottagareLaggsTillOchTasBortForeUtskick() {
        long avs = skapaAvsandare();
        long a = skapaMottagare();
        long b = skapaMottagare();
        long id = registrera(remiss(avs, "Mottagare " + unik(), a)).getLong("id");

        JsonPath r = json().body(Map.of("mottagare", List.of(b, id("bostadsbolagen"), a)))
                .post("/api/remisser/" + id + "/mottagare").then().statusCode(200).extract().jsonPath();
        assertEquals(5, r.getList("mottagare").size());
        assertTrue(r.getList("mottagare.organisation.namn", String.class).contains("AB Stockholmshem"));
        // Adding ones that are already there adds nothing.
        json().body(Map.of("mottagare", List.of(a, b))).post("/api/remisser/" + id + "/mottagare")
                .then().statusCode(200);
        assertEquals(5, hamtaRemiss(id).getList("mottagare").size());

        long bort = mottagarId(hamtaRemiss(id), b);
        given().delete("/api/remisser/" + id + "/mottagare/" + bort).then().statusCode(204);
        JsonPath efter = hamtaRemiss(id);
        assertEquals(4, efter.getList("mottagare").size());
        assertFalse(efter.getList("mottagare.organisation.id", Long.class).contains(b));
        problem(given().delete("/api/remisser/" + id + "/mottagare/" + bort), 404);
    }

    @Test
    void felaktigaMottagarandringarAvvisas() {
        long avs = skapaAvsandare();
        long a = skapaMottagare();
        long id = registrera(remiss(avs, "Mottagarfel " + unik(), a)).getLong("id");
        long annan = registrera(remiss(avs, "Annan " + unik(), skapaMottagare())).getLong("id");
        String adress = "/api/remisser/" + id + "/mottagare";

        problem(json().body(Map.of("mottagare", List.of(987654321L))).post(adress), 400, "mottagare[0]");
        problem(json().body(Map.of("mottagare", List.of())).post(adress), 400, "mottagare");
        problem(json().body(Map.of("mottagare", List.of(avs))).post(adress), 400, "mottagare[0]");
        problem(json().body("{}").post(adress), 400, "mottagare");
        problem(json().post(adress), 400, "mottagare");
        problem(json().body(Map.of("mottagare", "abc")).post(adress), 400, "mottagare");
        problem(json().body("{\"mottagare\": [").post(adress), 400);
        problem(given().contentType(ContentType.TEXT).body("1").post(adress), 415);
        problem(json().body(Map.of("mottagare", List.of(a))).post("/api/remisser/987654321/mottagare"), 404);
        assertEquals(1, hamtaRemiss(id).getList("mottagare").size());

        long annansMottagare = hamtaRemiss(annan).getLong("mottagare[0].id");
        problem(given().delete(adress + "/" + annansMottagare), 404);
        problem(given().delete("/api/remisser/987654321/mottagare/" + annansMottagare), 404);
        assertEquals(1, hamtaRemiss(annan).getList("mottagare").size());
    }

    @Test
    void enMottagaresFristerKanAndras() {
        long avs = skapaAvsandare();
        long a = skapaMottagare();
        long b = skapaMottagare();
        JsonPath r = registrera(remiss(avs, "Frister " + unik(), a, b));
        long id = r.getLong("id");
        long ma = mottagarId(r, a);
        LocalDate k = KONTORSUTLATANDE.plusDays(7);
        LocalDate n = NAMNDPROTOKOLL.plusDays(7);

        JsonPath m = json().body(Map.of("sistaDagKontorsutlatande", k.toString(),
                "sistaDagNamndprotokoll", n.toString(), "version", 0))
                .put("/api/remisser/" + id + "/mottagare/" + ma + "/frister")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ma, m.getLong("id"));
        assertEquals(k.toString(), m.getString("sistaDagKontorsutlatande"));
        assertEquals(n.toString(), m.getString("sistaDagNamndprotokoll"));

        JsonPath efter = hamtaRemiss(id);
        assertEquals(k.toString(), mottagare(efter, a).get("sistaDagKontorsutlatande"));
        assertEquals(KONTORSUTLATANDE.toString(), mottagare(efter, b).get("sistaDagKontorsutlatande"));
        assertEquals(KONTORSUTLATANDE.toString(), efter.getString("sistaDagKontorsutlatande"));

        // A stale version is refused, not silently overwritten.
        problem(json().body(Map.of("sistaDagKontorsutlatande", KONTORSUTLATANDE.toString(),
                "sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString(), "version", 0))
                .put("/api/remisser/" + id + "/mottagare/" + ma + "/frister"), 409);
        assertEquals(k.toString(), mottagare(hamtaRemiss(id), a).get("sistaDagKontorsutlatande"));
    }

    @Test
    void felaktigaFristandringarAvvisas() {
        long a = skapaMottagare();
        JsonPath r = registrera(remiss(skapaAvsandare(), "Fristfel " + unik(), a));
        long id = r.getLong("id");
        String adress = "/api/remisser/" + id + "/mottagare/" + mottagarId(r, a) + "/frister";

        problem(json().body(Map.of("sistaDagKontorsutlatande", IDAG.minusDays(1).toString(),
                "sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString())).put(adress), 400, "sistaDagKontorsutlatande");
        problem(json().body(Map.of("sistaDagKontorsutlatande", NAMNDPROTOKOLL.toString(),
                "sistaDagNamndprotokoll", KONTORSUTLATANDE.toString())).put(adress), 400, "sistaDagNamndprotokoll");
        problem(json().body(Map.of("sistaDagKontorsutlatande", "i morgon",
                "sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString())).put(adress), 400, "sistaDagKontorsutlatande");
        problem(json().body("{}").put(adress), 400, "sistaDagKontorsutlatande", "sistaDagNamndprotokoll");
        problem(json().put(adress), 400, "body");
        problem(json().body("{\"sistaDagKontorsutlatande\":").put(adress), 400);
        problem(given().contentType(ContentType.TEXT).body(KONTORSUTLATANDE.toString()).put(adress), 415);
        problem(json().body(Map.of("sistaDagKontorsutlatande", KONTORSUTLATANDE.toString(),
                "sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString()))
                .put("/api/remisser/" + id + "/mottagare/987654321/frister"), 404);

        JsonPath efter = hamtaRemiss(id);
        assertEquals(KONTORSUTLATANDE.toString(), efter.getString("mottagare[0].sistaDagKontorsutlatande"));
        assertEquals(NAMNDPROTOKOLL.toString(), efter.getString("mottagare[0].sistaDagNamndprotokoll"));
    }

    // ---------------------------------------------------------------------------------------------
    // Sending

    @Test
    void skickadRemissKanInteSkickasEllerAndrasIgen() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String titel = "Skickas två gånger " + unik();
        JsonPath skickad = skickadRemiss(avs, titel, mott);
        long id = skickad.getLong("id");
        long m = skickad.getLong("mottagare[0].id");
        String dnr = skickad.getString("mottagare[0].dnr");

        problem(given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka"), 409);
        problem(json().body(Map.of("mottagare", List.of(skapaMottagare())))
                .post("/api/remisser/" + id + "/mottagare"), 409);
        problem(given().delete("/api/remisser/" + id + "/mottagare/" + m), 409);
        problem(json().body(Map.of("sistaDagKontorsutlatande", KONTORSUTLATANDE.toString(),
                "sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString()))
                .put("/api/remisser/" + id + "/mottagare/" + m + "/frister"), 409);
        int dokumentFore = skickad.getList("dokument").size();
        problem(laddaUpp(id, "komplettering.txt", "text/plain", slumpbytes(100)), 409);

        JsonPath efter = hamtaRemiss(id);
        assertEquals(dokumentFore, efter.getList("dokument").size(), "inget dokument läggs till efter utskick");
        assertEquals(1, efter.getList("mottagare").size());
        assertEquals(dnr, efter.getString("mottagare[0].dnr"));
        som(mott);
        assertEquals(1, antalArenden(mott, titel), "registrerad en gång i mottagarens diarium");
    }

    @Test
    void skickaUtanDokumentEllerMottagareLamnarIngetHalvlagrat() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String titel = "Utan dokument " + unik();
        long id = registrera(remiss(avs, titel, mott)).getLong("id");

        problem(given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka"), 400, "dokument");
        assertOskickad(avs, id, titel, mott);

        laddaUpp(id, "a.txt", "text/plain", "A".getBytes()).then().statusCode(201);
        given().delete("/api/remisser/" + id + "/mottagare/" + hamtaRemiss(id).getLong("mottagare[0].id"))
                .then().statusCode(204);
        problem(given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka"), 400, "mottagare");
        assertEquals("UTKAST", hamtaRemiss(id).getString("status"));
        som(mott);
        assertEquals(0, antalArenden(mott, titel));
    }

    @Test
    void misslyckatUtskickGerVarkenArendeEllerDnr() {
        long avs = skapaAvsandare();
        long medSerie = skapaMottagare();
        long utanSerie = skapaOrganisation("utan", "BOLAG", null, null, null).getLong("id");
        String titel = "Halvt utskick " + unik();
        long id = registrera(remiss(avs, titel, medSerie, utanSerie, id("bostadsbolagen"))).getLong("id");
        laddaUpp(id, "a.txt", "text/plain", ("Innehåll " + titel).getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201);

        JsonPath fel = problem(given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka"), 400,
                "mottagare");
        assertTrue(fel.getString("'invalid-params'[0].reason").contains("diarieserie"), fel.prettify());

        assertOskickad(avs, id, titel, medSerie);
        som(id("stockholmshem"));
        assertEquals(0, antalArenden(id("stockholmshem"), titel));
        som(avs);
        // The sender's ärende has the document but no record of a send.
        String avsDnr = hamtaRemiss(id).getString("dnr");
        long avsArende = given().accept(ContentType.JSON).queryParam("sok", avsDnr)
                .get("/api/diarium/" + avs + "/arenden").then().statusCode(200).extract().jsonPath()
                .getLong("rader[0].id");
        assertEquals(List.of("REMISSHANDLING"), given().accept(ContentType.JSON).get("/api/arenden/" + avsArende)
                .then().statusCode(200).extract().jsonPath().getList("handlingar.typ"));
        // No number of the recipient's series was used up by the failed send.
        som(medSerie);
        assertEquals(1, json().body(Map.of("rubrik", "Första ärendet")).post("/api/diarium/" + medSerie + "/arenden")
                .then().statusCode(201).extract().jsonPath().getLong("lopnummer"));
    }

    @Test
    void skickaMedInaktuellVersionEllerOkandRemiss() {
        long mott = skapaMottagare();
        long id = registrera(remiss(skapaAvsandare(), "Version " + unik(), mott)).getLong("id");
        laddaUpp(id, "a.txt", "text/plain", "A".getBytes()).then().statusCode(201);

        problem(json().body(Map.of("version", 99)).post("/api/remisser/" + id + "/skicka"), 409);
        assertEquals("UTKAST", hamtaRemiss(id).getString("status"));
        problem(json().body("{\"version\": \"ny\"}").post("/api/remisser/" + id + "/skicka"), 400, "version");
        problem(given().accept(ContentType.JSON).post("/api/remisser/987654321/skicka"), 404);
        json().body(Map.of("version", hamtaRemiss(id).getLong("version"))).post("/api/remisser/" + id + "/skicka")
                .then().statusCode(200).body("status", equalTo("SKICKAD"));
    }

    @Test
    void tvaSamtidigaUtskickGerEttUtskickOchEn409() throws Exception {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        long grupp = id("bostadsbolagen");
        String titel = "Samtidigt utskick " + unik();
        long id = registrera(remiss(avs, titel, mott, grupp)).getLong("id");
        laddaUpp(id, "a.txt", "text/plain", "A".getBytes()).then().statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> svar = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                svar.add(pool.submit(() -> {
                    start.await();
                    return given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka");
                }));
            }
            start.countDown();
            List<Integer> statusar = new ArrayList<>();
            for (Future<Response> f : svar) {
                Response r = f.get(1, TimeUnit.MINUTES);
                statusar.add(r.statusCode());
                if (r.statusCode() != 200) {
                    problem(r, 409);
                }
            }
            assertEquals(List.of(200, 409), statusar.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        som(mott);
        assertEquals(1, antalArenden(mott, titel));
        som(id("stockholmshem"));
        assertEquals(1, antalArenden(id("stockholmshem"), titel));
        som(avs);
        assertEquals("SKICKAD", hamtaRemiss(id).getString("status"));
    }

    // ---------------------------------------------------------------------------------------------
    // The whole workflow

    @Test
    void helaFlodetFranRegistreringTillAvslutad() {
        long avs = skapaAvsandare();
        som(avs);
        String avsNamn = given().accept(ContentType.JSON).get("/api/organisationer/" + avs).jsonPath().getString("namn");
        String titel = "Hela flödet " + unik();

        // Register to the group "Alla stadsdelsnämnder": 18 recipients.
        JsonPath r = registrera(remiss(avs, titel, id("alla-stadsdelsnamnder")));
        long id = r.getLong("id");
        assertEquals(18, r.getList("mottagare").size());
        assertEquals(18, new HashSet<>(r.getList("mottagare.organisation.id")).size());
        assertTrue(r.getList("mottagare.organisation.namn").containsAll(
                List.of("Vantörs stadsdelsnämnd", "Farsta stadsdelsnämnd", "Rinkeby stadsdelsnämnd")));

        // Upload the remitted document.
        byte[] innehall = slumpbytes(50_000);
        JsonPath dok = laddaUpp(id, "program.pdf", "application/pdf", innehall).then().statusCode(201)
                .extract().jsonPath();
        assertEquals(sha256(innehall), dok.getString("sha256"));

        // Send: every recipient gets its own dnr in its own diarium's format.
        JsonPath skickad = given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("SKICKAD", skickad.getString("status"));
        assertEquals(IDAG.toString(), skickad.getString("skickad"));
        List<Map<String, Object>> mottagare = skickad.getList("mottagare");
        assertEquals(18, mottagare.size());
        for (Map<String, Object> m : mottagare) {
            assertEquals("SKICKAD", m.get("status"));
            long org = ((Number) ((Map<?, ?>) m.get("organisation")).get("id")).longValue();
            String dnr = (String) m.get("dnr");
            JsonPath organisation = given().accept(ContentType.JSON).get("/api/organisationer/" + org).jsonPath();
            long diarium = organisation.getLong("forvaltning.id");
            JsonPath serie = given().accept(ContentType.JSON).get("/api/organisationer/" + diarium).jsonPath();
            Pattern format = dnrMonster(serie.getString("diarium.format"), serie.getString("diarium.kod"));
            assertTrue(format.matcher(dnr).matches(), dnr + " följer inte " + serie.getString("diarium.format"));

            // The recipient's ärende (in its own diarium, seen by its own people) keeps the sender's dnr
            // beside its own and holds the document.
            som(org);
            JsonPath arende = mottagarensArende(org, dnr);
            assertEquals(diarium, arende.getLong("organisation"));
            assertEquals(r.getString("dnr"), arende.getString("motpartensDnr"));
            assertEquals(avsNamn, arende.getString("motpart"));
            assertEquals("REMISS_IN", arende.getString("typ"));
            assertEquals(titel, arende.getString("rubrik"));
            assertEquals(List.of(sha256(innehall)), arende.getList("handlingar.sha256"));
            assertEquals("IN", arende.getString("handlingar[0].riktning"));
        }
        som("vantor-registrator");
        JsonPath vantorsArende = mottagarensArende(id("vantor-sdn"), (String) mottagare(skickad, id("vantor-sdn"))
                .get("dnr"));
        assertArrayEquals(innehall, given().get(vantorsArende.getString("handlingar[0].href")).asByteArray());

        // Vantör's registrator receives it and assigns its own handläggare; Farsta's cannot be given the case.
        long vantor = mottagarId(skickad, id("vantor-sdn"));
        JsonPath mottagen = given().accept(ContentType.JSON).get("/api/mottagare/" + vantor).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(id, mottagen.getLong("remissId"));
        assertEquals(titel, mottagen.getString("titel"));
        assertEquals(r.getString("dnr"), mottagen.getString("avsandarensDnr"));
        assertEquals(avs, mottagen.getLong("avsandare.id"));
        assertEquals("SKICKAD", mottagen.getString("mottagare.status"));

        status(given().accept(ContentType.JSON).post("/api/mottagare/" + vantor + "/mottag"), "MOTTAGEN");
        problem(given().accept(ContentType.JSON).post("/api/mottagare/" + vantor + "/mottag"), 409);
        problem(json().body(Map.of("handlaggare", anvandare("farsta-handlaggare")))
                .post("/api/mottagare/" + vantor + "/tilldela"), 400, "handlaggare");
        JsonPath efterFel = given().accept(ContentType.JSON).get("/api/mottagare/" + vantor).jsonPath();
        assertEquals("MOTTAGEN", efterFel.getString("mottagare.status"));
        assertNull(efterFel.get("mottagare.handlaggare"));

        long handlaggare = anvandare("vantor-handlaggare");
        JsonPath tilldelad = status(json().body(Map.of("handlaggare", handlaggare))
                .post("/api/mottagare/" + vantor + "/tilldela"), "TILLDELAD");
        assertEquals(handlaggare, tilldelad.getLong("mottagare.handlaggare.id"));
        assertEquals("vantor-handlaggare", tilldelad.getString("mottagare.handlaggare.anvandarnamn"));
        // The sender sees who handles it at Vantör.
        som(avs);
        assertEquals("vantor-handlaggare",
                mottagare(hamtaRemiss(id), id("vantor-sdn")).get("handlaggare") instanceof Map<?, ?> h
                        ? h.get("anvandarnamn") : null);
        // Farsta's inbox, even asked for Vantör's organisation, does not have Vantör's record.
        som("farsta-handlaggare");
        assertFalse(mottagareI(Map.of()).contains(vantor), "Farstas inkorg");
        assertFalse(mottagareI(Map.of("organisation", id("vantor-sdn"))).contains(vantor),
                "Farsta filtrerar på Vantör");

        // From here on the handläggare herself moves the case along.
        som("vantor-handlaggare");
        assertTrue(mottagareI(Map.of("handlaggare", handlaggare)).contains(vantor), "Mina ärenden");
        assertTrue(mottagareI(Map.of("organisation", id("vantor-sdf"))).contains(vantor), "förvaltningens inkorg");
        assertTrue(mottagareI(Map.of("organisation", id("vantor-sdn"))).contains(vantor), "nämndens inkorg");
        assertFalse(mottagareI(Map.of("organisation", id("farsta-sdf"))).contains(vantor));

        // Illegal jump: 409 problem, status unchanged.
        problem(json().body(Map.of("status", "BESVARAD")).post("/api/mottagare/" + vantor + "/status"), 409);
        assertEquals("TILLDELAD", given().accept(ContentType.JSON).get("/api/mottagare/" + vantor).jsonPath()
                .getString("mottagare.status"));

        status(json().body(Map.of("status", "UNDER_BEREDNING")).post("/api/mottagare/" + vantor + "/status"),
                "UNDER_BEREDNING");
        // "Inskickat" only comes with a signed statement (POST /api/utlatanden/{uid}/skicka), never by hand.
        problem(json().body(Map.of("status", "UTLATANDE_INSKICKAT")).post("/api/mottagare/" + vantor + "/status"), 409);
        status(json().body(Map.of("status", "AVSTAR")).post("/api/mottagare/" + vantor + "/status"), "AVSTAR");
        assertEquals("SKICKAD", hamtaRemiss(id).getString("status"));
        assertFalse(mottagareI(Map.of("handlaggare", handlaggare)).contains(vantor), "avslutade döljs");
        assertTrue(mottagareI(Map.of("handlaggare", handlaggare, "avslutade", true)).contains(vantor));

        // The other 17 decline, each as a user of its own organisation; the remiss closes with the last answer.
        for (Map<String, Object> m : mottagare) {
            long ovrig = ((Number) m.get("id")).longValue();
            if (ovrig == vantor) {
                continue;
            }
            som(((Number) ((Map<?, ?>) m.get("organisation")).get("id")).longValue());
            assertEquals("SKICKAD", hamtaRemiss(id).getString("status"), "öppen före sista svaret");
            status(json().body(Map.of("status", "AVSTAR")).post("/api/mottagare/" + ovrig + "/status"),
                    "AVSTAR");
        }
        som(avs);
        JsonPath avslutad = hamtaRemiss(id);
        assertEquals("AVSLUTAD", avslutad.getString("status"));
        assertEquals(Set.of("AVSTAR"), new HashSet<>(avslutad.getList("mottagare.status")));
        assertEquals(1, lista(Map.of("avsandare", avs, "status", "AVSLUTAD")).getLong("totalt"));
        som("vantor-handlaggare");
        problem(json().body(Map.of("status", "AVSTAR")).post("/api/mottagare/" + vantor + "/status"), 409);
    }

    // ---------------------------------------------------------------------------------------------

    private static Map<String, Object> med(Map<String, Object> kropp, String falt, Object varde) {
        kropp.put(falt, varde);
        return kropp;
    }

    private static void avvisas(long avs, Map<String, Object> kropp, String... falt) {
        long fore = antalRemisser(avs);
        problem(json().body(kropp).post("/api/remisser"), 400, falt);
        assertEquals(fore, antalRemisser(avs));
    }

    /** Nothing of the sender's was stored: no remiss, no ärende in its diarium. */
    private static void assertInget(long avs) {
        assertEquals(0, antalRemisser(avs));
        if (given().accept(ContentType.JSON).get("/api/organisationer/" + avs).jsonPath().get("diarium") != null) {
            assertEquals(0, antalArenden(avs, null));
        }
    }

    /** Acts as the recipient to look into its diarium, then as the sender {@code avs} again. */
    private static void assertOskickad(long avs, long id, String titel, long mott) {
        JsonPath r = hamtaRemiss(id);
        assertEquals("UTKAST", r.getString("status"));
        assertNull(r.get("skickad"));
        for (Map<String, Object> m : r.<Map<String, Object>>getList("mottagare")) {
            assertNull(m.get("dnr"), "dnr efter misslyckat utskick");
            assertEquals("EJ_SKICKAD", m.get("status"));
        }
        som(mott);
        assertEquals(0, antalArenden(mott, titel), "ärende efter misslyckat utskick");
        som(avs);
    }

    private static JsonPath lista(Map<String, ?> parametrar) {
        return given().accept(ContentType.JSON).queryParams(parametrar).get("/api/remisser")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> mottagare(JsonPath remiss, long organisation) {
        return remiss.<Map<String, Object>>getList("mottagare").stream()
                .filter(m -> ((Number) ((Map<?, ?>) m.get("organisation")).get("id")).longValue() == organisation)
                .findFirst().orElseThrow(() -> new AssertionError("Ingen mottagare " + organisation));
    }

    private static long mottagarId(JsonPath remiss, long organisation) {
        return ((Number) mottagare(remiss, organisation).get("id")).longValue();
    }

    private static JsonPath mottagarensArende(long organisation, String dnr) {
        JsonPath traffar = given().accept(ContentType.JSON).queryParam("sok", dnr)
                .get("/api/diarium/" + organisation + "/arenden").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rader = traffar.getList("rader");
        long arende = rader.stream().filter(a -> dnr.equals(a.get("dnr")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("Inget ärende " + dnr));
        return given().accept(ContentType.JSON).get("/api/arenden/" + arende).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath status(Response svar, String status) {
        return svar.then().statusCode(200).body("mottagare.status", equalTo(status)).extract().jsonPath();
    }

    private static List<Long> mottagareI(Map<String, ?> filter) {
        return given().accept(ContentType.JSON).queryParams(filter).queryParam("storlek", 200)
                .get("/api/mottagare").then().statusCode(200).extract().jsonPath().getList("rader.id", Long.class);
    }
}
