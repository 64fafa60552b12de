package se.remiss.sammanstallning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * Stadsledningskontoret's registrator follows a remiss through: opens the sammanställning of the
 * answers from the remiss page and downloads it as XLSX, then downloads the recipient matrix as
 * XLSX; both files are read back with POI. The answers are set up through the API ({@link Svarsdata}).
 */
@QuarkusTest
class SammanstallningJourneyTest {

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    Page sida;

    @BeforeEach
    void oppna() {
        sida = webblasare.oppna(bas);
    }

    @Test
    void registratornLaddarNedSammanstallningenOchMatrisenSomXlsx() throws Exception {
        Svarsdata.Remissvar svar = Svarsdata.besvaradRemiss();
        webblasare.loggaIn("slk-registrator");
        sida.navigate("/remisser/" + svar.remiss());
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sammanställning av svaren")).click();
        assertThat(sida.locator("h1")).hasText("Sammanställning av svaren");
        assertThat(sida.locator("#per-mottagare + .tabellram table")).containsText("Tillstyrker med synpunkter");
        assertThat(sida.getByLabel("Avsnitt 5.2 Förebyggande")).containsText("Förvaltningen delar bedömningen");
        webblasare.skarmbild("sammanstallning");

        Download sammanstallning = sida.waitForDownload(() -> sida.locator("#sammanstallning-xlsx").click());
        assertTrue(sammanstallning.suggestedFilename().startsWith("Remissammanställning-") && sammanstallning.suggestedFilename().endsWith(".xlsx"),
                sammanstallning.suggestedFilename());
        try (InputStream in = Files.newInputStream(sammanstallning.path()); XSSFWorkbook bok = new XSSFWorkbook(in)) {
            assertEquals(List.of("Per mottagare", "Per avsnitt", "Per åtagande"),
                    List.of(bok.getSheetName(0), bok.getSheetName(1), bok.getSheetName(2)));
            XSSFSheet mottagare = bok.getSheetAt(0);
            Cell inkom = SammanstallningApiTest.rad(mottagare, Svarsdata.VANTOR)
                    .getCell(SammanstallningApiTest.kolumn(mottagare, "Utlåtandet inkom"));
            assertTrue(DateUtil.isCellDateFormatted(inkom));
            assertEquals(Api.IDAG, SammanstallningApiTest.datum(inkom));
        }

        sida.navigate("/remisser/" + svar.remiss());
        webblasare.skarmbild("remiss-med-export");
        Download matris = sida.waitForDownload(() -> sida.locator("a[href$='/mottagare/export?format=xlsx']").click());
        try (InputStream in = Files.newInputStream(matris.path()); XSSFWorkbook bok = new XSSFWorkbook(in)) {
            XSSFSheet blad = bok.getSheetAt(0);
            assertEquals("Mottagare", blad.getSheetName());
            assertEquals(5, blad.getLastRowNum() + 1, "rubrikrad och fyra mottagare");
            Cell frist = SammanstallningApiTest.rad(blad, Svarsdata.FARSTA)
                    .getCell(SammanstallningApiTest.kolumn(blad, "Sista dag kontorsutlåtande"));
            assertTrue(DateUtil.isCellDateFormatted(frist));
            assertEquals(Api.KONTORSUTLATANDE, SammanstallningApiTest.datum(frist));
            assertTrue(blad.getCTWorksheet().isSetAutoFilter());
        }
        assertEquals(List.of(), webblasare.sidfel());
    }
}
