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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * Issue 14 (items 6–8) and issue 12's stages in a real browser: the handläggare finds her case
 * saying who acts next and what comes under each heading, her ärende naming her, a draft whose
 * subject does not say "remiss" twice, citations that read as Swedish prose in the preview and in
 * "Så läses hänvisningarna"; and the sender's matrix following the statement through under
 * beredning → för godkännande → godkänd → inskickad (a screenshot per stage).
 */
@QuarkusTest
class UtlatandeskedeJourneyTest {

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
    void arendetFoljerArbetetOchCitatenLasesSomProsa() {
        String amne = "förslag till hemlöshetsstrategi " + Api.unik();
        String titel = "Remiss av " + amne;
        long mottagare = Utkast.nyRemissTillVantor(Api.remiss(Api.id("slk"), titel, Api.id("vantor-sdn")),
                "socialt-program-reviderat.txt", Utkast.fil("socialt-program-reviderat.txt"));
        long remiss = Utkast.remissFor(mottagare);

        // The sender's matrix before anyone started: the statement is "inte påbörjat".
        webblasare.loggaIn(Utkast.AVSANDARE);
        sida.navigate("/remisser/" + remiss);
        Locator rad = sida.locator("table.matris tbody tr", new Page.LocatorOptions().setHasText("Vantörs stadsdelsnämnd"));
        assertThat(rad).containsText("Inte påbörjat");
        webblasare.skarmbild("1-matris-inte-paborjat");
        loggaUt();

        // The recipient's case: who acts next, an empty-state sentence under Tjänsteutlåtande, and the ärende names her.
        webblasare.loggaIn(Utkast.HANDLAGGARE);
        sida.navigate("/mottagare/" + mottagare);
        assertThat(sida.locator(".nasta-steg")).hasText("Maria Nordström skriver tjänsteutlåtandet.");
        assertThat(sida.locator("p.tomt")).containsText("Inget tjänsteutlåtande är påbörjat");
        assertThat(sida.locator("p.tomt")).containsText("Maria Nordström skriver det med knappen nedan");
        webblasare.skarmbild("2-mottagare-tomt");
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv tjänsteutlåtande")).click();
        sida.getByLabel("Mall").selectOption(new SelectOption().setLabel("Remissvar"));
        sida.getByLabel("Ställningstagande").selectOption(new SelectOption().setLabel("Avstår"));
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa utkast")).click();
        sida.waitForURL(url -> url.contains("/utlatanden/"));
        String uid = sida.url().replaceAll(".*/utlatanden/([^?]+).*", "$1");

        // Defaults that need no editing: the subject without "remiss av", the head with phone and e-mail.
        assertEquals(amne, sida.getByLabel("Ämne").inputValue());
        FrameLocator dokument = sida.frameLocator("#forhandsvisning iframe");
        assertThat(dokument.locator("#avsnitt-forslag")).containsText("som sitt svar på remissen om " + amne + ".");
        assertThat(dokument.locator("table.sidhuvud")).containsText("Handläggare: Maria Nordström");
        assertThat(dokument.locator("table.sidhuvud")).containsText("Telefon: 08-508 15 135");
        assertThat(dokument.locator("table.sidhuvud")).containsText("E-post: maria.nordstrom@stockholm.se.example");
        assertThat(dokument.locator("table.sidhuvud")).not().containsText("Nordström, Handläggare");

        // Citations worded to fit the sentence, shown in the preview and in "Så läses hänvisningarna".
        Locator synpunkter = sida.getByLabel("Stadsdelsförvaltningens synpunkter");
        synpunkter.fill("Förvaltningen delar synen i avsnitt [[5.4]] men saknar en kostnadsanalys för [[5.4#3]].\n\n"
                + "Programmet kräver följande.\n\n[[5.2#4]]");
        assertThat(dokument.locator("#avsnitt-synpunkter")).containsText(
                "Förvaltningen delar synen i avsnitt 5.4 (Vård och behandling) men saknar en kostnadsanalys för "
                        + "åtagande 3 i avsnitt 5.4 (Vård och behandling).");
        assertThat(dokument.locator("#avsnitt-synpunkter")).not().containsText("avsnitt avsnitt");
        assertThat(dokument.locator("#avsnitt-synpunkter blockquote.citat")).containsText("”Stadsdelsnämnderna ska tillhandahålla");
        assertThat(dokument.locator("#avsnitt-synpunkter blockquote.citat .kalla"))
                .hasText("– Avsnitt 5.2 (Förebyggande), åtagande 4");
        Locator lasningar = sida.locator(".lasningar");
        assertThat(lasningar).containsText("[[5.4]] i Stadsdelsförvaltningens synpunkter");
        assertThat(lasningar).containsText("”Stadsdelsnämnderna ska tillhandahålla rådgivande ungdomsmottagningar.” – Avsnitt 5.2 (Förebyggande), åtagande 4");
        webblasare.skarmbild("3-citat-som-prosa");

        sida.getByLabel("Sammanfattning").fill("Förvaltningen avstår från att ta ställning till programmet.");
        sida.getByLabel("Ärendets beredning").fill("Ärendet har beretts inom individ- och familjeomsorgen.");
        sida.getByLabel("Första undertecknare").selectOption(new SelectOption().setLabel("Monika Viklander, Stadsdelsdirektör"));
        sida.getByLabel("Andra undertecknare").selectOption(new SelectOption().setLabel("Åsa Berntsson, Avdelningschef"));
        knapp("Spara ny version");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("Utkastet är sparat som en ny version.");

        // The case is under beredning now, and the sender sees the stage.
        sida.navigate("/mottagare/" + mottagare);
        assertThat(sida.locator(".faktarad").first()).containsText("Under beredning");
        assertThat(sida.locator(".skeden [aria-current=step]")).hasText("Under beredning");
        webblasare.skarmbild("4-mottagare-under-beredning");
        String arende = sida.locator("a[href^='/utlatanden/']").first().getAttribute("href");
        assertTrue(arende.endsWith(uid), arende);

        sida.navigate("/utlatanden/" + uid);
        knapp("Markera klar för godkännande");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("klart för godkännande");
        sida.navigate("/mottagare/" + mottagare);
        assertThat(sida.locator(".nasta-steg")).hasText("Tjänsteutlåtandet är klart och väntar på undertecknarnas godkännande.");
        assertThat(sida.locator(".faktarad .status")).hasText("Under beredning");
        assertThat(sida.locator(".skeden [aria-current=step]")).hasText("För godkännande");
        webblasare.skarmbild("5-mottagare-for-godkannande");
        // The recipient's ärende names the handläggare.
        long arendeId = Utkast.hamta(uid).getLong("arende");
        sida.navigate("/arenden/" + arendeId);
        assertThat(sida.locator(".faktarad div", new Page.LocatorOptions().setHasText("Handläggare")))
                .containsText("Maria Nordström");
        webblasare.skarmbild("6-arende-handlaggare");
        loggaUt();

        matris(remiss, "För godkännande", "7-matris-for-godkannande");
        for (String undertecknare : new String[] {"vantor-avdelningschef", "vantor-direktor"}) {
            Utkast.som(undertecknare, () -> Utkast.json().body(Map.of("version", 2))
                    .post("/api/utlatanden/" + uid + "/godkann")).then().statusCode(200);
        }
        matris(remiss, "Godkänd", "8-matris-godkand");
        Utkast.som("vantor-registrator", () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka"))
                .then().statusCode(200);
        matris(remiss, "Inskickad", "9-matris-inskickad");
        assertTrue(webblasare.sidfel().isEmpty(), () -> "Fel på sidan: " + webblasare.sidfel());
    }

    /** The sender's matrix shows {@code skede} as the current stage of Vantör's statement. */
    private void matris(long remiss, String skede, String skarmbild) {
        webblasare.loggaIn(Utkast.AVSANDARE);
        sida.navigate("/remisser/" + remiss);
        Locator rad = sida.locator("table.matris tbody tr", new Page.LocatorOptions().setHasText("Vantörs stadsdelsnämnd"));
        assertThat(rad.locator(".skeden [aria-current=step]")).hasText(skede);
        assertThat(rad.locator(".skeden li")).hasCount(4);
        webblasare.skarmbild(skarmbild);
        loggaUt();
    }

    private void knapp(String namn) {
        sida.waitForNavigation(() -> sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(namn)).click());
    }

    private void loggaUt() {
        knapp("Logga ut");
    }
}
