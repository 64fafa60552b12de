package se.remiss.program.text;

import static se.remiss.program.text.Granser.FOR_MANGA_SIDOR;
import static se.remiss.program.text.Granser.KRYPTERAD;
import static se.remiss.program.text.Granser.MAX_SIDOR;
import static se.remiss.program.text.Granser.MAX_TECKEN;
import static se.remiss.program.text.Granser.MAX_TECKEN_PER_SIDA;
import static se.remiss.program.text.Granser.PDF_CACHEMINNE;
import static se.remiss.program.text.Granser.PDF_SKADAD;
import static se.remiss.program.text.Granser.SAKNAR_TEXTLAGER;
import static se.remiss.program.text.Granser.fel;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text layer of a PDF, read with PDFBox under the page, glyph and text limits. */
final class Pdftext {
    private Pdftext() {
    }

    static String text(byte[] innehall, Avbrott avbrott) throws IOException {
        PDDocument dokument;
        try {
            dokument = Loader.loadPDF(innehall, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(PDF_CACHEMINNE).streamCache);
        } catch (InvalidPasswordException e) {
            throw fel(KRYPTERAD);
        }
        try (dokument) {
            avbrott.kontrollera();
            int sidor = dokument.getNumberOfPages();
            if (sidor > MAX_SIDOR) {
                throw fel(FOR_MANGA_SIDOR);
            }
            if (sidor == 0) {
                throw fel(PDF_SKADAD);
            }
            Pdfstrommar.kontrollera(dokument.getDocument(), avbrott);
            Sidlasare lasare = new Sidlasare(avbrott);
            lasare.setSortByPosition(true);
            lasare.setLineSeparator("\n");
            lasare.setWordSeparator(" ");
            lasare.setPageStart("");
            lasare.setPageEnd("\n\n");
            // PDFBox's paragraph detection (vertical gap, indentation) marks paragraphs with a
            // blank line, as the seed texts have them; pages are separated by a blank line too.
            lasare.setParagraphStart("\n");
            lasare.setParagraphEnd("");
            BegransadText ut = new BegransadText();
            lasare.writeText(dokument, ut);
            String text = Normalisering.normalisera(ut.toString());
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw fel(SAKNAR_TEXTLAGER);
            }
            return text;
        }
    }

    /** PDFTextStripper that honours the deadline on every operator and counts pages. */
    private static final class Sidlasare extends PDFTextStripper {
        private final Avbrott avbrott;
        private int sidor;
        private int teckenPaSidan;

        Sidlasare(Avbrott avbrott) {
            this.avbrott = avbrott;
        }

        @Override
        protected void startPage(PDPage sida) throws IOException {
            if (++sidor > MAX_SIDOR) {
                throw fel(FOR_MANGA_SIDOR);
            }
            avbrott.kontrollera();
            teckenPaSidan = 0;
            super.startPage(sida);
        }

        /** PDFBox keeps a page's glyphs in memory until the page ends; forms drawn over and over can make that unbounded. */
        @Override
        protected void processTextPosition(TextPosition tecken) {
            if (++teckenPaSidan > MAX_TECKEN_PER_SIDA) {
                throw new ForMycket();
            }
            super.processTextPosition(tecken);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operander) throws IOException {
            avbrott.kontrollera();
            super.processOperator(operator, operander);
        }
    }

    /** Writer that refuses more than {@link Granser#MAX_TECKEN} characters. */
    private static final class BegransadText extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] tecken, int fran, int antal) {
            if (text.length() + (long) antal > MAX_TECKEN) {
                throw new ForMycket();
            }
            text.append(tecken, fran, antal);
        }

        @Override
        public void write(String s, int fran, int antal) {
            if (text.length() + (long) antal > MAX_TECKEN) {
                throw new ForMycket();
            }
            text.append(s, fran, fran + antal);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
