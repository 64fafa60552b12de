package se.remiss.utlatande;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * The handläggare's day in a real browser: from "Mina ärenden" to a draft marked ready, citing
 * section 5.3 from the picker and seeing it in the live preview. The remiss is the test's own (set
 * up through the API), sent to Vantör with the sample programme and the nearest deadline of all
 * open cases, so it is on the first page of her list whatever other tests have added.
 */
@QuarkusTest
class UtlatandeJourneyTest {

    private static final String HANDLAGGARE = "Maria Nordström (Vantörs stadsdelsförvaltning)";

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
    void franMinaArendenTillUtkastKlartForGodkannande() {
        String titel = "Resa utlåtande " + Api.unik();
        Map<String, Object> remiss = Api.remiss(Api.skapaAvsandare(), titel, Api.id("vantor-sdn"));
        remiss.put("sistaDagKontorsutlatande", Api.IDAG.plusDays(1).toString());
        remiss.put("sistaDagNamndprotokoll", Api.IDAG.plusDays(3).toString());
        Utkast.nyRemissTillVantor(remiss, "socialt-program-reviderat.txt", Utkast.fil("socialt-program-reviderat.txt"));
        webblasare.loggaIn(Utkast.HANDLAGGARE);

        // Mina ärenden → the case.
        sida.navigate("/mina-arenden");
        sida.getByLabel("Handläggare", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(HANDLAGGARE));
        sida.waitForURL(url -> url.contains("anvandare="));
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titel)).click();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(titel))).isVisible();

        // Create the draft from the remissvar template, stance "avstår".
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv tjänsteutlåtande")).click();
        sida.getByLabel("Mall").selectOption(new SelectOption().setLabel("Remissvar"));
        sida.getByLabel("Ställningstagande").selectOption(new SelectOption().setLabel("Avstår"));
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa utkast")).click();
        sida.waitForURL(url -> url.contains("/utlatanden/"));
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("Utkastet är skapat");
        webblasare.skarmbild("1-utkast");

        FrameLocator dokument = sida.frameLocator("#forhandsvisning iframe");
        assertThat(dokument.locator("#avsnitt-forslag")).containsText(
                "Vantörs stadsdelsnämnd beslutar att åberopa förvaltningens tjänsteutlåtande daterat 2026-11-23");
        assertThat(dokument.locator("#avsnitt-bakgrund")).containsText(
                "Remisstiden för kontorsutlåtandet är senast den 24 november och för nämndprotokollet den 26 november år 2026.");

        // Write the synpunkter and cite 5.3 from the picker; the live preview shows the citation.
        Locator synpunkter = sida.getByLabel("Stadsdelsförvaltningens synpunkter");
        synpunkter.fill("Programmet tar upp uppsökande arbete i");
        synpunkter.press("End");
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Citera 5.3 Uppsökande arbete")).click();
        assertEquals("Programmet tar upp uppsökande arbete i [[5.3]]", synpunkter.inputValue());
        assertThat(dokument.locator("#avsnitt-synpunkter"))
                .containsText("Programmet tar upp uppsökande arbete i avsnitt 5.3 (Uppsökande arbete)");
        // Beside the editor: the commitments addressed to Vantör (to all committees, to the district
        // committees), not those addressed to Socialtjänstnämnden alone.
        assertThat(sida.locator(".citatvaljare .vara")).containsText("[[5.1#1]]");
        assertThat(sida.locator(".citatvaljare .vara")).containsText("[[5.2#4]] Stadsdelsnämnderna ska tillhandahålla");
        assertThat(sida.locator(".citatvaljare .vara")).not().containsText("[[5.3#1]]");
        webblasare.skarmbild("2-citat");

        // Fill in the rest and save a version.
        sida.getByLabel("Sammanfattning").fill("Förvaltningen avstår från att ta ställning till programmet.");
        sida.getByLabel("Ärendets beredning").fill("Ärendet har beretts inom individ- och familjeomsorgen.");
        sida.getByLabel("Första undertecknare").selectOption(new SelectOption().setLabel("Monika Viklander, Stadsdelsdirektör"));
        sida.getByLabel("Andra undertecknare").selectOption(new SelectOption().setLabel("Åsa Berntsson, Avdelningschef"));
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ny version")).click();
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("Utkastet är sparat som en ny version.");
        assertThat(sida.locator(".klarmarkering")).containsText("Allt som krävs finns i den sparade versionen.");
        assertThat(dokument.locator("#avsnitt-synpunkter")).containsText("avsnitt 5.3 (Uppsökande arbete)");

        // Mark it ready.
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markera klar för godkännande")).click();
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("markerat klart för godkännande");
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Klar för godkännande");
        webblasare.skarmbild("3-klar");

        String uid = sida.url().replaceAll(".*/utlatanden/([^?]+).*", "$1");
        assertEquals("KLAR_FOR_GODKANNANDE", Utkast.hamta(uid).getString("status"));
        assertEquals(List.of("[[5.3]]"), Utkast.hamta(uid).getList("citat.kod"));
        assertTrue(webblasare.sidfel().isEmpty(), () -> "Fel på sidan: " + webblasare.sidfel());
    }
}
