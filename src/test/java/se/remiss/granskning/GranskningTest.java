package se.remiss.granskning;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.remiss.granskning.Granskningshandelse.Utfall;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Every state-changing endpoint writes exactly one audit event, with who, which organisation, what,
 * which object and the values before and after; failed and denied attempts are recorded too.
 */
@QuarkusTest
class GranskningTest {

    /** Runs {@code steg} and returns the one event it wrote (fails on none or several). */
    private static Granskningshandelse enHandelse(String vad, Supplier<Response> steg, int status) {
        long fore = Granskningsdata.senasteId();
        Response svar = steg.get();
        assertEquals(status, svar.statusCode(), vad + ": " + svar.asString());
        List<Granskningshandelse> nya = Granskningsdata.efter(fore);
        // A role check is refused on the event loop and its event written by a worker just after the answer.
        for (int i = 0; i < 50 && nya.isEmpty() && status == 403; i++) {
            vanta();
            nya = Granskningsdata.efter(fore);
        }
        assertEquals(1, nya.size(), vad + " skrev " + nya.size() + " händelser: "
                + nya.stream().map(e -> e.handling).toList());
        return nya.get(0);
    }

    private static void vanta() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void forvanta(Granskningshandelse e, String handling, Utfall utfall, String anvandare, Long organisation) {
        assertEquals(handling, e.handling);
        assertEquals(utfall, e.utfall);
        assertEquals(anvandare, e.anvandarnamn);
        assertEquals(organisation, e.organisationId);
        assertNotNull(e.tidpunkt);
        assertTrue(e.stammer(), "hashen stämmer inte");
    }

