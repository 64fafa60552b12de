package se.remiss.remiss;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * Issue 14, items 1, 2, 3 and 9 in a real browser: Stadsledningskontoret's registrator attaches the
 * programme once and it becomes the programme, documents are shown by their titles, Vantör sees the
 * sender's description and the titles in its own diarium, and the sender follows a recipient row
 * of its matrix to a page of its own whose every link works for it.
 */
@QuarkusTest
class RemissdokumentJourneyTest {

    private static final String VANTOR = "Vantörs stadsdelsnämnd";
    private static final String BESKRIVNING = "Nämnderna ombeds särskilt yttra sig över avsnitt 5.";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    Page sida;

    @BeforeEach
    void oppnaWebblasaren() {
        sida = webblasare.oppna(bas);
    }

    @Test
    void programmetBifogasEnGangOchMottagarenSerBeskrivningOchTitlar() throws IOException {
        String titel = "Webbtest program " + UUID.randomUUID().toString().substring(0, 8);
        Path katalog = Files.createTempDirectory("remissdokument");
        // A storage name as the seeds have them: the readable part and a hash suffix.
        Path program = katalog.resolve("socialt-program-reviderat_6ccf7e47d8c4a9f6.txt");
        Files.copy(Path.of("sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"),
                program);
        Path karta = katalog.resolve("karta.png");
        Files.write(karta, Api.slumpbytes(800));

        webblasare.loggaIn("slk-registrator");
        sida.navigate("/remisser/ny");
        sida.getByLabel("Titel", exakt()).fill(titel);
        sida.getByLabel("Avsändare", exakt()).selectOption(new SelectOption().setLabel("Stadsledningskontoret"));
        sida.getByLabel("Beskrivning", exakt()).fill(BESKRIVNING);
        sida.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(VANTOR).setExact(true)).check();
        sida.getByLabel("Kontorsutlåtande", exakt()).fill("2027-01-15");
        sida.getByLabel("Nämndprotokoll", exakt()).fill("2027-01-22");
        sida.getByLabel(Pattern.compile("^Remisshandling")).setInputFiles(program);
        // The first document is the programme unless the registrator says otherwise.
        assertThat(sida.getByLabel("Dokumentet är programmet")).isChecked();
        assertThat(sida.getByLabel(Pattern.compile("^Dokumentets titel"))).hasValue("");
        webblasare.skarmbild("1-ny-remiss");

        knapp("Registrera remiss").click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+\\?klart=registrerad&program=importerat$"));
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Dokumentet är också importerat som remissens program");
        // Shown by its title – the file's name without extension and storage suffix – not "…_6ccf7e47d8c4a9f6.txt".
        assertThat(lank("Socialt program reviderat")).isVisible();
        assertThat(sida.getByText("6ccf7e47d8c4a9f6")).hasCount(0);
        webblasare.skarmbild("2-registrerad-med-program");

        // The programme is there without a second upload.
        lank("Programmet: avsnitt, mål och åtaganden").click();
        sida.waitForURL(Pattern.compile(".*/program/\\d+.*"));
        assertThat(sida.locator("main")).containsText("Genomförande av programmet");
        webblasare.skarmbild("3-programmet");
        sida.goBack();

        // A second document that is no programme: it is registered, and the page says why it is not the programme.
        assertThat(sida.getByLabel("Dokumentet är programmet")).not().isChecked();
        sida.getByLabel("Ladda upp dokument", exakt()).setInputFiles(karta);
        sida.getByLabel(Pattern.compile("^Titel")).fill("Karta över stadsdelarna");
        sida.getByLabel("Dokumentet är programmet").check();
        knapp("Registrera dokument").click();
        sida.waitForURL(Pattern.compile(".*\\?klart=dokument&program=fel$"));
        assertThat(sida.getByRole(AriaRole.ALERT)).containsText("det gick inte att läsa det som ett program");
        assertThat(lank("Karta över stadsdelarna")).isVisible();
        webblasare.skarmbild("4-ej-program");

        // Sending cannot be undone: the button leads to a page that asks first.
        knapp("Skicka till 1 mottagare …").click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+/skicka\\??$"));
        knapp("Ja, skicka till 1 mottagare").click();
        sida.waitForURL(Pattern.compile(".*\\?klart=skickad$"));
        knapp("Logga ut").click();
        sida.waitForURL(url -> url.contains("/logga-in"));

        // Vantör: the description, the titles, and the programme's commitments addressed to it.
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/inkomna");
        sida.getByLabel("Mottagare", exakt()).selectOption(new SelectOption().setLabel(VANTOR));
        sida.waitForURL(url -> url.contains("organisation="));
        lank(titel).click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+$"));
        Locator uppgifter = sida.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Uppgifter").setExact(true));
        assertThat(uppgifter.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Avsändarens beskrivning")))
                .isVisible();
        assertThat(uppgifter).containsText(BESKRIVNING);
        assertThat(lank("Socialt program reviderat")).isVisible();
        assertThat(lank("Karta över stadsdelarna")).isVisible();
        webblasare.skarmbild("5-mottagaren");

        // In Vantör's own diarium too the documents go by their titles.
        sida.navigate("/diarium?sok=" + java.net.URLEncoder.encode(titel, StandardCharsets.UTF_8));
        sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(titel))
                .getByRole(AriaRole.LINK).first().click();
        sida.waitForURL(Pattern.compile(".*/arenden/\\d+$"));
        assertThat(lank("Socialt program reviderat")).isVisible();
        assertThat(sida.locator("main")).not().containsText("socialt-program-reviderat_6ccf7e47d8c4a9f6");
        webblasare.skarmbild("6-vantors-diarium");

