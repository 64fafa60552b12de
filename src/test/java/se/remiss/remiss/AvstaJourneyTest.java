package se.remiss.remiss;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * Declining to answer cannot be undone, so Vantör's registrator is asked first – on a page of its
 * own that works without script and with the keyboard alone; "Avbryt" changes nothing.
 */
@QuarkusTest
class AvstaJourneyTest {

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
    void registratornAvstarEfterAttHaBekraftat() {
        String titel = "Remiss om cykelbanor " + Api.unik();
        Api.skickadRemiss(Api.id("slk"), titel, Api.id("vantor-sdn"));
        webblasare.loggaIn("vantor-registrator");
        sida.navigate("/inkomna");
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titel).setExact(true)).click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+$"));
        String mottagarsida = sida.url();

        // The reason is asked for on the case page and carried to the page that asks before declining.
        Locator avsta = sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avstå från att svara …"));
        sida.getByLabel("Orsak").fill("Remissen berör inte nämndens ansvar.");
        avsta.click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+/status\\?status=AVSTAR&orsak=.*"));
        assertThat(sida.getByLabel("Orsak")).hasValue("Remissen berör inte nämndens ansvar.");
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Avstå från att svara på remissen?").setLevel(1))).isVisible();
        assertThat(sida.locator(".bekraftelse")).containsText("Det kan inte ångras");
        webblasare.skarmbild("1-fragan");

        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avbryt").setExact(true)).click();
        sida.waitForURL(mottagarsida);
        assertThat(status()).hasText("Skickad");

        // Again, with the keyboard only: the link and then the confirming button, each with Enter.
        sida.getByLabel("Orsak").fill("Remissen berör inte nämndens ansvar.");
        avsta.focus();
        sida.keyboard().press("Enter");
        sida.waitForURL(Pattern.compile(".*/status\\?status=AVSTAR&orsak=.*"));
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avstå från att svara")).focus();
        sida.keyboard().press("Enter");
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+\\?klart=avstar$"));
        assertThat(status()).hasText("Avstår");
        assertThat(sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avstå från att svara …")))
                .hasCount(0);
        webblasare.skarmbild("2-avstar");
        assertEquals(List.of(), webblasare.sidfel());
    }

    private Locator status() {
        return sida.locator("dt:text-is('Status') + dd");
    }
}
