package se.remiss.utlatande;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import se.remiss.dokument.Dokumentinfo;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Pdfrendering;
import se.remiss.plattform.Innehallsdisposition;
import se.remiss.plattform.Konflikt;

/**
 * A tjänsteutlåtande's PDF: the preview's HTML through the document pipeline ({@link Dokumentpipeline},
 * PDF/A), so what the handläggare saw is what is printed. What is about drafts stays here: which
 * template to blame when the PDF fails, the document's metadata and file name.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class);

    /** The document type, in the PDF's title and the file name. */
    public static final String DOKUMENTTYP = "Tjänsteutlåtande";

    @Inject
    UtlatandeRenderer renderer;

    @Inject
    Dokumentpipeline pipeline;

    /** The draft's PDF; {@code utkast}: stamped "Utkast – ej godkänt" on every page. */
    public byte[] pdf(Vy vy, boolean utkast) {
        return pdf(vy.renderat().html(), vy.utlatande().mall, info(vy.data()), utkast);
    }

    /** {@code html} as rendered from template {@code mall}; a document the PDF library cannot read is the template's fault. */
    public byte[] pdf(String html, String mall, Dokumentinfo info, boolean utkast) {
        try {
            return pipeline.pdfA(html, renderer.mallar().katalog(), info, utkast);
        } catch (RuntimeException e) {
            Mallkatalog.Mallfel fel = new Mallkatalog.Mallfel(mall + ".html", 0,
                    "Dokumentet gick inte att göra till PDF: " + e.getMessage());
            LOG.warnf(e, "PDF av mallen %s misslyckades", mall);
            renderer.mallar().rapportera(mall, fel);
            throw new Konflikt("Mallen \"" + mall + "\" ger ett dokument som inte går att göra till PDF. "
                    + "Administratören ser felet under Mallar.");
        }
    }

    static Dokumentinfo info(Dokumentdata data) {
        String amne = data.utlatande().amne();
        return new Dokumentinfo(DOKUMENTTYP + (amne == null || amne.isBlank() ? "" : " – " + amne),
                data.handlaggare() == null ? null : data.handlaggare().namn(), amne, data.forvaltning(), data.dnr());
    }

    /** Content-Disposition of the draft's PDF: Tjänsteutlåtande-302-105-2006.pdf (ASCII: Tjansteutlatande-…). */
    public static String disposition(Vy vy) {
        return Innehallsdisposition.huvud(Innehallsdisposition.filnamn(DOKUMENTTYP, vy.data().dnr()), false);
    }

    /** Tjanesteutlatande-302-105-2006.pdf: the stored file's name. */
    public static String filnamn(Vy vy) {
        return Innehallsdisposition.filnamn(DOKUMENTTYP, vy.data().dnr());
    }

    /** See {@link Pdfrendering#stilmall}. */
    static String stilmall(Path katalog, String adress) {
        return Pdfrendering.stilmall(katalog, adress);
    }
}