    @Test
    void varjeAndrandeAnropSkriverEnHandelseMedForeOchEfter() throws Exception {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long mott2 = Api.skapaMottagare();
        String registrator = Api.nyAnvandare(avs, Roll.REGISTRATOR, Roll.HANDLAGGARE);
        String mottagare = Api.nyAnvandare(mott, Roll.REGISTRATOR, Roll.HANDLAGGARE);
        String admin = Api.nyAnvandare(avs, Roll.ADMINISTRATOR, Roll.REGISTRATOR);

        // Organisations and groups (administrator)
        Api.som(admin);
        String kortnamn = "gransk-" + Api.unik();
        Map<String, Object> org = new LinkedHashMap<>(Map.of("kortnamn", kortnamn, "namn", "Granskad " + kortnamn, "typ", "BOLAG"));
        Granskningshandelse e = enHandelse("skapa organisation", () -> Api.json().body(org).post("/api/organisationer"), 201);
        forvanta(e, "ORGANISATION_SKAPAD", Utfall.LYCKADES, admin, avs);
        assertTrue(e.efter.contains(kortnamn), e.efter);
        long orgId = e.objektId;
        org.put("namn", "Omdöpt " + kortnamn);
        e = enHandelse("ändra organisation", () -> Api.json().body(org).put("/api/organisationer/" + orgId), 200);
        forvanta(e, "ORGANISATION_ANDRAD", Utfall.LYCKADES, admin, avs);
        assertTrue(e.fore.contains("Granskad " + kortnamn) && e.efter.contains("Omdöpt " + kortnamn), e.fore + " → " + e.efter);
        Map<String, Object> grupp = Map.of("kortnamn", "g-" + kortnamn, "namn", "Grupp " + kortnamn, "medlemmar", List.of(orgId));
        e = enHandelse("skapa grupp", () -> Api.json().body(grupp).post("/api/grupper"), 201);
        forvanta(e, "GRUPP_SKAPAD", Utfall.LYCKADES, admin, avs);

        // The sender's remiss, from draft to sent
        Api.som(registrator);
        e = enHandelse("registrera remiss", () -> Api.json().body(Api.remiss(avs, "Granskad remiss", mott))
                .post("/api/remisser"), 201);
        forvanta(e, "REMISS_REGISTRERAD", Utfall.LYCKADES, registrator, avs);
        long remiss = e.objektId;
        assertEquals(remiss, e.remissId);
        assertTrue(e.efter.contains("Granskad remiss"), e.efter);
        e = enHandelse("ladda upp", () -> Api.multipart().multiPart("fil", "remiss.txt",
                "Remisshandling".getBytes(StandardCharsets.UTF_8), "text/plain").post("/api/remisser/" + remiss + "/dokument"), 201);
        forvanta(e, "DOKUMENT_TILLAGT", Utfall.LYCKADES, registrator, avs);
        e = enHandelse("lägg till mottagare", () -> Api.json().body(Map.of("mottagare", List.of(mott2)))
                .post("/api/remisser/" + remiss + "/mottagare"), 200);
        forvanta(e, "MOTTAGARE_TILLAGDA", Utfall.LYCKADES, registrator, avs);
        JsonPath matris = Api.hamtaRemiss(remiss);
        long m1 = matris.getLong("mottagare.find { it.organisation.id == " + mott + " }.id");
        long m2 = matris.getLong("mottagare.find { it.organisation.id == " + mott2 + " }.id");
        e = enHandelse("ändra frister", () -> Api.json().body(Map.of("sistaDagKontorsutlatande", Api.KONTORSUTLATANDE.plusDays(1).toString(),
                "sistaDagNamndprotokoll", Api.NAMNDPROTOKOLL.toString())).put("/api/remisser/" + remiss + "/mottagare/" + m1 + "/frister"), 200);
        forvanta(e, "FRISTER_ANDRADE", Utfall.LYCKADES, registrator, avs);
        assertTrue(e.fore.contains(Api.KONTORSUTLATANDE.toString()) && e.efter.contains(Api.KONTORSUTLATANDE.plusDays(1).toString()));
        e = enHandelse("ta bort mottagare", () -> given().delete("/api/remisser/" + remiss + "/mottagare/" + m2), 204);
        forvanta(e, "MOTTAGARE_BORTTAGEN", Utfall.LYCKADES, registrator, avs);
        e = enHandelse("skicka", () -> given().accept(ContentType.JSON).post("/api/remisser/" + remiss + "/skicka"), 200);
        forvanta(e, "REMISS_SKICKAD", Utfall.LYCKADES, registrator, avs);
        assertTrue(e.fore.contains("UTKAST") && e.efter.contains("SKICKAD"), e.efter);
        byte[] program = Files.readAllBytes(Path.of("sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"));
        e = enHandelse("importera program", () -> Api.multipart().multiPart("fil", "program.txt", program, "text/plain")
                .post("/api/remisser/" + remiss + "/program"), 201);
        forvanta(e, "PROGRAM_IMPORTERAT", Utfall.LYCKADES, registrator, avs);

        // The recipient's side
        Api.som(mottagare);
        e = enHandelse("ta emot", () -> given().accept(ContentType.JSON).post("/api/mottagare/" + m1 + "/mottag"), 200);
        forvanta(e, "REMISS_MOTTAGEN", Utfall.LYCKADES, mottagare, mott);
        assertTrue(e.fore.contains("SKICKAD") && e.efter.contains("MOTTAGEN"));
        long person = Api.anvandare(mottagare);
        e = enHandelse("tilldela", () -> Api.json().body(Map.of("handlaggare", person)).post("/api/mottagare/" + m1 + "/tilldela"), 200);
        forvanta(e, "HANDLAGGARE_TILLDELAD", Utfall.LYCKADES, mottagare, mott);
        assertTrue(e.efter.contains(mottagare), e.efter);
        e = enHandelse("status", () -> Api.json().body(Map.of("status", "UNDER_BEREDNING")).post("/api/mottagare/" + m1 + "/status"), 200);
        forvanta(e, "STATUS_ANDRAD", Utfall.LYCKADES, mottagare, mott);
        assertEquals(remiss, e.remissId);

        // The diarium and sekretess
        e = enHandelse("registrera ärende", () -> Api.json().body(Map.of("rubrik", "Granskat ärende"))
                .post("/api/diarium/" + mott + "/arenden"), 201);
        forvanta(e, "ARENDE_REGISTRERAT", Utfall.LYCKADES, mottagare, mott);
        long arende = e.objektId;
        e = enHandelse("registrera handling", () -> Api.multipart().multiPart("riktning", "IN").multiPart("titel", "Brev")
                .post("/api/arenden/" + arende + "/handlingar"), 201);
        forvanta(e, "HANDLING_REGISTRERAD", Utfall.LYCKADES, mottagare, mott);
        long handling = e.objektId;
        e = enHandelse("sekretessmarkera", () -> Api.json().body(Map.of("osl", "26 kap. 1 § OSL"))
                .post("/api/arenden/" + arende + "/handlingar/" + handling + "/sekretess"), 200);
        forvanta(e, "SEKRETESS_MARKERAD", Utfall.LYCKADES, mottagare, mott);
        e = enHandelse("läsa sekretessmarkerad", () -> given().get("/api/arenden/" + arende + "/handlingar/" + handling), 200);
        forvanta(e, "SEKRETESS_LAST", Utfall.LYCKADES, mottagare, mott);
        String mottagarAdmin = Api.nyAnvandare(mott, Roll.ADMINISTRATOR);
        Api.som(mottagarAdmin);
        e = enHandelse("häva sekretess", () -> given().delete("/api/arenden/" + arende + "/handlingar/" + handling + "/sekretess"), 200);
        forvanta(e, "SEKRETESS_HAVD", Utfall.LYCKADES, mottagarAdmin, mott);
        assertTrue(e.fore.contains("26 kap. 1 § OSL"), e.fore);
    }

