package se.remiss.utlatande;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as a reader gets it: PDFBox's text extraction, which reads the content streams
 * and the fonts' Unicode maps, not the HTML we rendered from – so a glyph without a Unicode mapping,
 * or text that never reached the page, is missing here too. Pure Java: the tests need no system program.
 */
final class Pdftext {

    private Pdftext() {
    }

    static String av(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(dokument);
        } catch (IOException e) {
            throw new AssertionError("PDF:en gick inte att läsa: " + e.getMessage(), e);
        }
    }
}
