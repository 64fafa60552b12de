package se.remiss.testhjalp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The journeys' accessibility check itself, on pages served by the browser's own router (no
 * application): a loaded page with a serious violation is reported with rule and element, an
 * accessible one is not, and a page changed in place is checked on request.
 */
class WebblasareTillganglighetTest {

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    Page sida;

    @BeforeEach
    void oppna() throws MalformedURLException {
        sida = webblasare.oppna(URI.create("http://remiss.test/").toURL());
        sida.route("**/*", route -> {
            String html = switch (URI.create(route.request().url()).getPath()) {
                case "/bra" -> sida("<h1>Bra sida</h1><label for='t'>Titel</label><input id='t' type='text'>"
                        + "<button type='button' id='knapp'>Ändra</button>");
                case "/dalig" -> sida("<h1>Dålig sida</h1><input id='utan-etikett' type='text'>");
                default -> sida("<h1>Saknas</h1>");
            };
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html; charset=utf-8").setBody(html));
        });
    }

    private static String sida(String innehall) {
        return "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Prov</title></head><body>"
                + "<main>" + innehall + "</main></body></html>";
    }

    @Test
    void enLaddadSidaMedAllvarligtFelRapporterasMedRegelOchElement() throws MalformedURLException {
        sida.navigate("/dalig");

        List<String> fel = webblasare.sidfel();
        assertEquals(1, fel.size(), () -> "Fel: " + fel);
        assertTrue(fel.get(0).contains("/dalig: label (critical)") && fel.get(0).contains("utan-etikett"), fel.get(0));
        // The extension fails the test after it too; here that is expected, so the record is cleared.
        webblasare.oppna(URI.create("http://remiss.test/").toURL());
    }

    @Test
    void enTillgangligSidaGerIngetFel() {
        sida.navigate("/bra");

        assertEquals(List.of(), webblasare.sidfel());
    }

    @Test
    void enSidaSomAndratsPaPlatsGranskasNarDetBegars() throws MalformedURLException {
        sida.navigate("/bra");
        sida.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<select id=\"ny\"></select>')");

        List<String> fel = webblasare.granskaTillganglighet();

        assertEquals(1, fel.size(), () -> "Fel: " + fel);
        assertTrue(fel.get(0).contains("select-name") && fel.get(0).contains("#ny"), fel.get(0));
        webblasare.oppna(URI.create("http://remiss.test/").toURL());
    }
}