    @Test
    void misslyckadeOchNekadeForsokSkrivsOcksa() {
        long avs = Api.skapaAvsandare();
        String handlaggare = Api.nyAnvandare(avs, Roll.HANDLAGGARE);
        String registrator = Api.nyAnvandare(avs, Roll.REGISTRATOR);

        Api.som(registrator);
        Granskningshandelse e = enHandelse("ogiltig remiss", () -> Api.json().body("{}").post("/api/remisser"), 400);
        forvanta(e, "ANROP_MISSLYCKADES", Utfall.MISSLYCKADES, registrator, avs);
        assertTrue(e.beskrivning.contains("POST /api/remisser") && e.beskrivning.contains("titel"), e.beskrivning);

        Api.som(handlaggare);
        e = enHandelse("fel roll", () -> Api.json().body("{}").post("/api/remisser"), 403);
        forvanta(e, "ATKOMST_NEKAD", Utfall.NEKAD, handlaggare, avs);

        Api.som("farsta-handlaggare");
        long farsta = Api.id("farsta-sdf");
        long vantorsMottagare = Api.somAdmin().auth().preemptive().basic("vantor-handlaggare", Api.LOSENORD)
                .get("/api/mottagare").jsonPath().getLong("rader[0].id");
        e = enHandelse("annan organisations objekt", () -> given().get("/api/mottagare/" + vantorsMottagare), 404);
        forvanta(e, "ATKOMST_NEKAD", Utfall.NEKAD, "farsta-handlaggare", farsta);
        assertEquals("Remissmottagare", e.objekttyp);
        assertEquals(vantorsMottagare, e.objektId);
        e = enHandelse("ändra annan organisations objekt", () -> Api.json().body(Map.of("status", "AVSTAR"))
                .post("/api/mottagare/" + vantorsMottagare + "/status"), 404);
        forvanta(e, "ATKOMST_NEKAD", Utfall.NEKAD, "farsta-handlaggare", farsta);

        Api.anonym();
        e = enHandelse("fel lösenord", () -> given().auth().preemptive().basic("vantor-handlaggare", "fel").get("/api/remisser"), 401);
        forvanta(e, "INLOGGNING", Utfall.MISSLYCKADES, "vantor-handlaggare", null);
    }

