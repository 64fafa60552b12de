package se.remiss.start;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.remiss.testhjalp.Webblasare;

/**
 * The main pages on a phone (390 px) and a small laptop (1280 px): the page never scrolls sideways
 * (wide tables scroll in their own box), and on the phone the menu folds behind a button. Every page
 * is also checked with axe-core at that width (Webblasare) and saved as
 * {@code target/skarmbilder/SkarmbreddJourneyTest-huvudsidorna-<bredd>-<sida>.png}.
 */
@QuarkusTest
class SkarmbreddJourneyTest {

    /** Who sees which main pages; {@code *} is the first remiss or case linked from the page before. */
    private static final Map<String, List<String>> SIDOR = Map.of(
            "slk-registrator", List.of("/", "/remisser", "*remiss", "/remisser/ny", "/diarium", "/organisationer"),
            "vantor-registrator", List.of("/", "/inkomna", "*mottagare"),
            "vantor-handlaggare", List.of("/", "/mina-arenden", "*mottagare", "/att-godkanna", "/mallar"),
            "admin", List.of("/granskning", "/anvandare", "/konto"));

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    Page sida;

    @BeforeEach
    void oppna() {
        sida = webblasare.oppna(bas);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void huvudsidorna(int bredd) {
        sida.setViewportSize(bredd, 844);
        List<String> besokta = new ArrayList<>();
        for (String anvandare : List.of("slk-registrator", "vantor-registrator", "vantor-handlaggare", "admin")) {
            webblasare.loggaIn(anvandare);
            for (String adress : SIDOR.get(anvandare)) {
                if (adress.startsWith("*")) {
                    // The first row's link of the list just visited: a remiss, or a recipient's case.
                    String lank = sida.locator(".tabellram td.titel a").first().getAttribute("href");
                    sida.navigate(lank);
                } else {
                    sida.navigate(adress);
                }
                webblasare.utanSidledsrullning();
                if (bredd >= 1280 && (adress.equals("/inkomna") || adress.equals("/mina-arenden"))) {
                    // At 1280 px the case list's title and deadlines are in view without scrolling its box
                    // (whether the last columns fit too depends on the data's longest names).
                    Object synliga = sida.evaluate("[...document.querySelectorAll('.tabellram')].every(r => {"
                            + " const box = r.getBoundingClientRect();"
                            + " return [...r.querySelectorAll('thead th')].slice(0, 8)"
                            + ".every(th => th.getBoundingClientRect().right <= box.right + 1); })");
                    assertEquals(true, synliga, adress + ": listans första kolumner syns inte vid " + bredd + " px");
                }
                String namn = bredd + "-" + anvandare + sida.url().replaceFirst("^https?://[^/]+", "")
                        .replaceAll("[^A-Za-z0-9]+", "-");
                webblasare.skarmbild(namn.replaceAll("-+$", ""));
                besokta.add(sida.url());
            }
            menyn(bredd);
            loggaUt();
        }
        assertEquals(17, besokta.size(), besokta::toString);
        assertEquals(List.of(), webblasare.sidfel());
    }

    /** 390 px: the menu is folded behind "Meny" and opens with it; 1280 px: it is simply there. */
    private void menyn(int bredd) {
        Locator knapp = sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meny"));
        Locator meny = sida.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"));
        if (bredd >= 1000) {
            assertThat(knapp).isHidden();
            assertThat(meny).isVisible();
            return;
        }
        assertThat(meny).isHidden();
        assertThat(knapp).hasAttribute("aria-expanded", "false");
        // With the keyboard: the button is reachable and opens the menu.
        knapp.focus();
        sida.keyboard().press("Enter");
        assertThat(knapp).hasAttribute("aria-expanded", "true");
        assertThat(meny).isVisible();
        assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start"))).isVisible();
        webblasare.utanSidledsrullning();
        webblasare.granskaTillganglighet();
        webblasare.skarmbild(bredd + "-meny-oppen");
        sida.keyboard().press("Enter");
        assertThat(meny).isHidden();
    }

    private void loggaUt() {
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        sida.waitForURL(url -> url.contains("/logga-in"));
    }
}
