package se.remiss.utlatande;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Verifieringsrapport;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * From "klar för godkännande" to the sender's desk in a real browser: the handläggare marks the
 * draft ready, the avdelningschef and then the direktör approve it from "Att godkänna", Vantör's
 * registrator sends it, and Stadsledningskontoret's registrator opens the signed PDF from the
 * recipient matrix. The remiss and the filled-in draft are the test's own, set up through the API.
 */
@QuarkusTest
class GodkannandeJourneyTest {

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    @Inject
    Dokumentpipeline pipeline;

    Page sida;

    @BeforeEach
    void oppna() {
        sida = webblasare.oppna(bas);
    }

    @Test
    void klarGodkantAvBadaSkickatOchOppnatAvAvsandaren() {
        String titel = "Resa godkännande " + Api.unik();
        long mottagare = Utkast.nyRemissTillVantor(Api.remiss(Api.id("slk"), titel, Api.id("vantor-sdn")),
                "socialt-program-reviderat.txt", Utkast.fil("socialt-program-reviderat.txt"));
        long remiss = Utkast.remissFor(mottagare);
        String uid = Utkast.ifylltVantorsUtkast(mottagare);
        String adress = "/utlatanden/" + uid;

        webblasare.loggaIn(Utkast.HANDLAGGARE);
        sida.navigate(adress);
        knapp("Markera klar för godkännande");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("klart för godkännande");
        loggaUt();

        for (String undertecknare : List.of("vantor-avdelningschef", "vantor-direktor")) {
            webblasare.loggaIn(undertecknare);
            sida.navigate("/");
            sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Att godkänna").setExact(true)).click();
            sida.locator("a[href='" + adress + "']").click();
            knapp("Godkänn och underteckna");
            assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("godkänt och undertecknat");
            webblasare.skarmbild("godkant-" + undertecknare);
            loggaUt();
        }

        webblasare.loggaIn("vantor-registrator");
        sida.navigate(adress);
        assertThat(sida.locator("h1 .status")).hasText("Godkänd");
        knapp("Skicka till avsändaren");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("skickat till remissens avsändare");
        loggaUt();

        webblasare.loggaIn(Utkast.AVSANDARE);
        sida.navigate("/remisser/" + remiss);
        assertThat(sida.locator("table.matris")).containsText("Utlåtande inskickat");
        String lank = sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Undertecknat utlåtande"))
                .getAttribute("href");
        webblasare.skarmbild("matris");
        APIResponse pdf = sida.request().get(lank);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        Verifieringsrapport rapport = pipeline.verifiera(pdf.body());
        assertEquals(2, rapport.signaturer().size(), rapport.toString());
        assertTrue(rapport.giltig(), rapport.toString());
    }

    private void knapp(String namn) {
        sida.waitForNavigation(() -> sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(namn)).click());
    }

    private void loggaUt() {
        knapp("Logga ut");
    }
}
