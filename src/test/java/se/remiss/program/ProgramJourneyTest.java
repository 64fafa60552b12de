package se.remiss.program;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * The handläggare of Vantör reads the remitted programme in a real browser: from the inbox to the
 * commitments addressed to Vantörs stadsdelsnämnd, into section 5.3 (htmx, no page load) and on to
 * the comparison with the earlier version. Every step is a click; the sample remiss is only read.
 */
@QuarkusTest
class ProgramJourneyTest {

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
    void handlaggarenIVantorLaserAtagandenRiktadeTillNamndenOchJamforVersionerna() {
        // The expected commitments, from the API as the same handläggare: those addressed to the
        // district committees or to all.
        Api.som("vantor-handlaggare");
        long remiss = Programdata.exempelremiss();
        List<Map<String, Object>> versioner = Programdata.versioner(remiss);
        long v1 = ((Number) versioner.get(0).get("id")).longValue();
        long v2 = ((Number) versioner.get(1).get("id")).longValue();
        List<String> riktade = Programdata.allaKrav(Programdata.program(v2)).stream()
                .filter(k -> Programdata.lista(k, "riktadTill").contains(Programdata.ALLA_SDN)
                        || Programdata.lista(k, "riktadTill").contains(Programdata.ALLA_NAMNDER_OCH_BOLAG))
                .map(k -> Programdata.normal((String) k.get("text"))).toList();
        assertEquals(13, riktade.size(), riktade::toString);

        // 1. Logged in as herself, the inbox of her own unit (Vantör), the sample remiss (found by its own deadline).
        webblasare.loggaIn("vantor-handlaggare");
        sida.navigate("/inkomna");
        Locator lank = sida.getByRole(AriaRole.LINK, namn(Programdata.EXEMPELREMISS));
        Locator rad = sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(lank))
                .filter(new Locator.FilterOptions().setHasText("2006-03-27"));
        assertThat(rad).hasCount(1);
        webblasare.skarmbild("1-inkomna");
        rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Programdata.EXEMPELREMISS).setExact(true))
                .click();
        sida.waitForURL(Pattern.compile(".*/mottagare/\\d+$"));
        webblasare.skarmbild("2-remissen");

        // 2. The programme, filtered to what concerns Vantör.
        sida.getByRole(AriaRole.LINK, namn("Programmets åtaganden riktade till " + VANTOR)).click();
        sida.waitForURL(Pattern.compile(".*/program/" + v2 + "\\?organisation=" + Api.id("vantor-sdn")
                + "&riktade=true#ataganden$"));
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Programdata.TITEL_004);
        assertThat(sida.getByText("13 av 21 åtaganden riktas till " + VANTOR + ".")).isVisible();
        assertThat(sida.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(String.valueOf(Api.id("vantor-sdn")));
        assertThat(sida.getByLabel("Bara riktade till oss")).isChecked();
        Locator tabell = sida.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Åtaganden"));
        Locator rader = tabell.locator("tbody tr");
        assertThat(rader).hasCount(13);
        List<String> visade = new ArrayList<>();
        for (Locator r : rader.all()) {
            visade.add(Programdata.normal(r.getByRole(AriaRole.CELL).nth(1).innerText()));
        }
        assertEquals(riktade, visade);
        assertThat(tabell).not().containsText("Socialtjänstnämnden ska ha en hög ambitionsnivå");
        webblasare.skarmbild("3-riktade");

        // 3. Section 5.3 from the tree: htmx swaps the text, the page itself stays (the marker survives).
        sida.evaluate("window.ingenSidladdning = true");
        Locator trad = sida.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Avsnitt"));
        trad.getByRole(AriaRole.LINK, inom("5.3 Uppsökande arbete")).click();
        sida.waitForURL(url -> url.contains("avsnitt=5.3"));
        Locator artikel = sida.locator("article#avsnitt");
        assertThat(artikel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText("5.3 Uppsökande arbete");
        assertThat(artikel).containsText("Stadens bostadsbolag ska i samarbete med polisen");
        assertEquals(true, sida.evaluate("window.ingenSidladdning === true"), "avsnittet ska bytas utan sidladdning");
        assertThat(trad.getByRole(AriaRole.LINK, inom("5.3 Uppsökande arbete"))).hasAttribute("aria-current", "true");
        // the filter is still what the handläggare chose
        assertThat(sida.getByText("13 av 21 åtaganden riktas till " + VANTOR + ".")).isVisible();
        assertThat(rader).hasCount(13);
        webblasare.skarmbild("4-avsnitt-5-3");
        // what the screen shows (the full-page shot cannot show the section held in view beside the tree)
        sida.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(System.getProperty("basedir", "."), "target",
                "skarmbilder", "ProgramJourneyTest-4-avsnitt-5-3-skarmen.png")));
        assertThat(artikel).isInViewport();

        // The address now names the section and still the filter, so a reload or a shared link shows the same.
        assertTrue(sida.url().contains("organisation=" + Api.id("vantor-sdn")) && sida.url().contains("riktade=true"),
                sida.url());
        // The filter form keeps the section chosen through htmx: showing everything stays on 5.3.
        sida.getByLabel("Bara riktade till oss").uncheck();
        sida.getByRole(AriaRole.BUTTON, namn("Visa")).click();
        sida.waitForURL(url -> !url.contains("riktade=true"));
        assertTrue(sida.url().contains("avsnitt=5.3"), sida.url());
        assertThat(artikel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText("5.3 Uppsökande arbete");
        assertThat(sida.getByText("21 åtaganden.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(rader).hasCount(21);

        // 4. The comparison with the earlier version.
        sida.getByRole(AriaRole.LINK, namn("Jämför med version 1")).click();
        sida.waitForURL(Pattern.compile(".*/program/" + v1 + "/jamfor/" + v2 + "$"));
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Version 1 jämförd med version 2");
        assertThat(sida.getByText("21 åtaganden tillagda")).isVisible();
        Locator kravtabell = sida.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Åtaganden"));
        assertThat(kravtabell.locator("tbody tr")).hasCount(21);
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild("5-jamforelse");
    }

    private static Page.GetByRoleOptions namn(String namn) {
        return new Page.GetByRoleOptions().setName(namn).setExact(true);
    }

    private static Locator.GetByRoleOptions inom(String namn) {
        return new Locator.GetByRoleOptions().setName(namn).setExact(true);
    }
}
