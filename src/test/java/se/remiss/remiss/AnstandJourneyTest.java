package se.remiss.remiss;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * Anstånd in a real browser: Vantör's registrator asks for a later date, Stadsledningskontoret's
 * registrator sees the request in the matrix and grants another date than asked for, and Vantör
 * sees the new deadline with its history. The remiss is this test's own (sent through the API).
 */
@QuarkusTest
class AnstandJourneyTest {

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
    void stadsledningskontoretBeviljarVantorAnstand() {
        String titel = "Anstånd i webbläsaren " + UUID.randomUUID().toString().substring(0, 8);
        // Set-up, not the journey: Stadsledningskontoret sends a remiss to Vantör through the API.
        JsonPath remiss = MottagareJourneyTest.registreraOchSkickaTillVantor(titel);
        Api.anonym();
        long remissId = remiss.getLong("id");
        long mottagare = remiss.getLong("mottagare[0].id");

        // Vantör asks for a week more for the statement and the minutes.
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/mottagare/" + mottagare);
        sida.getByText("Begär anstånd", new Page.GetByTextOptions().setExact(true)).click();
        sida.getByLabel("Ny sista dag kontorsutlåtande").fill("2027-01-22");
        sida.getByLabel("Ny sista dag nämndprotokoll").fill("2027-01-29");
        sida.getByLabel("Motivering", new Page.GetByLabelOptions().setExact(true))
                .fill("Nämnden sammanträder först den 28 januari.");
        knapp("Skicka begäran").click();
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Begäran om anstånd är skickad");
        assertEquals("fredag 15 januari 2027", uppgift("Sista dag kontorsutlåtande"));
        webblasare.skarmbild("1-begart");
        knapp("Logga ut").click();
        sida.waitForURL(url -> url.contains("/logga-in"));

        // Stadsledningskontoret sees the request in its matrix and grants another statement date.
        webblasare.loggaIn("slk-registrator");
        sida.navigate("/remisser/" + remissId);
        Locator rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(VANTOR));
        assertThat(rad).containsText("anstånd begärt");
        rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("anstånd begärt")).click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+#anstand$"));
        assertThat(sida.getByText("Nämnden sammanträder först den 28 januari.")).isVisible();
        assertThat(sida.getByLabel("Ny sista dag kontorsutlåtande")).hasValue("2027-01-22");
        sida.getByLabel("Ny sista dag kontorsutlåtande").fill("2027-01-20");
        sida.getByLabel("Kommentar").fill("Beviljas, men utlåtandet behövs den 20 januari.");
        webblasare.skarmbild("2-beslut");
        knapp("Bevilja anstånd").click();
        assertThat(sida.getByRole(AriaRole.STATUS)).hasText("Anståndet är beviljat och mottagarens frister är ändrade.");
        sida.navigate("/remisser/" + remissId);
        rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(VANTOR));
        assertThat(rad).containsText("anstånd till 20 januari");
        assertThat(rad).containsText("anstånd till 29 januari");
        webblasare.skarmbild("3-matrisen");
        knapp("Logga ut").click();
        sida.waitForURL(url -> url.contains("/logga-in"));

        // Vantör sees the new deadlines, the original ones and who changed them why.
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/mottagare/" + mottagare);
        assertTrue(uppgift("Sista dag kontorsutlåtande").startsWith("onsdag 20 januari 2027"),
                uppgift("Sista dag kontorsutlåtande"));
        assertTrue(uppgift("Sista dag kontorsutlåtande").contains("ursprungligen 2027-01-15"));
        assertTrue(uppgift("Sista dag nämndprotokoll").startsWith("fredag 29 januari 2027"));
        Locator historik = sida.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fristernas historik"));
        assertThat(historik).containsText("Beviljas, men utlåtandet behövs den 20 januari.");
        assertThat(historik.getByRole(AriaRole.ROW)).hasCount(3);
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild("4-mottagaren");
    }

    private Locator knapp(String text) {
        return sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private String uppgift(String term) {
        return MottagareJourneyTest.uppgift(sida, term);
    }
}
