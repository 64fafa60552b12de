package se.remiss.program.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import se.remiss.plattform.Valideringsfel;
import se.remiss.program.ProgramParser;
import se.remiss.program.Programstruktur;

/** A scanned programme (pdfkorpus/inskannad.pdf: two pages as images, no text layer). */
class OcrTest {

    @Test
    void utanOcrAvvisasSkanningenTydligt() {
        Valideringsfel fel = assertThrows(Valideringsfel.class,
                () -> Textutdragare.utdrag("inskannad.pdf", PdfkorpusTest.las("inskannad.pdf"), false));
        assertEquals(Granser.SAKNAR_TEXTLAGER, fel.perFalt().get("fil"));
    }

    @Test
    void medTesseractLasesSkanningenOchUtdragetSagerAttDetArOcr() {
        assumeTrue(Ocr.tillganglig(), "Tesseract med svensk modell saknas här (apt-get install tesseract-ocr "
                + "tesseract-ocr-swe; .ci/run installerar dem) – OCR-testet hoppas över.");
        Textutdragare.Utdrag utdrag = Textutdragare.utdrag("inskannad.pdf", PdfkorpusTest.las("inskannad.pdf"), true);
        assertTrue(utdrag.ocr());
        Programstruktur s = new ProgramParser().tolka(utdrag.text());
        assertTrue(s.titel().startsWith("Program för en trygg och tillgänglig stadsmiljö"), s.titel());
        for (String nyckel : new String[] {"1", "2", "2.1", "2.2", "3", "3.1"}) {
            assertTrue(s.avsnitt(nyckel).isPresent(), "avsnitt " + nyckel + " i " + utdrag.text());
        }
        assertTrue(utdrag.text().contains("övergripande mål"), utdrag.text());
        assertFalse(utdrag.text().contains("REMISSVERSION"), "sidhuvudet ska inte bli kvar: " + utdrag.text());
    }
}
