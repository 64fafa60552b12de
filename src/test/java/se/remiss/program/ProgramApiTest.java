package se.remiss.program;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.program.Programdata.ALLA_NAMNDER_OCH_BOLAG;
import static se.remiss.program.Programdata.ALLA_SDN;
import static se.remiss.program.Programdata.KRAV_PER_AVSNITT_004;
import static se.remiss.program.Programdata.MAL_004;
import static se.remiss.program.Programdata.REVIDERAT_FIL;
import static se.remiss.program.Programdata.TIDIGARE_FIL;
import static se.remiss.program.Programdata.TITEL_004;
import static se.remiss.program.Programdata.allaAvsnitt;
import static se.remiss.program.Programdata.allaKrav;
import static se.remiss.program.Programdata.avsnitt;
import static se.remiss.program.Programdata.importera;
import static se.remiss.program.Programdata.importerad;
import static se.remiss.program.Programdata.importeradText;
import static se.remiss.program.Programdata.krav;
import static se.remiss.program.Programdata.lista;
import static se.remiss.program.Programdata.nyRemiss;
import static se.remiss.program.Programdata.nycklar;
import static se.remiss.program.Programdata.program;
import static se.remiss.program.Programdata.underNycklar;
import static se.remiss.program.Programdata.versioner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.remiss.diarium.Fil;
import se.remiss.testhjalp.Api;

/**
 * The programme API (issue 4): import a programme file into a remiss, read it back as a section
 * tree with goals and addressed commitments, list a remiss's versions and compare two of them,
 * and the wrong requests around it. Plain-text and Markdown files only; PDF and DOCX are in
 * {@link ProgramImportFilformatTest}.
 *
 * <p>Every test imports into a remiss of its own ({@link Programdata#nyRemiss}); the sample remiss,
 * whose two versions the sample data imports at start, is only read.
 */
@QuarkusTest
class ProgramApiTest {

    // ---------------------------------------------------------------------------------------------
    // Seed 004 imported

    @Test
    void reviderattProgramDelasUppIAvsnittMalOchAtaganden() {
        long remiss = nyRemiss("004");
        Response svar = importera(remiss, REVIDERAT_FIL, "text/plain", Programdata.fil(REVIDERAT_FIL), null);
        String plats = Api.location(svar);
        JsonPath post = JsonPath.from(svar.asString());
        assertEquals("/api/program/" + post.getLong("id"), plats, "Location pekar på det skapade programmet");

        JsonPath program = program(post.getLong("id"));
        assertEquals(post.getLong("id"), program.getLong("id"));
        assertEquals(1, program.getInt("version"));
        assertEquals(remiss, program.getLong("remiss"));
        assertEquals(REVIDERAT_FIL, program.getString("filnamn"));
        assertEquals(Api.sha256(Programdata.fil(REVIDERAT_FIL)), program.getString("sha256"));
        assertReviderat(program);
        // the POST answers with the same body as the GET
        assertEquals(program.getMap("$"), post.getMap("$"));
    }

