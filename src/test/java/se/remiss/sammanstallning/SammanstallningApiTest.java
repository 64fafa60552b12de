package se.remiss.sammanstallning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.remiss.dokument.Pdftext;
import se.remiss.dokument.VeraPdf;
import se.remiss.testhjalp.Api;

/**
 * The sammanställning of a remiss answered by several recipients (see {@link Svarsdata}) in every
 * format the API offers, read back with independent readers: JSON, PDF/A (veraPDF, PDFBox), XLSX
 * (POI) and CSV; and who may read it.
 */
@QuarkusTest
class SammanstallningApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Stadsledningskontoret's registrator: the sender's own registrator, not the user that registered it. */
    private static final String avsandare = "slk-registrator";

    /** The answered remiss, made once for the class (before the first test, with the application up). */
    private Svarsdata.Remissvar svar;
    private static Svarsdata.Remissvar gemensam;

    @BeforeEach
    void svaren() {
        synchronized (SammanstallningApiTest.class) {
            if (gemensam == null) {
                gemensam = Svarsdata.besvaradRemiss();
            }
            svar = gemensam;
        }
    }

    private String adress() {
        return "/api/remisser/" + svar.remiss() + "/sammanstallning";
    }

    private byte[] hamta(String accept) {
        return Svarsdata.som(avsandare).accept(accept).get(adress()).then().statusCode(200)
                .contentType(accept).extract().asByteArray();
    }

    @Test
    void perMottagareStallningstagandeDatumOchDokument() {
        JsonPath s = Svarsdata.som(avsandare).accept(ContentType.JSON).get(adress()).then().statusCode(200).extract().jsonPath();
        assertEquals(svar.titel(), s.getString("titel"));
        assertEquals(svar.dnr(), s.getString("dnr"));
        assertEquals(4, s.getList("mottagare").size());
        Map<String, Object> vantor = mottagare(s, Svarsdata.VANTOR);
        assertEquals("TILLSTYRKER_MED_SYNPUNKTER", vantor.get("stallningstagande"));
        assertEquals("Tillstyrker med synpunkter", vantor.get("stallningstagandeText"));
        assertEquals(Api.KONTORSUTLATANDE.toString(), vantor.get("sistaDagKontorsutlatande"));
        assertEquals(Api.IDAG.toString(), vantor.get("utlatandeInkom"));
        assertEquals(true, vantor.get("utlatandeITid"));
        assertEquals(Api.IDAG.toString(), vantor.get("protokollInkom"));
        assertEquals(true, vantor.get("protokollITid"));
        Map<String, Object> sotn = mottagare(s, Svarsdata.SOTN);
        assertEquals("TILLSTYRKER", sotn.get("stallningstagande"));
        assertNull(sotn.get("protokollInkom"));
        assertEquals("AVSTAR", mottagare(s, svar.bolag()).get("stallningstagande"));
        Map<String, Object> farsta = mottagare(s, Svarsdata.FARSTA);
        assertEquals("INGET_YTTRANDE", farsta.get("stallningstagande"));
        assertNull(farsta.get("utlatandeInkom"));
        assertNull(farsta.get("dokument"));

        // The link is the signed statement itself: the sender opens it.
        String dokument = (String) vantor.get("dokument");
        byte[] pdf = Svarsdata.som(avsandare).accept("application/pdf").get(dokument).then().statusCode(200)
                .extract().asByteArray();
        assertTrue(Pdftext.av(pdf).contains("Förvaltningen delar bedömningen"), "det undertecknade utlåtandet");
    }

    @Test
    void perAvsnittCiteratMedMeningenRuntOmkring() {
        JsonPath s = Svarsdata.som(avsandare).accept(ContentType.JSON).get(adress()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("5.2", "5.3"), s.getList("avsnitt.nyckel"));
        List<Map<String, Object>> forebyggande = s.getList("avsnitt[0].citeringar");
        assertEquals(List.of(Svarsdata.VANTOR, Svarsdata.VANTOR), forebyggande.stream().map(c -> c.get("organisation")).toList());
        assertEquals("[[5.2]]", forebyggande.get(0).get("hanvisning"));
        assertEquals("5.2 Förebyggande", forebyggande.get(0).get("citerat"));
        assertEquals("Förvaltningen delar bedömningen i avsnitt 5.2 Förebyggande.", forebyggande.get(0).get("mening"));
        String andra = (String) forebyggande.get(1).get("mening");
        assertTrue(andra.startsWith("Skolpersonalens kompetens är en nyckel, se avsnitt 5.2 Förebyggande, åtagande 1"), andra);
        assertTrue(andra.endsWith("och förvaltningen vill ha stöd i det."), andra);
        assertTrue(((String) forebyggande.get(1).get("citerat")).contains("skolpersonal har aktuell kompetens"));

        List<Map<String, Object>> uppsokande = s.getList("avsnitt[1].citeringar");
        // Recipients in the matrix's order (by name), each one's citations in its text's order.
        assertEquals(List.of("[[5.3#1]]", "[[5.3#5]]", "[[5.3#4]]", "[[5.3#4]]"),
                uppsokande.stream().map(c -> c.get("hanvisning")).toList());
        assertEquals(List.of(Svarsdata.SOTN, Svarsdata.SOTN, Svarsdata.SOTN, Svarsdata.VANTOR),
                uppsokande.stream().map(c -> c.get("organisation")).toList());
        assertTrue(((String) uppsokande.get(1).get("mening")).startsWith("Stödet till köpare i avsnitt 5.3 Uppsökande arbete"));
    }

    @Test
    void perAtagandeVadVarjeMottagareDetRiktasTillSa() {
        JsonPath s = Svarsdata.som(avsandare).accept(ContentType.JSON).get(adress()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ataganden = s.getList("ataganden");
        Map<String, Object> smittskydd = ataganden.stream()
                .filter(a -> "5.3".equals(a.get("avsnitt")) && ((Number) a.get("nummer")).intValue() == 4).findFirst()
                .orElseThrow();
        assertTrue(((String) smittskydd.get("text")).startsWith("Socialtjänstnämnden och stadsdelsnämnderna ska"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perMottagare = (List<Map<String, Object>>) smittskydd.get("svar");
        assertEquals(List.of(Svarsdata.FARSTA, Svarsdata.SOTN, Svarsdata.VANTOR),
                perMottagare.stream().map(a -> a.get("organisation")).toList());
        perMottagare.forEach(a -> assertEquals(true, a.get("riktat"), a.toString()));
        assertEquals(List.of(), perMottagare.get(0).get("meningar"));
        assertEquals("Inget yttrande", perMottagare.get(0).get("stallningstagande"));
        assertEquals(List.of("Smittskyddsarbetet i avsnitt 5.3 Uppsökande arbete, åtagande 4: ”"
                + smittskydd.get("text") + "” sker tillsammans med landstinget."), perMottagare.get(1).get("meningar"));
        assertTrue(((String) ((List<?>) perMottagare.get(2).get("meningar")).get(0)).startsWith("Det uppsökande arbetet"));
        // The company is addressed by none of these and cited none: it is in no commitment's row.
        assertTrue(ataganden.stream().flatMap(a -> ((List<Map<String, Object>>) a.get("svar")).stream())
                .noneMatch(a -> svar.bolag().equals(a.get("organisation"))));
        // 5.2's first commitment is the district committees': Farsta and Vantör, not Socialtjänstnämnden.
        Map<String, Object> skolan = ataganden.stream()
                .filter(a -> "5.2".equals(a.get("avsnitt")) && ((Number) a.get("nummer")).intValue() == 1).findFirst()
                .orElseThrow();
        assertEquals(List.of(Svarsdata.FARSTA, Svarsdata.VANTOR),
                ((List<Map<String, Object>>) skolan.get("svar")).stream().map(a -> a.get("organisation")).toList());
    }

    @Test
    void pdfArPdfAOchHarAllaTreVyerna() throws Exception {
        var svaret = Svarsdata.som(avsandare).accept("application/pdf").get(adress()).then().statusCode(200)
                .contentType("application/pdf").extract();
        assertTrue(svaret.header("Content-Disposition").contains("Remissammanst"), svaret.header("Content-Disposition"));
        byte[] pdf = svaret.asByteArray();
        // Kept for a look by eye (target/ only), like the journeys' screenshots.
        java.nio.file.Files.write(java.nio.file.Path.of("target/Remissammanstallning-prov.pdf"), pdf);
        assertEquals(List.of(), VeraPdf.fel(pdf));
        String text = Pdftext.av(pdf).replaceAll("\\s+", " ");
        for (String del : List.of("REMISSAMMANSTÄLLNING", "Per mottagare", "Per avsnitt i programmet", "Per åtagande",
                "Tillstyrker med synpunkter", "Förvaltningen delar bedömningen i avsnitt 5.2 Förebyggande.",
                "Inget yttrande", "Avstår")) {
            assertTrue(text.contains(del), () -> "Saknar " + del + " i " + text);
        }
    }

    @Test
    void xlsxEttBladPerVyMedRiktigaDatumOchFilter() throws Exception {
        byte[] fil = hamta(XLSX);
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil))) {
            assertEquals(List.of("Per mottagare", "Per avsnitt", "Per åtagande"),
                    List.of(bok.getSheetName(0), bok.getSheetName(1), bok.getSheetName(2)));
            XSSFSheet mottagare = bok.getSheetAt(0);
            assertEquals("Mottagare", mottagare.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, mottagare.getLastRowNum() + 1);
            for (int i = 0; i < 3; i++) {
                assertTrue(bok.getSheetAt(i).getCTWorksheet().isSetAutoFilter(), "autofilter på blad " + i);
            }
            Row vantor = rad(mottagare, Svarsdata.VANTOR);
            Cell frist = vantor.getCell(kolumn(mottagare, "Sista dag kontorsutlåtande"));
            assertEquals(CellType.NUMERIC, frist.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(frist));
            assertEquals(Api.KONTORSUTLATANDE, frist.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(Api.IDAG, vantor.getCell(kolumn(mottagare, "Utlåtandet inkom")).getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals("Tillstyrker med synpunkter", vantor.getCell(kolumn(mottagare, "Ställningstagande"))
                    .getStringCellValue());
            Cell lank = vantor.getCell(kolumn(mottagare, "Undertecknat utlåtande"));
            assertNotNull(lank.getHyperlink());
            assertTrue(lank.getHyperlink().getAddress().matches("http://[^/]+/arenden/\\d+/handlingar/\\d+/fil"),
                    lank.getHyperlink().getAddress());
            assertNull(rad(mottagare, Svarsdata.FARSTA).getCell(kolumn(mottagare, "Undertecknat utlåtande")));

            XSSFSheet avsnitt = bok.getSheetAt(1);
            List<String> nycklar = new ArrayList<>();
            for (int r = 1; r <= avsnitt.getLastRowNum(); r++) {
                nycklar.add(avsnitt.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(List.of("5.2", "5.2", "5.3", "5.3", "5.3", "5.3"), nycklar);
            XSSFSheet ataganden = bok.getSheetAt(2);
            assertEquals(CellType.NUMERIC, ataganden.getRow(1).getCell(1).getCellType(), "åtagandets nummer är ett tal");
        }
    }

    @Test
    void csvMedBomSemikolonOchDatum() {
        byte[] fil = hamta("text/csv");
        assertEquals((byte) 0xEF, fil[0]);
        assertEquals((byte) 0xBB, fil[1]);
        assertEquals((byte) 0xBF, fil[2]);
        String text = new String(fil, 3, fil.length - 3, StandardCharsets.UTF_8);
        List<String> rader = text.lines().toList();
        assertEquals("Per mottagare", rader.get(0));
        assertTrue(rader.get(1).startsWith("Mottagare;Mottagarens dnr;Status;Ställningstagande;"), rader.get(1));
        String vantor = rader.stream().filter(r -> r.startsWith(Svarsdata.VANTOR + ";")).findFirst().orElseThrow();
        assertTrue(vantor.contains(";Tillstyrker med synpunkter;" + Api.KONTORSUTLATANDE + ";" + Api.IDAG + ";I tid;"),
                vantor);
        assertTrue(text.contains("\r\nPer avsnitt\r\n"), "vyerna efter varandra");
        assertTrue(text.contains("\r\nPer åtagande\r\n"));
        assertTrue(text.contains("5.2;Förebyggande;" + Svarsdata.VANTOR + ";[[5.2]];5.2 Förebyggande;"
                + "Förvaltningen delar bedömningen i avsnitt 5.2 Förebyggande."), text);
    }

    @Test
    void iOpenApiMedAllaFyraFormaten() {
        JsonPath api = io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> innehall = api.getMap("paths.'/api/remisser/{id}/sammanstallning'.get.responses.'200'.content");
        assertEquals(java.util.Set.of("application/json", "application/pdf", XLSX, "text/csv"), innehall.keySet());
    }

    @Test
    void okantFormat406OchBaraAvsandaren() {
        Api.problem(io.restassured.RestAssured.given().auth().preemptive().basic(avsandare, Api.LOSENORD)
                .accept("image/png").get(adress()), 406);
        // A recipient must not read the others' answers; another organisation does not see the remiss.
        Api.problem(Svarsdata.som("vantor-registrator").get(adress()), 404);
        Api.problem(Svarsdata.som("vantor-registrator").accept("text/csv").get(adress()), 404);
        Api.problem(Svarsdata.som(avsandare).accept(ContentType.JSON).get("/api/remisser/999999999/sammanstallning"), 404);
    }

    @Test
    void webbnedladdningarnaArSammaVyer() throws Exception {
        String bas = "/remisser/" + svar.remiss() + "/sammanstallning";
        String sida = Svarsdata.som(avsandare).accept("text/html").get(bas).then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Tillstyrker med synpunkter") && sida.contains("Förvaltningen delar bedömningen"), sida);
        byte[] pdf = Svarsdata.som(avsandare).accept("*/*").get(bas + "/export?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(List.of(), VeraPdf.fel(pdf));
        byte[] xlsx = Svarsdata.som(avsandare).accept("*/*").get(bas + "/export?format=xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, bok.getNumberOfSheets());
        }
        Svarsdata.som(avsandare).accept("*/*").get(bas + "/export?format=odt").then().statusCode(400);
        Svarsdata.som("vantor-registrator").accept("text/html").redirects().follow(false).get(bas).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mottagare(JsonPath s, String namn) {
        return ((List<Map<String, Object>>) (List<?>) s.getList("mottagare")).stream()
                .filter(m -> namn.equals(m.get("organisation"))).findFirst().orElseThrow(() -> new AssertionError(namn));
    }

    static Row rad(XSSFSheet blad, String forsta) {
        for (int r = 1; r <= blad.getLastRowNum(); r++) {
            if (forsta.equals(blad.getRow(r).getCell(0).getStringCellValue())) {
                return blad.getRow(r);
            }
        }
        throw new AssertionError("Ingen rad " + forsta);
    }

    static int kolumn(XSSFSheet blad, String rubrik) {
        Row rubriker = blad.getRow(0);
        for (int k = 0; k < rubriker.getLastCellNum(); k++) {
            if (rubrik.equals(rubriker.getCell(k).getStringCellValue())) {
                return k;
            }
        }
        throw new AssertionError("Ingen kolumn " + rubrik);
    }

    static LocalDate datum(Cell c) {
        return c.getLocalDateTimeCellValue().toLocalDate();
    }
}
