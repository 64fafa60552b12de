package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** The list pages' exports (XLSX and CSV) with the page's filters, every page. */
@QuarkusTest
class ListexportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).redirects().follow(false);
    }

    private static List<String> csvrader(RequestSpecification fraga, String adress) {
        byte[] csv = fraga.get(adress).then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertEquals("\uFEFF", new String(csv, 0, 3, StandardCharsets.UTF_8), "BOM");
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    private static XSSFWorkbook xlsx(RequestSpecification fraga, String adress) throws Exception {
        byte[] fil = fraga.get(adress).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(fil));
    }

    @Test
    void remisslistanMedFiltrenOchMatrisen() throws Exception {
        long avsandare = Api.skapaAvsandare();
        long bolag1 = Api.skapaMottagare();
        long bolag2 = Api.skapaMottagare();
        String titel = "Export " + Api.unik();
        JsonPath skickad = Api.skickadRemiss(avsandare, titel, bolag1, bolag2);
        Api.som(avsandare);
        Api.registrera(Api.remiss(avsandare, "Annan " + titel, bolag1));
        String anvandare = Api.testanvandare(avsandare);

        List<String> alla = csvrader(som(anvandare), "/remisser/export?format=csv&avsandare=" + avsandare);
        assertEquals(3, alla.size(), alla.toString());
        assertTrue(alla.get(0).startsWith("Diarienummer;Titel;Avsändare;Status;Registrerad;"), alla.get(0));
        // The page's filters: only sent ones, and the search.
        List<String> skickade = csvrader(som(anvandare), "/remisser/export?format=csv&status=SKICKAD&avsandare=" + avsandare);
        assertEquals(2, skickade.size(), skickade.toString());
        assertTrue(skickade.get(1).contains(";" + titel + ";"), skickade.get(1));
        assertTrue(skickade.get(1).contains(";" + Api.KONTORSUTLATANDE + ";" + Api.NAMNDPROTOKOLL + ";2;0;0"),
                skickade.get(1));

        // The search finds both (the other's title contains this one's).
        try (XSSFWorkbook bok = xlsx(som(anvandare).queryParam("sok", titel).queryParam("avsandare", avsandare),
                "/remisser/export")) {
            XSSFSheet blad = bok.getSheet("Remisser");
            assertEquals(2, blad.getLastRowNum());
            assertTrue(DateUtil.isCellDateFormatted(blad.getRow(1).getCell(4)), "Registrerad är ett datum");
            assertTrue(blad.getCTWorksheet().isSetAutoFilter());
        }

        long remiss = skickad.getLong("id");
        try (XSSFWorkbook bok = xlsx(som(anvandare), "/remisser/" + remiss + "/mottagare/export")) {
            XSSFSheet blad = bok.getSheet("Mottagare");
            assertEquals(2, blad.getLastRowNum(), "två mottagare");
            assertEquals(Api.KONTORSUTLATANDE, blad.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Skickad", blad.getRow(1).getCell(2).getStringCellValue());
        }
        // A recipient exports only its own row of the matrix; another organisation not at all.
        List<String> egen = csvrader(som(Api.testanvandare(bolag1)), "/remisser/" + remiss + "/mottagare/export?format=csv");
        assertEquals(2, egen.size(), egen.toString());
        som(Api.testanvandare(Api.skapaMottagare())).get("/remisser/" + remiss + "/mottagare/export").then()
                .statusCode(404);
        som(anvandare).get("/remisser/export?format=odt").then().statusCode(400);
    }

    @Test
    void inkomnaOchMinaArenden() throws Exception {
        long avsandare = Api.skapaAvsandare();
        long bolag = Api.skapaMottagare();
        String titel = "Inkommen export " + Api.unik();
        JsonPath skickad = Api.skickadRemiss(avsandare, titel, bolag);
        long mottagare = skickad.getLong("mottagare[0].id");
        String mottagarensAnvandare = Api.testanvandare(bolag);

        List<String> inkomna = csvrader(som(mottagarensAnvandare), "/inkomna/export?format=csv");
        assertEquals(2, inkomna.size(), inkomna.toString());
        assertTrue(inkomna.get(0).startsWith("Remiss;Avsändare;Avsändarens dnr;Mottagare;Mottagarens dnr;Status;"));
        assertTrue(inkomna.get(1).startsWith(titel + ";"), inkomna.get(1));

        // Nobody is assigned yet: Mina ärenden is empty; after the assignment it holds the case.
        assertEquals(1, csvrader(som(mottagarensAnvandare), "/mina-arenden/export?format=csv").size());
        som(mottagarensAnvandare).contentType("application/json").accept("application/json")
                .body(Map.of("handlaggare", Api.anvandare(mottagarensAnvandare)))
                .post("/api/mottagare/" + mottagare + "/tilldela").then().statusCode(200);
        try (XSSFWorkbook bok = xlsx(som(mottagarensAnvandare), "/mina-arenden/export")) {
            XSSFSheet blad = bok.getSheetAt(0);
            assertEquals(1, blad.getLastRowNum());
            assertEquals(titel, blad.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Tilldelad", blad.getRow(1).getCell(5).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(blad.getRow(1).getCell(7)));
        }
        // The finished filter: the case disappears from the default list once declined, and comes back with avslutade.
        som(mottagarensAnvandare).contentType("application/json").accept("application/json")
                .body(Map.of("status", "AVSTAR")).post("/api/mottagare/" + mottagare + "/status").then().statusCode(200);
        assertEquals(1, csvrader(som(mottagarensAnvandare), "/inkomna/export?format=csv").size());
        assertEquals(2, csvrader(som(mottagarensAnvandare), "/inkomna/export?format=csv&avslutade=true").size());
    }
}
