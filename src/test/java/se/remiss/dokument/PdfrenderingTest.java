package se.remiss.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Innehallsdisposition;

/** The rendering step alone: the templates' style sheet is applied, nothing else is fetched, drafts are stamped. */
class PdfrenderingTest {

    private static final Path MALLAR = Path.of("templates");
    private static final Dokumentinfo INFO = new Dokumentinfo("Prov", "Maria Nordström", "Ämne", "Vantör", "1-2-2006");

    @Test
    void stilmallenFranMallkatalogenAnvands() throws Exception {
        String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/mallar/utlatande.css\" /></head>"
                + "<body class=\"versaler\"><section class=\"avsnitt\"><h2>Förslag till beslut</h2><p>Åäö – ”citat”</p>"
                + "</section></body></html>";
        String text = Pdftext.av(Pdfrendering.pdfA(html, MALLAR, INFO, false, Instant.now()));
        assertTrue(text.contains("FÖRSLAG TILL BESLUT"), text);
        assertTrue(text.contains("Åäö – ”citat”"), text);
        assertTrue(text.contains("Sida 1 (1)"), text);
        assertTrue(!text.contains(Utkaststampel.TEXT), text);
    }

    @Test
    void utkastStamplasPaVarjeSida() throws Exception {
        String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/mallar/utlatande.css\" /></head>"
                + "<body><p>Första sidan</p><p style=\"page-break-before: always\">Andra sidan</p></body></html>";
        String text = Pdftext.av(Pdfrendering.pdfA(html, MALLAR, INFO, true, Instant.now()));
        assertEquals(2, text.split("UTKAST – EJ GODKÄNT", -1).length - 1, text);
        assertTrue(text.contains("Sida 2 (2)"), text);
    }

    @Test
    void ettAvsnittSomBaraArRubrikLamnasUtur() throws Exception {
        String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/mallar/utlatande.css\" /></head><body>"
                + "<section class=\"avsnitt avsnitt-synpunkter\" id=\"avsnitt-synpunkter\"><h2>Synpunkter</h2>\n"
                + "<div class=\"skrivet\"><p>Text</p></div></section>\n"
                + "<section class=\"avsnitt avsnitt-bilagor\" id=\"avsnitt-bilagor\" data-avsnitt=\"bilagor\">\n"
                + "<h2>Bilagor</h2>\n</section>\n</body></html>";
        String text = Pdftext.av(Pdfrendering.pdfA(html, MALLAR, INFO, false, Instant.now()));
        assertTrue(text.contains("Synpunkter"), text);
        assertTrue(!text.contains("Bilagor"), text);
    }

    @Test
    void filnamnEnligtRfc6266() {
        assertEquals("Tjänsteutlåtande-302-105-2006.pdf", Innehallsdisposition.filnamn("Tjänsteutlåtande", "302-105/2006"));
        assertEquals("inline; filename=\"Tjansteutlatande-302-105-2006.pdf\"; "
                + "filename*=UTF-8''Tj%C3%A4nsteutl%C3%A5tande-302-105-2006.pdf",
                Innehallsdisposition.huvud("Tjänsteutlåtande-302-105-2006.pdf", false));
        assertEquals("Protokoll-T-2010-313-01743.pdf", Innehallsdisposition.filnamn("Protokoll", "T 2010-313-01743"));
    }

    @Test
    void baraMallarnasStilmallarHamtas() {
        assertTrue(Pdfrendering.stilmall(MALLAR, "/mallar/utlatande.css").startsWith("file:"));
        assertTrue(Pdfrendering.stilmall(MALLAR, "utlatande.css").endsWith("/templates/utlatande.css"));
        assertNull(Pdfrendering.stilmall(MALLAR, "http://exempel.example/x.css"));
        assertNull(Pdfrendering.stilmall(MALLAR, "/mallar/../pom.xml"));
        assertNull(Pdfrendering.stilmall(MALLAR, "file:///etc/passwd"));
        assertNull(Pdfrendering.stilmall(MALLAR, "/mallar/finns-inte.css"));
        assertEquals(null, Pdfrendering.stilmall(MALLAR, null));
    }
}
