package se.remiss.dokument;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * "Utkast – ej godkänt" on every page of a document nobody has approved: a red line in the top
 * margin, and the same words large and pale across the page beneath the text (drawn first, so
 * the text stays readable), so that no printout or screenshot of a draft passes for a decision.
 */
final class Utkaststampel {

    static final String TEXT = "Utkast – ej godkänt";

    private Utkaststampel() {
    }

    static void stampla(PDDocument dokument) throws IOException {
        PDType0Font fet = Typsnitt.i(dokument, Typsnitt.BOLD);
        for (PDPage sida : dokument.getPages()) {
            PDRectangle ruta = sida.getMediaBox();
            try (PDPageContentStream under = new PDPageContentStream(dokument, sida, AppendMode.PREPEND, true, true)) {
                float storlek = 64;
                float bredd = fet.getStringWidth(TEXT) / 1000 * storlek;
                double vinkel = Math.atan2(ruta.getHeight(), ruta.getWidth());
                under.beginText();
                under.setFont(fet, storlek);
                under.setNonStrokingColor(0.96f, 0.85f, 0.85f);
                Matrix m = Matrix.getRotateInstance(vinkel, ruta.getWidth() / 2, ruta.getHeight() / 2);
                m.translate(-bredd / 2, -storlek / 3);
                under.setTextMatrix(m);
                under.showText(TEXT);
                under.endText();
            }
            try (PDPageContentStream over = new PDPageContentStream(dokument, sida, AppendMode.APPEND, true, true)) {
                float storlek = 11;
                String rad = TEXT.toUpperCase(java.util.Locale.ROOT);
                float bredd = fet.getStringWidth(rad) / 1000 * storlek;
                over.beginText();
                over.setFont(fet, storlek);
                over.setNonStrokingColor(0.65f, 0.1f, 0.1f);
                over.newLineAtOffset((ruta.getWidth() - bredd) / 2, ruta.getHeight() - 36);
                over.showText(rad);
                over.endText();
            }
        }
    }
}