        sida.goBack();
        sida.goBack();
        lank("Programmets åtaganden riktade till " + VANTOR).click();
        sida.waitForURL(Pattern.compile(".*/program/\\d+\\?.*riktade=true.*"));
        assertThat(sida.locator("main")).containsText("stadsdelsnämnderna");
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    @Test
    void avsandarenFoljerEnMottagareFranMatrisenOchVarjeLankFungerar() {
        String titel = "Webbtest mottagarvy " + UUID.randomUUID().toString().substring(0, 8);
        long id = skickaTillVantor(titel);
        long m = mottagaren(id);
        Api.som("vantor-registrator");
        given().accept(ContentType.JSON).post("/api/mottagare/" + m + "/mottag").then().statusCode(200);
        Api.anonym();

        webblasare.loggaIn("slk-registrator");
        sida.navigate("/remisser/" + id);
        Locator rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(lank(VANTOR)));
        String mottagarensDnr = rad.getByRole(AriaRole.CELL).nth(1).innerText().strip();
        webblasare.skarmbild("1-matrisen");
        rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(VANTOR).setExact(true)).click();
        sida.waitForURL(Pattern.compile(".*/remisser/" + id + "/mottagare/" + m + "$"));

        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(VANTOR).setLevel(1))).isVisible();
        assertEquals(mottagarensDnr, uppgift("Mottagarens diarienummer"));
        assertEquals("Mottagen", uppgift("Status"));
        assertEquals("fredag 15 januari 2027", uppgift("Sista dag kontorsutlåtande"));
        assertThat(sida.locator("main")).not().containsText("Vårt diarienummer");
        assertThat(sida.locator("main")).not().containsText("Inkomna remisser för");
        Locator forlopp = sida.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions().setHasText("Kvitterad som mottagen"));
        assertThat(forlopp).containsText("Remissen skickad och registrerad i mottagarens diarium (" + mottagarensDnr + ")");
        assertThat(sida.locator("main")).containsText("Inget svar har kommit in ännu.");
        // What was sent, by its title.
        assertThat(lank("Missiv")).isVisible();
        webblasare.skarmbild("2-mottagaren-for-avsandaren");

        // Every link on the page answers the sender (no 404 for a list that is the recipient's).
        List<String> fel = new ArrayList<>();
        Set<String> adresser = new LinkedHashSet<>(hrefs());
        for (String adress : adresser) {
            APIResponse svar = sida.request().get(adress);
            if (svar.status() >= 400) {
                fel.add(adress + " → " + svar.status());
            }
        }
        assertTrue(fel.isEmpty(), "länkar som inte fungerar för avsändaren: " + fel);
        assertTrue(adresser.contains("/remisser/" + id), adresser::toString);

        // The breadcrumb leads back to the remiss.
        sida.locator("main p.dampad a[href='/remisser/" + id + "']").click();
        sida.waitForURL(Pattern.compile(".*/remisser/" + id + "$"));
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(titel).setLevel(1))).isVisible();

        // The old address of the recipient's page shows the sender the same view, not Vantör's.
        sida.navigate("/mottagare/" + m);
        assertEquals(mottagarensDnr, uppgift("Mottagarens diarienummer"));
        assertFalse(sida.content().contains("Vårt diarienummer"));
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    // ---- set-up through the API ----

    private static long skickaTillVantor(String titel) {
        Api.som("slk-registrator");
        long slk = Api.id("slk");
        long vantor = Api.id("vantor-sdn");
        String plats = given().contentType(ContentType.JSON)
                .body(Map.of("titel", titel, "avsandare", slk, "beskrivning", BESKRIVNING,
                        "sistaDagKontorsutlatande", "2027-01-15", "sistaDagNamndprotokoll", "2027-01-22",
                        "mottagare", List.of(vantor)))
                .post("/api/remisser").then().statusCode(201).extract().header("Location");
        long id = Long.parseLong(plats.substring(plats.lastIndexOf('/') + 1));
        Api.laddaUpp(id, "missiv_0342dd2b19cb2757.txt", "text/plain", "Remisshandling.\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{}").post("/api/remisser/" + id + "/skicka").then().statusCode(200);
        Api.anonym();
        return id;
    }

    private static long mottagaren(long remiss) {
        Api.som("slk-registrator");
        JsonPath r = Api.hamtaRemiss(remiss);
        Api.anonym();
        return r.getLong("mottagare[0].id");
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private List<String> hrefs() {
        return (List<String>) sida.locator("main a[href^='/']").evaluateAll("lankar => lankar.map(a => a.getAttribute('href'))");
    }

    private static Page.GetByLabelOptions exakt() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private Locator knapp(String text) {
        return sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private Locator lank(String text) {
        return sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    /** The value shown beside a heading in the page's "Uppgifter" box. */
    private String uppgift(String term) {
        Locator uppgifter = sida.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Uppgifter").setExact(true));
        return uppgifter.getByText(term, new Locator.GetByTextOptions().setExact(true))
                .locator("xpath=following-sibling::dd[1]").innerText().strip();
    }
}
