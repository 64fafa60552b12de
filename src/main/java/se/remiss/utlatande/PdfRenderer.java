package se.remiss.utlatande;

import jakarta.inject.Inject;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;
import se.remiss.plattform.Konflikt;

/**
 * The preview's HTML as a PDF (openhtmltopdf on PDFBox): the same document, so what the
 * handläggare saw is what is printed. Fonts come with the application (Liberation Serif, SIL OFL),
 * so the output does not depend on the machine. Only the templates' own style sheets are fetched;
 * every other address in a document is refused.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class);

    /** The family name templates use in CSS: font-family: "Liberation Serif". */
    public static final String TYPSNITT = "Liberation Serif";

    private record Typsnitt(String fil, int vikt, FontStyle stil) {
    }

    private static final List<Typsnitt> TYPSNITT_FILER = List.of(
            new Typsnitt("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Typsnitt("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Typsnitt("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Typsnitt("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    @Inject
    UtlatandeRenderer renderer;

    /** {@code html} as rendered from template {@code mall}; a document the PDF library cannot read is the template's fault. */
    public byte[] pdf(String html, String mall) {
        try {
            return pdf(html, renderer.mallar().katalog());
        } catch (IOException | RuntimeException e) {
            Mallkatalog.Mallfel fel = new Mallkatalog.Mallfel(mall + ".html", 0,
                    "Dokumentet gick inte att göra till PDF: " + e.getMessage());
            LOG.warnf(e, "PDF av mallen %s misslyckades", mall);
            renderer.mallar().rapportera(mall, fel);
            throw new Konflikt("Mallen \"" + mall + "\" ger ett dokument som inte går att göra till PDF. "
                    + "Administratören ser felet under Mallar.");
        }
    }

    /** The PDF of an XHTML document whose style sheets are in {@code katalog}. */
    static byte[] pdf(String html, Path katalog) throws IOException {
        try (PDDocument dokument = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(dokument)
                    .withProducer("Remiss");
            for (Typsnitt t : TYPSNITT_FILER) {
                builder.useFont(new PDFontSupplier(typsnitt(dokument, t.fil())), TYPSNITT, t.vikt(), t.stil(), true);
            }
            builder.useUriResolver((bas, adress) -> stilmall(katalog, adress));
            builder.withHtmlContent(html, katalog.toAbsolutePath().normalize().toUri().toString());
            try (PdfBoxRenderer pdf = builder.buildPdfRenderer()) {
                pdf.createPDFWithoutClosing();
            }
            dokument.save(ut);
            return ut.toByteArray();
        }
    }

    /**
     * "/mallar/utlatande.css" (as the browser preview fetches it) or "utlatande.css" → the file in the
     * template folder; anything else → null, which openhtmltopdf treats as not found.
     */
    static String stilmall(Path katalog, String adress) {
        if (adress == null) {
            return null;
        }
        // openhtmltopdf asks twice: with the address as written, then with what we answered.
        String mapp = katalog.toAbsolutePath().normalize().toUri().toString();
        String namn = adress.startsWith("/mallar/") ? adress.substring("/mallar/".length())
                : adress.startsWith(mapp) ? adress.substring(mapp.length()) : adress;
        if (!namn.matches("_?[a-z0-9][a-z0-9-]{0,59}\\.css")) {
            return null;
        }
        Path fil = katalog.toAbsolutePath().normalize().resolve(namn);
        return Files.isRegularFile(fil) ? fil.toUri().toString() : null;
    }

    /**
     * The font loaded with glyph substitution off: it costs most of the rendering time and Latin
     * text does not need it (the output text is the same).
     */
    private static PDType0Font typsnitt(PDDocument dokument, String fil) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + fil)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Typsnittet " + fil + " saknas i /fonts"));
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return PDType0Font.load(dokument, ttf, true);
        }
    }
}
