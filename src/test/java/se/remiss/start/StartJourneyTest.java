package se.remiss.start;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;

/**
 * After login each role lands on its own start page with what waits for it, counted: the
 * recipient's registrator on new, unacknowledged remisser (marked "Ny" in Inkomna too), the sender's
 * registrator on remisser with overdue answers, the handläggare on her cases, the secretary on what
 * the nämnd's minutes are owed for. Counts are compared with the full lists they link to (other tests
 * add data to the same database, so no count is assumed).
 */
@QuarkusTest
class StartJourneyTest {

    /** The sample remiss: sent by Stadsledningskontoret in 2006, overdue at Vantör since then. */
    private static final String EXEMPELREMISS =
            "Revidering av Stockholms stads sociala program för att minska prostitution";

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
    void mottagarensRegistratorSerNyaOkvitteradeRemisserRaknadeOchMarkerade() {
        String titel = "Remiss om parkering " + Api.unik();
        Api.skickadRemiss(Api.id("slk"), titel, Api.id("vantor-sdn"));

        webblasare.loggaIn("vantor-registrator");
        assertEquals("/", URI.create(sida.url()).getPath(), "inloggningen landar på startsidan");
        Locator del = del("Inkomna remisser att kvittera");
        long nya = antal(del);
        assertTrue(nya >= 1, "minst den nyss skickade remissen: " + nya);
        Locator rad = del.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(titel));
        assertThat(rad).containsText("Ny");
        assertThat(rad).containsText("från Stadsledningskontoret");
        webblasare.skarmbild("1-start");

        del.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alla inkomna remisser")).click();
        sida.waitForURL(Pattern.compile(".*/inkomna$"));
        // The same count in Inkomna, and the new remiss's row marked.
        assertThat(sida.locator(".nya-inkomna")).containsText(nya == 1 ? "En remiss har kommit in"
                : Webblasare.tal(nya) + " remisser har kommit in");
        Locator lank = sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titel).setExact(true));
        assertThat(sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(lank))).containsText("Ny");
        webblasare.skarmbild("2-inkomna");
        assertEquals(List.of(), webblasare.sidfel());
    }

    @Test
    void avsandarensRegistratorSerRemisserMedForsenadeSvar() {
        webblasare.loggaIn("slk-registrator");
        Locator del = del("Skickade remisser med försenade svar");
        long forsenade = antal(del);
        assertTrue(forsenade >= 1, "exempelremissen är försenad hos sina mottagare");
        assertThat(del.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(EXEMPELREMISS)))
                .containsText("mottagare försenade");
        webblasare.skarmbild("1-start");

        del.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alla remisser med försenade svar")).click();
        sida.waitForURL(Pattern.compile(".*/remisser\\?forsenade=true&avsandare=\\d+$"));
        assertThat(sida.locator("#resultat p").first()).containsText("av " + Webblasare.tal(forsenade) + " remisser");
        assertEquals(List.of(), webblasare.sidfel());
    }

    @Test
    void handlaggarenSerSinaArendenOchHurMangaSomArForsenade() {
        webblasare.loggaIn("vantor-handlaggare");
        Locator del = del("Mina ärenden");
        long mina = antal(del);
        assertTrue(mina >= 1, "exempelremissen är tilldelad Maria Nordström");
        assertThat(del).containsText("försenade");
        Locator rad = del.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(EXEMPELREMISS));
        assertThat(rad).containsText("försenad 7\u00a0546 dagar");
        webblasare.skarmbild("1-start");

        del.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alla mina ärenden")).click();
        sida.waitForURL(Pattern.compile(".*/mina-arenden$"));
        assertThat(sida.locator("p.dampad").first()).containsText("av " + Webblasare.tal(mina) + ",");
        assertEquals(List.of(), webblasare.sidfel());
    }

    @Test
    void namndsekreterarenSerNamndensKommandeArenden() {
        webblasare.loggaIn("vantor-sekreterare");
        Locator del = del("Kommande ärenden till nämnden");
        assertTrue(antal(del) >= 1);
        assertThat(del.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(EXEMPELREMISS)))
                .containsText("protokoll senast 2006-03-30");
        webblasare.skarmbild("1-start");
        assertEquals(List.of(), webblasare.sidfel());
    }

    /** The start page's part (a section) headed {@code rubrik}. */
    private Locator del(String rubrik) {
        Locator del = sida.locator("section.startdel").filter(new Locator.FilterOptions()
                .setHas(sida.locator("h2", new Page.LocatorOptions().setHasText(rubrik))));
        assertThat(del).hasCount(1);
        assertThat(del.locator("h2")).isVisible();
        return del;
    }

    /** The count beside a part's heading ("7 546" with a no-break space read as 7546). */
    private static long antal(Locator del) {
        String text = del.locator("h2 .antal").innerText().strip();
        Matcher m = Pattern.compile("[\\d\u00a0]+").matcher(text);
        assertTrue(m.matches(), "ett antal: " + text);
        return Long.parseLong(text.replace("\u00a0", ""));
    }
}
