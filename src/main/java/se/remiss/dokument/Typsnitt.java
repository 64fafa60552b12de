package se.remiss.dokument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts (Liberation Serif, SIL OFL), so output does not depend on the machine. The
 * files are read once; each thread parses them once (a parsed TrueType font reads its tables
 * lazily from one buffer and is not safe to share between threads) and reuses them for every
 * document. Glyph substitution (GSUB) is off: it cost ~95 % of the rendering time and Latin text
 * does not need it (the text output is identical).
 */
final class Typsnitt {

    /** The family name templates use in CSS: font-family: "Liberation Serif". */
    static final String FAMILJ = "Liberation Serif";

    record Fil(String namn, int vikt, FontStyle stil) {
    }

    static final Fil REGULAR = new Fil("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
    static final Fil BOLD = new Fil("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
    static final List<Fil> FILER = List.of(REGULAR, BOLD,
            new Fil("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Fil("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private static final List<byte[]> BYTES = FILER.stream().map(f -> las(f.namn())).toList();

    private static final ThreadLocal<List<TrueTypeFont>> TOLKADE = ThreadLocal.withInitial(
            () -> BYTES.stream().map(Typsnitt::tolka).toList());

    private Typsnitt() {
    }

    /**
     * The font {@code fil} for the renderer, loaded into {@code dokument} only when a text uses it:
     * a loaded font is subset at every save whether or not anything uses it, and most documents
     * never use the italic faces.
     */
    static PDFontSupplier vidBehov(PDDocument dokument, Fil fil) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = i(dokument, fil);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return font;
            }
        };
    }

    /** The font {@code fil} embedded (as a subset) in {@code dokument}. */
    static PDType0Font i(PDDocument dokument, Fil fil) throws IOException {
        return PDType0Font.load(dokument, TOLKADE.get().get(FILER.indexOf(fil)), true);
    }

    private static TrueTypeFont tolka(byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] las(String fil) {
        try (InputStream in = Typsnitt.class.getResourceAsStream("/fonts/" + fil)) {
            if (in == null) {
                throw new IOException("Typsnittet " + fil + " saknas i /fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
