package se.remiss.dokument;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox's PDFTextStripper reads it (lines in reading order). */
public final class Pdftext {

    private Pdftext() {
    }

    public static String av(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDFTextStripper lasare = new PDFTextStripper();
            lasare.setSortByPosition(true);
            return lasare.getText(dokument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