    @Test
    void manipuleradHandelseUpptacksAvVerifieraren() {
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        JsonPath fore = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
        assertTrue(fore.getBoolean("hel"), fore.prettify());
        long id = Granskningsdata.senasteId();
        Manipulation.andraEfter(id, "{\"status\":\"FÖRFALSKAD\"}", () -> {
            JsonPath efter = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(efter.getBoolean("hel"));
            assertEquals(id, efter.getLong("forstaFelId"));
            assertTrue(efter.getString("fel").contains("ändrats"), efter.getString("fel"));
        });
        assertTrue(given().post("/api/granskning/verifiering").jsonPath().getBoolean("hel"), "återställd");
    }

    @Test
    void borttagenHandelseUpptacksAvVerifieraren() {
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        long id = Granskningsdata.senasteId() - 1;
        Manipulation.taBort(id, () -> {
            JsonPath efter = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(efter.getBoolean("hel"));
            assertEquals(id, efter.getLong("forstaFelId"));
        });
    }

    @Test
    void avkortadKedjaUpptacksAvVerifieraren() {
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        assertTrue(given().post("/api/granskning/verifiering").jsonPath().getBoolean("hel"), "hel före");
        long sista = Granskningsdata.senasteId();
        Manipulation.avkorta(2, () -> {
            JsonPath efter = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(efter.getBoolean("hel"), efter.prettify());
            assertEquals(sista - 1, efter.getLong("forstaFelId"), efter.prettify());
            assertTrue(efter.getString("fel").contains("kontrollpunkt"), efter.getString("fel"));
            // New events reuse the freed ids; they do not make the chain whole again.
            given().auth().preemptive().basic("finns-inte-" + Api.unik(), "fel").get("/api/remisser").then().statusCode(401);
            JsonPath aterigen = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(aterigen.getBoolean("hel"), aterigen.prettify());
            assertEquals(sista - 1, aterigen.getLong("forstaFelId"), aterigen.prettify());
        });
        assertTrue(given().post("/api/granskning/verifiering").jsonPath().getBoolean("hel"), "återställd");
    }

    @Test
    void omskrivenKedjaUpptacksMotKontrollpunkterna() {
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        long id = Granskningsdata.senasteId() - 2;
        Manipulation.skrivOm(id, () -> {
            JsonPath efter = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(efter.getBoolean("hel"), efter.prettify());
            assertEquals(id, efter.getLong("forstaFelId"), efter.prettify());
            assertTrue(efter.getString("fel").contains("kontrollpunkten"), efter.getString("fel"));
        });
        JsonPath aterstalld = given().post("/api/granskning/verifiering").jsonPath();
        assertTrue(aterstalld.getBoolean("hel"), "återställd: " + aterstalld.prettify());
    }

    @Test
    void forfalskadKontrollpunktUpptacks() throws Exception {
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        Path fil = Path.of(ConfigProvider.getConfig().getValue("remiss.granskning.kontrollpunkter", String.class));
        byte[] fore = Files.readAllBytes(fil);
        // Someone who can write the file but does not have the key.
        Files.writeString(fil, "999999 " + "ab".repeat(32) + " 2026-11-23T10:00:00Z " + "cd".repeat(32) + "\n",
                StandardOpenOption.APPEND);
        try {
            JsonPath efter = given().post("/api/granskning/verifiering").then().statusCode(200).extract().jsonPath();
            assertFalse(efter.getBoolean("hel"), efter.prettify());
            assertTrue(efter.getString("fel").contains("signatur"), efter.getString("fel"));
        } finally {
            Files.write(fil, fore);
        }
        assertTrue(given().post("/api/granskning/verifiering").jsonPath().getBoolean("hel"), "återställd");
    }

    @Test
    void programmetKanInteAndraEllerTaBortHandelserPaPostgresql() {
        Manipulation.skyddatPaPostgresql(Granskningsdata.senasteId());
    }

