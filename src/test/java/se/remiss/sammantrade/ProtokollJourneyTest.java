package se.remiss.sammantrade;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Api;
import se.remiss.testhjalp.Webblasare;
import se.remiss.utlatande.Vantorsutlatande;

/**
 * The committee in a real browser: Vantör's secretary puts the approved statement on a meeting's
 * agenda, publishes it and records the decision; ordförande and justerare adjust the protokoll in
 * turn; the secretary certifies and sends the protokollsutdrag; Stadsledningskontoret sees
 * "Besvarad" with both documents in its matrix; the anslagstavla shows the notice without login.
 */
@QuarkusTest
class ProtokollJourneyTest {

    static final LocalDate MOTESDAG = LocalDate.of(2026, 11, 17);

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
    void namndenBeslutarJusterarOchSvaretNarAvsandaren() {
        Vantorsutlatande.Godkant g = Vantorsutlatande.godkant(Api.remiss(Api.id("slk"), "Resa nämndbeslut " + Api.unik(),
                Api.id("vantor-sdn")));
        long s = Protokollmiljo.sammantrade(Api.id("vantor-sdn"), MOTESDAG);
        String adress = "/sammantraden/" + s + "/protokoll";

        webblasare.loggaIn("vantor-sekreterare");
        sida.navigate(adress);
        sida.locator("select[name=utlatande]").selectOption(g.utlatande());
        knapp("För upp på föredragningslistan");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("uppfört på föredragningslistan");
        knapp("Publicera föredragningslistan");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("publicerad");
        sida.locator("select[name=punkt]").selectOption(new SelectOption().setIndex(1));
        knapp("Ny paragraf med beslut enligt förslaget");
        assertThat(sida.locator("article.paragraf")).containsText("Vantörs stadsdelsnämnd beslutar att åberopa förvaltningens tjänsteutlåtande");
        sida.locator("select[name=ordforande]").selectOption(String.valueOf(Api.anvandare("vantor-ordforande")));
        sida.locator("select[name=justerare]").selectOption(String.valueOf(Api.anvandare("vantor-justerare")));
        knapp("Spara ordförande och justerare");
        knapp("Lämna protokollet för justering");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("lämnat för justering");
        webblasare.skarmbild("till-justering");
        loggaUt();

        for (String vem : new String[] {"vantor-ordforande", "vantor-justerare"}) {
            webblasare.loggaIn(vem);
            // The start page says whose turn it is and leads there.
            sida.waitForNavigation(() -> sida.locator("section[aria-labelledby=att-justera] a[href='" + adress + "']").click());
            knapp("Justera protokollet");
            assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("Din underskrift är lagd");
            loggaUt();
        }

        webblasare.loggaIn("vantor-sekreterare");
        sida.navigate(adress);
        assertThat(sida.locator("h2#protokollrubrik")).containsText("Justerat");
        knapp("Intyga protokollsutdrag");
        knapp("Skicka protokollsutdraget till avsändaren");
        assertThat(sida.getByRole(AriaRole.STATUS).first()).containsText("skickat till remissens avsändare");
        webblasare.skarmbild("skickat");
        loggaUt();

        webblasare.loggaIn("slk-registrator");
        sida.navigate("/remisser/" + g.remiss());
        assertThat(sida.locator("table.matris")).containsText("Besvarad");
        assertThat(sida.locator("table.matris")).containsText("Överklagandetid löper till 2026-12-14");
        for (String lank : new String[] {"Undertecknat utlåtande", "Protokollsutdrag"}) {
            String href = sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(lank).setExact(true))
                    .getAttribute("href");
            assertEquals(200, sida.request().get(href).status(), lank);
        }
        webblasare.skarmbild("matris");
        loggaUt();

        sida.navigate("/anslagstavla");
        assertThat(sida.locator("h1")).hasText("Anslagstavla");
        assertThat(sida.locator("table.anslag")).containsText("Vantörs stadsdelsnämnd");
        assertThat(sida.locator("table.anslag")).containsText(MOTESDAG.toString());
        webblasare.skarmbild("anslagstavla");
    }

    private void knapp(String namn) {
        sida.waitForNavigation(() -> sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(namn)).click());
    }

    private void loggaUt() {
        knapp("Logga ut");
    }
}
