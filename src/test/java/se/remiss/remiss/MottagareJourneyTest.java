package se.remiss.remiss;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * The recipient's journeys in a real browser: a district office finds the remiss it has received,
 * sees its own dnr, the handläggare and both deadlines, and the handläggare finds it under "Mina
 * ärenden". Everyone logs in as themselves and sees only their own organisation's cases.
 *
 * <p>The sample remiss is only read, never changed, and it is found by its own deadline
 * (2006-03-27), which no new remiss can have, so other tests' remisser to Vantör do not matter.
 * What changes state happens on a remiss this class registers and sends itself (through the API:
 * it is the set-up, not the journey).
 */
@QuarkusTest
class MottagareJourneyTest {

    /** sample-remisser/remisser/2006-socialt-program-prostitution/remiss.yaml */
    private static final String EXEMPELREMISS =
            "Revidering av Stockholms stads sociala program för att minska prostitution";

    /** Display name of {@code vantor-handlaggare} in sample-remisser/organisationer.yaml, and her office. */
    private static final String HANDLAGGARE = "Maria Nordström";

    private static final String VANTOR = "Vantörs stadsdelsnämnd";

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
    void vantorSerExempelremissenMedEgetDnrHandlaggareOchFrister() {
        webblasare.loggaIn("vantor-handlaggare");
        sida.navigate("/inkomna");
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inkomna remisser")))
                .isVisible();
        // Only her own unit can be chosen: the office and the committee it serves.
        Locator mottagare = sida.getByLabel("Mottagare", exakt());
        assertEquals(List.of("Vantörs stadsdelsförvaltning", VANTOR),
                mottagare.locator("option:not([value=''])").allInnerTexts());
        mottagare.selectOption(new SelectOption().setLabel(VANTOR));
        sida.waitForURL(url -> url.contains("organisation="));

        Locator rad = raden(EXEMPELREMISS, "2006-03-27");
        Map<String, String> inkommen = celler(rad);
        String vartDnr = inkommen.get("Vårt dnr");
        String avsandarensDnr = inkommen.get("Avsändarens dnr");
        // Vantörs stadsdelsförvaltning writes "{KOD}-{NR}-{ÅR2}", Stadsledningskontoret "{KOD}-{NR}/{ÅR}".
        assertTrue(vartDnr.matches("302-\\d+-06"), "Vantörs eget dnr: " + inkommen);
        assertTrue(avsandarensDnr.matches("316-\\d+/2006"), "SLK:s dnr: " + inkommen);
        assertEquals("Stadsledningskontoret", inkommen.get("Avsändare"));
        // Filtered to one committee, the recipient column would only repeat the filter.
        assertFalse(inkommen.containsKey("Mottagare"), inkommen::toString);
        assertEquals(HANDLAGGARE, inkommen.get("Handläggare"));
        assertEquals("2006-03-30", inkommen.get("Sista dag protokoll"));
        // remiss.idag is 2026-11-23 in tests: 7 546 days after the deadline, with a Swedish (no-break) thousands space.
        assertEquals("försenad 7\u00a0546 dagar", inkommen.get("Dagar kvar"));
        webblasare.skarmbild("1-inkomna");

        rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(EXEMPELREMISS).setExact(true)).click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+$"));
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(EXEMPELREMISS).setLevel(1)))
                .isVisible();
        assertEquals(VANTOR, uppgift("Mottagare"));
        assertEquals(vartDnr, uppgift("Vårt diarienummer"));
        assertEquals(avsandarensDnr, uppgift("Avsändarens diarienummer"));
        assertEquals(HANDLAGGARE, uppgift("Handläggare"));
        assertEquals("måndag 27 mars 2006", uppgift("Sista dag kontorsutlåtande"));
        assertEquals("torsdag 30 mars 2006", uppgift("Sista dag nämndprotokoll"));
        assertEquals("försenad 7\u00a0546 dagar", uppgift("Nästa frist"));
        assertThat(sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inkomna remisser för " + VANTOR)))
                .isVisible();
        webblasare.skarmbild("2-remissen");

        // "Mina ärenden" are the logged-in person's own.
        sida.navigate("/mina-arenden");
        assertThat(sida.getByLabel("Handläggare", exakt()))
                .hasValue(String.valueOf(Api.anvandare("vantor-handlaggare")));
        Map<String, String> mitt = celler(raden(EXEMPELREMISS, "2006-03-27"));
        assertEquals(vartDnr, mitt.get("Vårt dnr"));
        assertEquals(VANTOR, mitt.get("Mottagare"));
        // "Mina ärenden" are the person's own: no handläggare column.
        assertFalse(mitt.containsKey("Handläggare"), mitt::toString);
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    @Test
    void registratornKvitterarOchTilldelarEnNyRemiss() {
        String titel = "Webbtest mottagning " + UUID.randomUUID().toString().substring(0, 8);
        registreraOchSkickaTillVantor(titel);

        // Vantör's registrator receives it and assigns it.
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/inkomna");
        sida.getByLabel("Mottagare", exakt()).selectOption(new SelectOption().setLabel(VANTOR));
        sida.waitForURL(url -> url.contains("organisation="));
        Locator rad = raden(titel, "2027-01-15");
        assertEquals("Skickad", celler(rad).get("Status"));
        rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(titel).setExact(true)).click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+$"));
        assertEquals("Ej tilldelad", uppgift("Handläggare"));

        knapp("Kvittera mottagen").click();
        assertThat(sida.getByRole(AriaRole.STATUS)).hasText("Remissen är kvitterad som mottagen.");
        assertEquals("Mottagen", uppgift("Status"));

        sida.getByLabel("Tilldela handläggare", exakt())
                .selectOption(new SelectOption().setLabel(HANDLAGGARE + ", Handläggare"));
        knapp("Tilldela").click();
        assertThat(sida.getByRole(AriaRole.STATUS)).hasText("Handläggaren är tilldelad.");
        assertEquals("Tilldelad", uppgift("Status"));
        assertEquals(HANDLAGGARE, uppgift("Handläggare"));
        String vartDnr = uppgift("Vårt diarienummer");
        webblasare.skarmbild("1-tilldelad");

        // The handläggare, logged in herself, finds it among her cases.
        knapp("Logga ut").click();
        sida.waitForURL(url -> url.contains("/logga-in"));
        webblasare.loggaIn("vantor-handlaggare");
        sida.navigate("/mina-arenden");
        Map<String, String> mitt = celler(raden(titel, "2027-01-15"));
        assertEquals(vartDnr, mitt.get("Vårt dnr"));
        assertEquals("Tilldelad", mitt.get("Status"));
        assertEquals("53 dagar kvar", mitt.get("Dagar kvar"));
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    // ---- set-up through the API ----

    /**
     * Stadsledningskontoret's registrator registers and sends a remiss to Vantör (deadlines
     * 2027-01-15 and 2027-01-22); the answer of the send, and the calls go on as that registrator.
     */
    static JsonPath registreraOchSkickaTillVantor(String titel) {
        Api.som("slk-registrator");
        long slk = organisation("Stadsledningskontoret");
        long vantor = organisation(VANTOR);
        String plats = given().contentType(ContentType.JSON)
                .body(Map.of("titel", titel, "avsandare", slk, "sistaDagKontorsutlatande", "2027-01-15",
                        "sistaDagNamndprotokoll", "2027-01-22", "mottagare", List.of(vantor)))
                .post("/api/remisser")
                .then().statusCode(201).extract().header("Location");
        String remiss = plats.substring(plats.indexOf("/api/remisser/"));
        given().multiPart("fil", "remiss.txt", "Remisshandling.\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(remiss + "/dokument")
                .then().statusCode(201);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{}").post(remiss + "/skicka")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long organisation(String namn) {
        List<Map<String, Object>> alla = given().get("/api/organisationer").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return alla.stream().filter(o -> namn.equals(o.get("namn"))).findFirst()
                .map(o -> ((Number) o.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("ingen organisation " + namn));
    }

    // ---- helpers ----

    private static Page.GetByLabelOptions exakt() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private Locator knapp(String text) {
        return sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    /** The one table row that links to {@code titel} and shows {@code datum}. */
    private Locator raden(String titel, String datum) {
        Locator lank = sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titel).setExact(true));
        Locator rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(lank))
                .filter(new Locator.FilterOptions().setHasText(datum));
        assertThat(rad).hasCount(1);
        return rad;
    }

    /** The cells of a row keyed by its table's column headers. */
    private static Map<String, String> celler(Locator rad) {
        Locator tabell = rad.locator("xpath=ancestor::table[1]");
        List<String> kolumner = tabell.getByRole(AriaRole.COLUMNHEADER).allInnerTexts();
        List<String> varden = rad.getByRole(AriaRole.CELL).allInnerTexts();
        Map<String, String> karta = new LinkedHashMap<>();
        for (int i = 0; i < kolumner.size() && i < varden.size(); i++) {
            karta.put(kolumner.get(i).strip(), varden.get(i).strip());
        }
        return karta;
    }

    /** The value shown beside a heading in the page's "Uppgifter" box. */
    private String uppgift(String term) {
        return uppgift(sida, term);
    }

    /** The value shown beside a heading in a page's "Uppgifter" box. */
    static String uppgift(Page sida, String term) {
        Locator uppgifter = sida.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Uppgifter").setExact(true));
        return uppgifter.getByText(term, new Locator.GetByTextOptions().setExact(true))
                .locator("xpath=following-sibling::dd[1]").innerText().strip();
    }
}
