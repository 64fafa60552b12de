package se.remiss.sakerhet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Webblasare;

/**
 * Vantör's handläggare logs in, sees Vantör's case and nobody else's, logs out – and the back
 * button shows no case data, because case pages are never cached and the session is gone.
 */
@QuarkusTest
class InloggningJourneyTest {

    private static final String EXEMPELREMISS =
            "Revidering av Stockholms stads sociala program för att minska prostitution";

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
    void vantorsHandlaggareSerBaraVantorOchTillbakaknappenVisarIngentingEfterUtloggning() {
        sida.navigate("/mina-arenden");
        assertTrue(sida.url().contains("/logga-in"), "utan inloggning skickas man till inloggningen: " + sida.url());
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();

        sida.getByLabel("Användarnamn").fill("vantor-handlaggare");
        sida.getByLabel("Lösenord").fill("fel-losenord");
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(sida.getByRole(AriaRole.ALERT)).containsText("Fel användarnamn eller lösenord.");

        sida.getByLabel("Lösenord").fill("remiss-demo");
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        sida.waitForURL("**/mina-arenden");
        assertThat(sida.locator(".anvandarruta")).containsText("Maria Nordström, Vantörs stadsdelsförvaltning");
        assertThat(sida.locator("main")).containsText(EXEMPELREMISS);
        webblasare.skarmbild("mina-arenden");

        // The sample remiss went to 23 recipients; Vantör sees only its own row of the matrix.
        sida.navigate("/inkomna");
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(EXEMPELREMISS)).first().click();
        sida.waitForLoadState();
        String mottagarsida = sida.locator("main").innerText();
        sida.navigate("/remisser");
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(EXEMPELREMISS)).first().click();
        sida.waitForURL("**/remisser/*");
        String remissida = sida.locator("main").innerText();
        assertTrue(remissida.contains("Vantörs stadsdelsnämnd"), remissida);
        for (String annan : List.of("Farsta stadsdelsnämnd", "Socialtjänstnämnden", "Spånga-Tensta")) {
            assertFalse(remissida.contains(annan), annan + " syns för Vantör");
            assertFalse(mottagarsida.contains(annan), annan + " syns för Vantör");
        }
        // Registering belongs to registrators: the handläggare has no such menu entry.
        assertEquals(0, sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera remiss")).count());

        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        sida.waitForURL("**/logga-in?utloggad=true");
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Du är utloggad.");

        sida.goBack();
        sida.waitForLoadState();
        String efter = sida.content();
        assertFalse(efter.contains("Vantörs stadsdelsnämnd"), "fallet syns efter utloggning: " + sida.url());
        assertFalse(efter.contains("Maria Nordström"), "namnet syns efter utloggning");
        assertTrue(sida.url().contains("/logga-in"), sida.url());
        assertEquals(List.of(), webblasare.sidfel());
    }
}