    @Test
    void samtidigaSkrivareHallerKedjanHel() throws Exception {
        long org = Api.skapaAvsandare();
        String registrator = Api.nyAnvandare(org, Roll.REGISTRATOR);
        long fore = Granskningsdata.senasteId();
        List<Thread> tradar = new ArrayList<>();
        List<Throwable> fel = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 6; t++) {
            int nr = t;
            Thread trad = new Thread(() -> {
                try {
                    for (int i = 0; i < 5; i++) {
                        given().auth().preemptive().basic(registrator, Api.LOSENORD).contentType(ContentType.JSON)
                                .body(Map.of("rubrik", "Parallellt " + nr + "-" + i)).post("/api/diarium/" + org + "/arenden")
                                .then().statusCode(201);
                    }
                } catch (Throwable x) {
                    fel.add(x);
                }
            });
            tradar.add(trad);
            trad.start();
        }
        for (Thread trad : tradar) {
            trad.join();
        }
        assertEquals(List.of(), fel);
        List<Granskningshandelse> nya = Granskningsdata.efter(fore);
        assertEquals(30, nya.stream().filter(e -> "ARENDE_REGISTRERAT".equals(e.handling)).count());
        for (int i = 1; i < nya.size(); i++) {
            assertEquals(nya.get(i - 1).id + 1, nya.get(i).id);
            assertEquals(nya.get(i - 1).hash, nya.get(i).foregaendeHash);
        }
        Api.som(Api.nyAnvandare(Api.id("slk"), Roll.ADMINISTRATOR));
        assertTrue(given().post("/api/granskning/verifiering").jsonPath().getBoolean("hel"));
    }

    @Test
    void administratorensSokningOchRemissensHistorik() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        long annan = Api.skapaMottagare();
        JsonPath remiss = Api.skickadRemiss(avs, "Historik " + Api.unik(), mott, annan);
        long id = remiss.getLong("id");
        long m = remiss.getLong("mottagare.find { it.organisation.id == " + mott + " }.id");
        Api.som(mott);
        given().accept(ContentType.JSON).post("/api/mottagare/" + m + "/mottag").then().statusCode(200);
        String mottagarensNamn = Api.testanvandare(mott);

        Api.som(avs);
        JsonPath avsandarens = given().get("/api/remisser/" + id + "/historik").then().statusCode(200).extract().jsonPath();
        assertTrue(avsandarens.getList("rader.handling").containsAll(List.of("REMISS_REGISTRERAD", "REMISS_SKICKAD", "REMISS_MOTTAGEN")));
        assertTrue(given().get("/remisser/" + id + "/historik").then().statusCode(200).extract().asString().contains("REMISS_MOTTAGEN"));

        Api.som(annan);
        JsonPath annans = given().get("/api/remisser/" + id + "/historik").then().statusCode(200).extract().jsonPath();
        assertTrue(annans.getList("rader.handling").contains("REMISS_SKICKAD"));
        assertFalse(annans.getList("rader.handling").contains("REMISS_MOTTAGEN"), "en annan mottagares händelse syns");

        Api.som(Api.nyAnvandare(avs, Roll.ADMINISTRATOR));
        JsonPath sok = given().queryParam("anvandare", mottagarensNamn).queryParam("handling", "REMISS_MOTTAGEN")
                .get("/api/granskning").then().statusCode(200).extract().jsonPath();
        assertEquals(1, sok.getLong("totalt"));
        assertEquals(m, sok.getLong("rader[0].objektId"));
        Api.problem(given().queryParam("fran", "igår").get("/api/granskning"), 400, "fran");
        assertTrue(given().queryParam("handling", "REMISS_MOTTAGEN").get("/granskning").asString().contains(mottagarensNamn));
        assertTrue(given().get("/granskning/verifiering").asString().contains("Kedjan är hel"));
    }
}
