package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The PDF step alone: the templates' style sheet is applied, fonts are embedded, nothing else is fetched. */
class PdfRendererTest {

    private static final Path MALLAR = Path.of("templates");

    @Test
    void stilmallenFranMallkatalogenAnvands() throws Exception {
        String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/mallar/utlatande.css\" /></head>"
                + "<body class=\"versaler\"><section class=\"avsnitt\"><h2>Förslag till beslut</h2><p>Åäö – ”citat”</p>"
                + "</section></body></html>";
        String text = Pdftext.av(PdfRenderer.pdf(html, MALLAR));
        assertTrue(text.contains("FÖRSLAG TILL BESLUT"), text);
        assertTrue(text.contains("Åäö – ”citat”"), text);
    }

    @Test
    void baraMallarnasStilmallarHamtas() {
        assertTrue(PdfRenderer.stilmall(MALLAR, "/mallar/utlatande.css").startsWith("file:"));
        assertTrue(PdfRenderer.stilmall(MALLAR, "utlatande.css").endsWith("/templates/utlatande.css"));
        assertNull(PdfRenderer.stilmall(MALLAR, "http://exempel.example/x.css"));
        assertNull(PdfRenderer.stilmall(MALLAR, "/mallar/../pom.xml"));
        assertNull(PdfRenderer.stilmall(MALLAR, "file:///etc/passwd"));
        assertNull(PdfRenderer.stilmall(MALLAR, "/mallar/finns-inte.css"));
        assertEquals(null, PdfRenderer.stilmall(MALLAR, null));
    }
}
