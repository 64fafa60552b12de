package se.remiss.dokument;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.FSFont;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * XHTML + the template's print CSS → PDF/A-2b (openhtmltopdf on PDFBox), with the bundled fonts,
 * an sRGB output intent and our own metadata. Only the templates' own style sheets are fetched;
 * every other address in a document is refused.
 */
public final class Pdfrendering {

    /*
     * openhtmltopdf logs several INFO lines per document (fonts loaded, style sheets parsed): noise
     * that costs more than rendering a page. Its own loggers set their level themselves, so it is
     * lowered through its API; warnings (a broken style sheet) still show.
     */
    static {
        for (String logg : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logg, java.util.logging.Level.WARNING);
        }
    }

    /** sRGB from the JDK: the output intent PDF/A needs for device colours. Built once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdfrendering() {
    }

    /** The PDF/A of {@code xhtml}, whose style sheets are in {@code stilkatalog}; stamped as a draft if {@code utkast}. */
    static byte[] pdfA(String xhtml, Path stilkatalog, Dokumentinfo info, boolean utkast, Instant skapad)
            throws IOException {
        return InbyggdXml.med(() -> rendera(xhtml, stilkatalog, info, utkast, skapad));
    }

    private static byte[] rendera(String xhtml, Path stilkatalog, Dokumentinfo info, boolean utkast, Instant skapad)
            throws IOException {
        try (PDDocument dokument = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream(128 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(dokument)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(SRGB)
                    .withProducer(Pdfmetadata.PRODUCENT);
            for (Typsnitt.Fil t : Typsnitt.FILER) {
                builder.useFont(Typsnitt.vidBehov(dokument, t), Typsnitt.FAMILJ, t.vikt(), t.stil(), true);
            }
            builder.useUriResolver((bas, adress) -> stilmall(stilkatalog, adress));
            builder.withHtmlContent(utanTommaAvsnitt(xhtml), stilkatalog.toAbsolutePath().normalize().toUri().toString());
            try (PdfBoxRenderer pdf = builder.buildPdfRenderer()) {
                pdf.getSharedContext().setTextRenderer(new Breddminne());
                pdf.createPDFWithoutClosing();
            }
            if (dokument.getDocumentCatalog().getOutputIntents().isEmpty()) {
                PDOutputIntent avsikt = new PDOutputIntent(dokument, new ByteArrayInputStream(SRGB));
                avsikt.setInfo("sRGB IEC61966-2.1");
                avsikt.setOutputCondition("sRGB IEC61966-2.1");
                avsikt.setOutputConditionIdentifier("sRGB IEC61966-2.1");
                avsikt.setRegistryName("http://www.color.org");
                dokument.getDocumentCatalog().addOutputIntent(avsikt);
            }
            if (utkast) {
                Utkaststampel.stampla(dokument);
            }
            Pdfmetadata.skriv(dokument, info, skapad);
            dokument.save(ut);
            return ut.toByteArray();
        }
    }

    /**
     * openhtmltopdf measures each word again for every line it tries, and PDFBox measures a string
     * glyph by glyph through the font's CMap, so the same words are measured over and over. The
     * widths are remembered per font for one document (a renderer is not shared between threads).
     */
    private static final class Breddminne extends PdfBoxTextRenderer {

        private final java.util.Map<FSFont, java.util.Map<String, Integer>> bredder = new java.util.IdentityHashMap<>();

        @Override
        public int getWidth(FontContext sammanhang, FSFont typsnitt, String text) {
            java.util.Map<String, Integer> perTypsnitt = bredder.computeIfAbsent(typsnitt, t -> new java.util.HashMap<>());
            Integer bredd = perTypsnitt.get(text);
            if (bredd == null) {
                bredd = super.getWidth(sammanhang, typsnitt, text);
                perTypsnitt.put(text, bredd);
            }
            return bredd;
        }
    }

    /**
     * A section that is only its heading (an optional "Bilagor" nobody filled in) is left out of the
     * printed document: a decision document has no empty headings. The editor's preview keeps them,
     * as the places where text can still be written.
     */
    static String utanTommaAvsnitt(String xhtml) {
        return TOMT_AVSNITT.matcher(xhtml).replaceAll("");
    }

    private static final java.util.regex.Pattern TOMT_AVSNITT = java.util.regex.Pattern.compile(
            "<section class=\"avsnitt\\b[^>]*>\\s*<h2>[^<]*</h2>\\s*</section>\\s*");

    /**
     * "/mallar/utlatande.css" (as the browser preview fetches it) or "utlatande.css" → the file in the
     * template folder; anything else → null, which openhtmltopdf treats as not found.
     */
    public static String stilmall(Path katalog, String adress) {
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
}
