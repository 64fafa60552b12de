package se.remiss.sammantrade;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * The committee secretary's calendar in a real browser: she enters a meeting and imports the rest
 * of the year from a file; the recipient's registrator then sees on the received remiss which
 * meeting decides and when the statement must be approved, the handläggare sees the same under
 * "Mina ärenden", and a sender registering a remiss whose deadlines no meeting lies between is warned.
 * The nämnd is the test's own (set up through the API); the sample data's Vantör is only read.
 */
@QuarkusTest
class SammantradeJourneyTest {

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    Page sida;

    @BeforeEach
    void oppnaWebblasaren() {
        sida = webblasare.oppna(bas);
    }

    @AfterEach
    void anonym() {
        Api.anonym();
    }

    @Test
    void sekreterarenLaggerInKalendernOchMottagarenSerPlaneringen() {
        long forvaltning = Api.skapaOrganisation("forv", "FORVALTNING", "F{ÅR2}-{NR}", null, null).getLong("id");
        JsonPath namnd = Api.skapaOrganisation("namnd", "NAMND", null, null, forvaltning);
        String namndNamn = namnd.getString("namn");
        String sekreterare = Api.nyAnvandare(forvaltning, Roll.NAMNDSEKRETERARE);
        String registrator = Api.nyAnvandare(forvaltning, Roll.REGISTRATOR);
        String handlaggare = Api.nyAnvandare(forvaltning, Roll.HANDLAGGARE);
        long avsandare = Api.skapaAvsandare();
        // Deadlines Tuesday 15 and Thursday 17 December 2026 (Api.KONTORSUTLATANDE, Api.NAMNDPROTOKOLL).
        JsonPath remiss = Api.skickadRemiss(avsandare, "Planering " + Api.unik(), namnd.getLong("id"));
        long mottagare = remiss.getLong("mottagare[0].id");
        Api.som(registrator);
        Api.json().body(Map.of("handlaggare", Api.anvandare(handlaggare))).post("/api/mottagare/" + mottagare + "/tilldela")
                .then().statusCode(200);

        // The secretary enters the December meeting by hand …
        webblasare.loggaIn(sekreterare);
        sida.navigate("/sammantraden");
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sammanträden – " + namndNamn)))
                .isVisible();
        sida.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill("2026-12-16");
        sida.getByLabel("Tid", new Page.GetByLabelOptions().setExact(true)).fill("18:30");
        sida.getByLabel("Plats", new Page.GetByLabelOptions().setExact(true)).fill("Sammanträdesrummet");
        webblasare.skarmbild("1-nytt-sammantrade");
        sida.waitForNavigation(() -> knapp("Lägg till"));
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Sammanträdet är tillagt.");
        // … and imports next year's; a faulty file is refused with its row named, and nothing imported.
        sida.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(fil("fel.csv",
                "datum;tid;plats\n2027-01-21;18:30;Rummet\n2027-02-30;18:30;Rummet\n"));
        sida.waitForNavigation(() -> knapp("Importera"));
        assertThat(sida.getByRole(AriaRole.ALERT)).containsText("Rad 3: \"2027-02-30\" är inget datum");
        webblasare.skarmbild("2-importfel");
        sida.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(fil("2027.csv",
                "datum;tid;plats\n2027-01-21;18:30;Rummet\n2027-02-18;18:30;Rummet\n"));
        sida.waitForNavigation(() -> knapp("Importera"));
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Kalendern är importerad.");
        Locator rader = sida.locator("table tbody tr");
        assertThat(rader).hasCount(3);
        assertThat(rader.first()).containsText("16 december 2026");
        // Ten working days before Wednesday 16 December 2026.
        assertThat(rader.first()).containsText("2026-12-02");
        webblasare.skarmbild("3-kalendern");
        knapp("Logga ut");

        // The registrator sees on the received remiss which meeting decides and the dates that follow.
        webblasare.loggaIn(registrator);
        sida.navigate("/mottagare/" + mottagare);
        Locator planering = sida.getByLabel("Planering");
        assertThat(planering).containsText("onsdag 16 december 2026");
        assertThat(planering).containsText("onsdag 2 december 2026");
        assertThat(planering).containsText("måndag 30 november 2026");
        webblasare.skarmbild("4-planering");
        knapp("Logga ut");

        // The handläggare sees the meeting and the approval date in "Mina ärenden".
        webblasare.loggaIn(handlaggare);
        sida.navigate("/mina-arenden?anvandare=" + Api.anvandare(handlaggare));
        Locator rad = sida.locator("tr", new Page.LocatorOptions().setHasText(remiss.getString("titel")));
        assertThat(rad).containsText("2026-12-16");
        assertThat(rad).containsText("2026-11-30");
        webblasare.skarmbild("5-mina-arenden");
        knapp("Logga ut");

        // A sender registering a remiss with deadlines that no meeting lies between is warned.
        Api.som(avsandare);
        Map<String, Object> kropp = Api.remiss(avsandare, "Utan sammanträde " + Api.unik(), namnd.getLong("id"));
        kropp.put("sistaDagKontorsutlatande", "2027-01-25");
        kropp.put("sistaDagNamndprotokoll", "2027-01-28");
        long utkast = Api.registrera(kropp).getLong("id");
        webblasare.loggaIn(Api.testanvandare(avsandare));
        sida.navigate("/remisser/" + utkast);
        assertThat(sida.locator(".sammantradesvarning")).hasText(namndNamn
                + " har inget sammanträde mellan 25 januari och 28 januari.");
        webblasare.skarmbild("6-varning-till-avsandaren");
    }

    @Test
    void vantorsKalenderGerExempelremissensPlanering() {
        // Sample data: Vantör meets on Tuesday 28 March 2006, between the deadlines of 27 and 30 March.
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/sammantraden");
        assertThat(sida.locator("table tbody tr", new Page.LocatorOptions().setHasText("28 mars 2006")))
                .containsText("2006-03-14");
        Long id = given().get("/api/mottagare").then().extract().jsonPath().getLong(
                "rader.find { it.avsandarensDnr != null && it.mottagare.sistaDagKontorsutlatande == '2006-03-27' "
                        + "&& it.mottagare.organisation.namn == 'Vantörs stadsdelsnämnd' }.id");
        assertTrue(id != null, "exempelremissen hos Vantör");
        sida.navigate("/mottagare/" + id);
        Locator planering = sida.getByLabel("Planering");
        assertThat(planering).containsText("tisdag 28 mars 2006");
        assertThat(planering).containsText("tisdag 14 mars 2006");
        assertThat(planering).containsText("fredag 10 mars 2006");
        webblasare.skarmbild("vantor-planering");
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().auth().preemptive().basic("vantor-registrator", Api.LOSENORD)
                .accept(ContentType.JSON).queryParam("storlek", 200).queryParam("avslutade", true);
    }

    private void knapp(String namn) {
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(namn).setExact(true)).click();
    }

    private static FilePayload fil(String namn, String text) {
        return new FilePayload(namn, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