    /** Seed 004 as the API must give it, whoever imported it. */
    static void assertReviderat(JsonPath program) {
        assertEquals(TITEL_004, program.getString("titel"));
        assertEquals(MAL_004, program.getList("mal"));

        assertEquals(List.of("1", "2", "3", "4", "5", "6"), program.getList("avsnitt.nyckel"));
        assertEquals(List.of("Inledning", "Omvärldsfaktorer", "Nationell nivå", "Stockholms stads program",
                "Genomförande av programmet", "Uppföljning av programmet"), program.getList("avsnitt.rubrik"));
        Map<String, Object> kapitel5 = avsnitt(program, "5");
        assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5"), underNycklar(kapitel5));
        assertEquals("Uppsökande arbete", avsnitt(program, "5.3").get("rubrik"));
        assertEquals("Människohandel för sexuella ändamål", avsnitt(program, "5.5").get("rubrik"));
        // unnumbered sub-headings under their numbered section, not at the top
        assertTrue(underNycklar(avsnitt(program, "5.2")).contains("5.2/barn-och-unga"), nycklar(program)::toString);
        // Markdown emphasis is not part of the text
        allaAvsnitt(program).forEach(a -> assertFalse(((String) a.get("text")).contains("**"), (String) a.get("nyckel")));

        List<Map<String, Object>> krav = allaKrav(program);
        assertEquals(21, krav.size(), "21 åtaganden: " + krav);
        Map<String, Long> perAvsnitt = krav.stream()
                .collect(Collectors.groupingBy(k -> (String) k.get("avsnitt"), Collectors.counting()));
        assertEquals(KRAV_PER_AVSNITT_004.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())), perAvsnitt);
        krav.forEach(k -> assertTrue(k.get("id") instanceof Number, "id för " + k));
        assertEquals(21, krav.stream().map(k -> k.get("id")).distinct().count(), "unika id");

        // 5.2: the school items go to the district committees and Utbildningsnämnden
        List<Map<String, Object>> forebyggande = krav(avsnitt(program, "5.2"));
        assertEquals("Stadsdelsnämnderna och utbildningsnämnden ska tillse att skolpersonal har aktuell kompetens "
                + "inom området.", forebyggande.get(0).get("text"));
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(ALLA_SDN, "Utbildningsnämnden"), lista(forebyggande.get(i), "riktadTill"),
                    "5.2 punkt " + (i + 1));
        }
        assertEquals(List.of(ALLA_SDN), lista(forebyggande.get(3), "riktadTill"));
        assertEquals(List.of("Socialtjänstnämnden"), lista(forebyggande.get(4), "riktadTill"));

        // 5.1: the whole city; 5.3: both, and the housing companies
        assertEquals(List.of(ALLA_NAMNDER_OCH_BOLAG), lista(krav(avsnitt(program, "5.1")).get(0), "riktadTill"));
        List<Map<String, Object>> uppsokande = krav(avsnitt(program, "5.3"));
        assertEquals(List.of("Socialtjänstnämnden", ALLA_SDN), lista(uppsokande.get(3), "riktadTill"));
        assertEquals(List.of("Stadens bostadsbolag"), lista(uppsokande.get(5), "riktadTill"));

        // 5.5: the two items without "ska" are there; the second names no body and keeps no addressee
        List<Map<String, Object>> manniskohandel = krav(avsnitt(program, "5.5"));
        assertTrue(((String) manniskohandel.get(0).get("text")).startsWith("I ärenden som rör människohandel är det "
                + "socialtjänstnämndens socialjour"), manniskohandel.toString());
        assertEquals("Personer utsatta för människohandel som beviljats tillfälligt uppehållstillstånd har rätt till "
                + "bistånd enligt socialtjänstlagen som alla övriga medborgare.", manniskohandel.get(1).get("text"));
        assertEquals(List.of(), lista(manniskohandel.get(1), "riktadTill"));
        assertEquals(List.of(), lista(manniskohandel.get(1), "okandaMottagare"));

        // every body seed 004 names is in the register
        krav.forEach(k -> assertEquals(List.of(), lista(k, "okandaMottagare"), k.toString()));
        // the later bullets of 5.2 (other programmes) and "ska" sentences in running text are not commitments
        assertTrue(krav.stream().noneMatch(k -> ((String) k.get("text")).startsWith("Stockholms Tobaks")), krav::toString);
        assertTrue(krav.stream().noneMatch(k -> ((String) k.get("text")).startsWith("Kommunstyrelsen ska")), krav::toString);
        // and no section but 5.1–5.5 has commitments
        allaAvsnitt(program).stream().filter(a -> !KRAV_PER_AVSNITT_004.containsKey(a.get("nyckel")))
                .forEach(a -> assertEquals(List.of(), krav(a), (String) a.get("nyckel")));
    }

    @Test
    void exempelremissensProgramHarTidigareOchRevideradVersion() {
        // A recipient reads the sample remiss's programme.
        Api.som("vantor-handlaggare");
        long remiss = Programdata.exempelremiss();
        List<Map<String, Object>> versioner = versioner(remiss);
        assertEquals(2, versioner.size(), versioner::toString);
        assertEquals(List.of(1, 2), versioner.stream().map(v -> v.get("version")).toList());
        assertEquals(List.of(TIDIGARE_FIL, REVIDERAT_FIL), versioner.stream().map(v -> v.get("filnamn")).toList());
        long v1 = ((Number) versioner.get(0).get("id")).longValue();
        long v2 = ((Number) versioner.get(1).get("id")).longValue();
        assertNull(versioner.get(0).get("foregaende"));
        assertEquals(v1, ((Number) versioner.get(1).get("foregaende")).longValue());

        JsonPath reviderat = program(v2);
        assertEquals(2, reviderat.getInt("version"));
        assertEquals(v1, reviderat.getLong("foregaende"));
        assertReviderat(reviderat);
        assertTidigare(program(v1));
        assertTidigareMotReviderat(jamfor(v1, v2), v1, v2);
    }

    // ---------------------------------------------------------------------------------------------
    // Versions

    @Test
    void tidigareVersionOchReviderad() {
        long remiss = nyRemiss("versioner");
        long v1 = importeradText(remiss, TIDIGARE_FIL, null);
        long v2 = importeradText(remiss, REVIDERAT_FIL, v1);

        JsonPath tidigare = program(v1);
        assertEquals(1, tidigare.getInt("version"));
        assertNull(tidigare.get("foregaende"));
        assertTidigare(tidigare);
        JsonPath reviderat = program(v2);
        assertEquals(2, reviderat.getInt("version"));
        assertEquals(v1, reviderat.getLong("foregaende"));
        assertReviderat(reviderat);

        List<Map<String, Object>> versioner = versioner(remiss);
        assertEquals(List.of(v1, v2), versioner.stream().map(v -> ((Number) v.get("id")).longValue()).toList());
        assertEquals(List.of(TIDIGARE_FIL, REVIDERAT_FIL), versioner.stream().map(v -> v.get("filnamn")).toList());
        assertEquals(List.of("Socialt program för att minska prostitutionen", TITEL_004),
                versioner.stream().map(v -> v.get("titel")).toList());

        assertTidigareMotReviderat(jamfor(v1, v2), v1, v2);

        // a version compared with itself has no differences
        JsonPath samma = jamfor(v2, v2);
        assertEquals(List.of(), samma.getList("skillnader.avsnitt"));
        assertEquals(List.of(), samma.getList("skillnader.krav"));
    }

    /** Seed 001: Inriktningsmål 1–6 with their sub-headings, and no opening commitment lists. */
    private static void assertTidigare(JsonPath program) {
        assertEquals("Socialt program för att minska prostitutionen", program.getString("titel"));
        assertEquals(List.of("inledning", "IM1", "IM2", "IM3", "IM4", "IM5", "IM6"), program.getList("avsnitt.nyckel"));
        assertEquals(List.of("IM1/uppsokande-arbete-och-stod-till-prostituerade", "IM1/trafficking"),
                underNycklar(avsnitt(program, "IM1")));
        assertTrue(((String) avsnitt(program, "IM3").get("rubrik")).startsWith("Inriktningsmål 3: "));
        assertEquals(17, allaAvsnitt(program).size(), nycklar(program)::toString);
    }

    private static void assertTidigareMotReviderat(JsonPath jamforelse, long v1, long v2) {
        assertEquals(v1, jamforelse.getLong("tidigare.id"));
        assertEquals(v2, jamforelse.getLong("senare.id"));
        List<Map<String, Object>> avsnitt = jamforelse.getList("skillnader.avsnitt");
        Map<String, List<String>> perAndring = avsnitt.stream().collect(Collectors.groupingBy(
                a -> (String) a.get("andring"), LinkedHashMap::new,
                Collectors.mapping(a -> (String) a.get("nyckel"), Collectors.toList())));
        // Inriktningsmål against numbered chapters: nothing shared, everything added or removed
        assertEquals(33, perAndring.get("TILLAGD").size(), perAndring::toString);
        assertTrue(perAndring.get("TILLAGD").containsAll(List.of("1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4",
                "5.5", "6")), perAndring::toString);
        assertEquals(17, perAndring.get("BORTTAGEN").size(), perAndring::toString);
        assertTrue(perAndring.get("BORTTAGEN").containsAll(List.of("inledning", "IM1", "IM2", "IM3", "IM4", "IM5",
                "IM6")), perAndring::toString);
        assertFalse(perAndring.containsKey("ANDRAD"), perAndring::toString);

        List<Map<String, Object>> krav = jamforelse.getList("skillnader.krav");
        assertEquals(21, krav.size(), krav::toString);
        krav.forEach(k -> assertEquals("TILLAGD", k.get("andring"), k.toString()));
        assertEquals("5.1", krav.get(0).get("avsnittEfter"));
        assertTrue(((String) ((Map<?, ?>) krav.get(0).get("efter")).get("text"))
                .startsWith("Stockholms stads nämnder och bolag ska inte anlita hotell"), krav.get(0)::toString);
    }

    private static JsonPath jamfor(long tidigare, long senare) {
        return given().accept(ContentType.JSON).get("/api/program/" + tidigare + "/jamfor/" + senare)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void versionsnumrenOkarPerRemissOchForegaendeArDenSenasteOmInteAnnatAnges() {
        long avsandare = Api.skapaAvsandare();
        long remiss = nyRemiss(avsandare, "numrering");
        long v1 = importeradText(remiss, TIDIGARE_FIL, null);
        long v2 = importeradText(remiss, REVIDERAT_FIL, null);
        long v3 = importeradText(remiss, REVIDERAT_FIL, v1);

        List<Map<String, Object>> versioner = versioner(remiss);
        assertEquals(List.of(1, 2, 3), versioner.stream().map(v -> v.get("version")).toList());
        assertEquals(List.of(v1, v2, v3), versioner.stream().map(v -> ((Number) v.get("id")).longValue()).toList());
        assertNull(versioner.get(0).get("foregaende"));
        assertEquals(v1, ((Number) versioner.get(1).get("foregaende")).longValue(), "utan foregaende: den senaste");
        assertEquals(v1, ((Number) versioner.get(2).get("foregaende")).longValue(), "foregaende som angivet");

        // another remiss counts from 1
        long annan = nyRemiss(avsandare, "numrering annan");
        long forsta = importeradText(annan, REVIDERAT_FIL, null);
        assertEquals(1, program(forsta).getInt("version"));
        assertEquals(3, versioner(remiss).size());
    }

    // ---------------------------------------------------------------------------------------------
    // Addressees the register does not know

    @Test
    void mottagareSomInteFinnsIRegistretBlirOkanda() {
        String markdown = """
                # Kulturprogram för prov

                ## 1. Inledning

                Programmet prövar mottagare som inte finns i registret.

                ## 2. Genomförande

                ### 2.1 Kultur i hela staden

                - **Kulturdepartementet ska** bidra med statliga medel till stadens bibliotek.
                - **Kulturnämnden ska** hålla biblioteken öppna på kvällar.
                - **Kulturnämnden och Kulturdepartementet ska** gemensamt följa upp besöken.
                - Biblioteken ska ha öppet på söndagar.

                Löpande text om biblioteken.
                """;
        long remiss = nyRemiss("okända mottagare");
        long pid = importerad(remiss, "kulturprogram.md", "text/markdown",
                markdown.getBytes(StandardCharsets.UTF_8), null);

        JsonPath program = program(pid);
        assertEquals("Kulturprogram för prov", program.getString("titel"));
        assertEquals(List.of("1", "2"), program.getList("avsnitt.nyckel"));
        assertEquals(List.of("2.1"), underNycklar(avsnitt(program, "2")));
        List<Map<String, Object>> krav = krav(avsnitt(program, "2.1"));
        assertEquals(4, krav.size(), krav::toString);
        assertEquals("Kulturdepartementet ska bidra med statliga medel till stadens bibliotek.", krav.get(0).get("text"));

        assertEquals(List.of(), lista(krav.get(0), "riktadTill"));
        assertEquals(List.of("Kulturdepartementet"), lista(krav.get(0), "okandaMottagare"));
        assertEquals(List.of("Kulturnämnden"), lista(krav.get(1), "riktadTill"));
        assertEquals(List.of(), lista(krav.get(1), "okandaMottagare"));
        assertEquals(List.of("Kulturnämnden"), lista(krav.get(2), "riktadTill"));
        assertEquals(List.of("Kulturdepartementet"), lista(krav.get(2), "okandaMottagare"));
        // no body named: kept, addressed to no one, nothing guessed
        assertEquals(List.of(), lista(krav.get(3), "riktadTill"));
        assertEquals(List.of(), lista(krav.get(3), "okandaMottagare"));
    }

    /**
     * Control characters (a NUL from a broken extraction, a UTF-16 file read as UTF-8) are dropped:
     * PostgreSQL refuses NUL in text, and no reader wants them.
     */
    @Test
    void enTextfilMedStyrteckenAvvisasOchIngetSparas() {
        // NUL and other control bytes mean the file is not text (PostgreSQL would refuse NUL in
        // text anyway): answered 400 naming the file, and no version is stored.
        String text = "Program med styrtecken\n\n1. INLEDNING\n\nText med\u0000 noll\u0001tecken.\n";
        long remiss = nyRemiss("styrtecken");
        Api.problem(importera(remiss, "styrtecken.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), null),
                400, "fil");
        assertEquals(0, versioner(remiss).size());
    }

    // ---------------------------------------------------------------------------------------------
    // Wrong requests

    @Test
    void foregaendeFranEnAnnanRemissGer400OchInget() {
        long avsandare = Api.skapaAvsandare();
        long annan = nyRemiss(avsandare, "annan remiss");
        long annansProgram = importeradText(annan, TIDIGARE_FIL, null);
        long remiss = nyRemiss(avsandare, "fel föregående");

        JsonPath problem = Api.problem(importera(remiss, REVIDERAT_FIL, "text/plain", Programdata.fil(REVIDERAT_FIL),
                annansProgram), 400, "foregaende");
        assertTrue(problem.getString("'invalid-params'[0].reason").contains(String.valueOf(annansProgram)),
                problem.prettify());
        assertEquals(List.of(), versioner(remiss));
        assertEquals(1, versioner(annan).size());

        // the sample remiss's programme (looked up by one of its recipients) is another remiss's too
        Api.som("vantor-handlaggare");
        long exempel = ((Number) versioner(Programdata.exempelremiss()).get(0).get("id")).longValue();
        Api.som(avsandare);
        Api.problem(importera(remiss, REVIDERAT_FIL, "text/plain", Programdata.fil(REVIDERAT_FIL), exempel),
                400, "foregaende");
        assertEquals(List.of(), versioner(remiss));
    }

    @Test
    void foregaendeSomInteArEttIdGer400() {
        long remiss = nyRemiss("ogiltigt föregående");
        Response svar = Api.multipart().multiPart("fil", REVIDERAT_FIL, Programdata.fil(REVIDERAT_FIL), "text/plain")
                .multiPart("foregaende", "version ett").post("/api/remisser/" + remiss + "/program");
        Api.problem(svar, 400, "foregaende");
        assertEquals(List.of(), versioner(remiss));
    }

    @Test
    void okandRemissOchOkantProgramGer404() {
        long okand = Long.MAX_VALUE - 7;
        Api.som("slk-handlaggare");
        Api.problem(importera(okand, REVIDERAT_FIL, "text/plain", Programdata.fil(REVIDERAT_FIL), null), 404);
        Api.problem(given().accept(ContentType.JSON).get("/api/remisser/" + okand + "/program"), 404);
        Api.problem(given().accept(ContentType.JSON).get("/api/program/" + okand), 404);

        long remiss = nyRemiss("okänt program");
        long pid = importeradText(remiss, REVIDERAT_FIL, null);
        Api.problem(given().accept(ContentType.JSON).get("/api/program/" + pid + "/jamfor/" + okand), 404);
        Api.problem(given().accept(ContentType.JSON).get("/api/program/" + okand + "/jamfor/" + pid), 404);
    }

    @Test
    void utanFilGer400SomNamnerFil() {
        long remiss = nyRemiss("utan fil");
        Api.problem(Api.multipart().multiPart("annat", "program.txt", Programdata.fil(REVIDERAT_FIL), "text/plain")
                .post("/api/remisser/" + remiss + "/program"), 400, "fil");
        Api.problem(Api.multipart().multiPart("foregaende", "").post("/api/remisser/" + remiss + "/program"), 400, "fil");
        assertEquals(List.of(), versioner(remiss));
    }

    @Test
    void textUtanAvsnittGer400OchSparasInte() {
        long remiss = nyRemiss("tom text");
        // white space only, but unique, so no other test can have stored the same bytes
        byte[] innehall = (" \n\n \t \n" + " ".repeat(1 + (int) (Math.random() * 1000)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonPath problem = Api.problem(importera(remiss, "tomt.txt", "text/plain", innehall, null), 400, "fil");
        assertFalse(problem.getString("'invalid-params'[0].reason").isBlank());
        assertEquals(List.of(), versioner(remiss));
        assertFalse(filLagrad(innehall), "en fil som inte blev något program ska inte ha sparats");
    }

    static boolean filLagrad(byte[] innehall) {
        String sha = Api.sha256(innehall);
        return QuarkusTransaction.requiringNew().call(() -> Fil.findByIdOptional(sha).isPresent());
    }
}
