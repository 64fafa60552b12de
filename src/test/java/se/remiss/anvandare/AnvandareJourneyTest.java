package se.remiss.anvandare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Webblasare;

/**
 * The administrator's journey in a real browser: create a user with two roles, log out, and the new
 * user logs in with the password the administrator gave and sees their own name in the header.
 * Every step is a click or a keystroke.
 */
@QuarkusTest
class AnvandareJourneyTest {

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
    void administratornSkaparEnAnvandareSomSedanLoggarIn() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String anvandarnamn = "sara." + u;
        String namn = "Sara Öberg " + u;
        String losenord = "Vårt-nya-lösen-" + u;

        webblasare.loggaIn("admin");
        sida.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Användare").setExact(true)).click();
        assertThat(rubrik("Användare")).isVisible();
        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny användare").setExact(true)).click();
        assertThat(rubrik("Ny användare")).isVisible();

        sida.getByLabel("Användarnamn", exakt()).fill(anvandarnamn);
        sida.getByLabel("Namn", exakt()).fill(namn);
        sida.getByLabel("Titel", exakt()).fill("Handläggare");
        sida.getByLabel("E-post", exakt()).fill(anvandarnamn + "@exempel.se");
        sida.getByLabel("Organisation", exakt())
                .selectOption(new SelectOption().setLabel("Vantörs stadsdelsförvaltning"));
        Locator roller = sida.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Roller").setExact(true));
        roller.getByLabel("Registrator", new Locator.GetByLabelOptions().setExact(true)).check();
        roller.getByLabel("Handläggare", new Locator.GetByLabelOptions().setExact(true)).check();
        sida.getByLabel("Lösenord", exakt()).fill(losenord);
        sida.getByLabel("Upprepa lösenord", exakt()).fill(losenord);
        webblasare.skarmbild("1-ifyllt");

        // POST → redirect → GET: the user's own page, with the roles ticked.
        Response post = sida.waitForResponse(svar -> "POST".equals(svar.request().method()),
                () -> knapp("Skapa användare").click());
        assertEquals(303, post.status(), "skapandet ska svara med en omdirigering");
        sida.waitForURL(Pattern.compile(".*/anvandare/\\d+\\?klart=skapad$"));
        assertThat(sida.getByRole(AriaRole.STATUS)).hasText("Användaren är skapad.");
        assertThat(rubrik(namn)).isVisible();
        assertThat(roller.getByLabel("Registrator", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(roller.getByLabel("Handläggare", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(roller.getByLabel("Läsare", new Locator.GetByLabelOptions().setExact(true))).not().isChecked();
        webblasare.skarmbild("2-skapad");

        // The list finds the new user by name.
        sida.navigate("/anvandare");
        sida.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Sök namn eller användarnamn"))
                .fill(anvandarnamn);
        sida.waitForURL(url -> url.contains("sok="));
        Locator rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(anvandarnamn));
        assertThat(rad).hasCount(1);
        assertThat(rad).containsText("Registrator, Handläggare");
        assertThat(rad).containsText("Vantörs stadsdelsförvaltning");
        webblasare.skarmbild("3-listan");

        knapp("Logga ut").click();
        sida.waitForURL(Pattern.compile(".*/logga-in\\?utloggad=true$"));

        sida.getByLabel("Användarnamn", exakt()).fill(anvandarnamn);
        sida.getByLabel("Lösenord", exakt()).fill(losenord);
        sida.waitForNavigation(() -> knapp("Logga in").click());
        assertThat(sida.locator(".anvandarruta")).containsText(namn + ", Vantörs stadsdelsförvaltning");
        // The header shows what the roles allow: a registrator registers, only administrators manage users.
        Locator meny = sida.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"));
        assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrera remiss")))
                .isVisible();
        assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Användare").setExact(true)))
                .hasCount(0);
        webblasare.skarmbild();
        assertEquals(List.of(), webblasare.sidfel());
    }

    private static Page.GetByLabelOptions exakt() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private Locator rubrik(String text) {
        return sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }

    private Locator knapp(String text) {
        return sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }
}
