package se.remiss.sammanstallning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.remiss.dokument.Dokumentinfo;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.plattform.Innehallsdisposition;
import se.remiss.utlatande.UtlatandeRenderer;

/**
 * The "Remissammanställning" as a PDF/A through the one document pipeline, printed in the style of
 * the tjänsteutlåtanden (templates/utlatande.css), so that it can go as a bilaga with the sender's
 * own statement.
 */
@ApplicationScoped
public class SammanstallningPdf {

    public static final String DOKUMENTTYP = "Remissammanställning";

    @Inject
    Dokumentpipeline pipeline;

    @Inject
    UtlatandeRenderer utlatanden;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dokument(Sammanstallning s);
    }

    /** The document's XHTML (also what the tests read). */
    public String xhtml(Sammanstallning s) {
        return Templates.dokument(s).render();
    }

    public byte[] pdf(Sammanstallning s) {
        return pipeline.pdfA(xhtml(s), utlatanden.mallar().katalog(),
                new Dokumentinfo(DOKUMENTTYP + " – " + s.titel(), null, s.titel(), s.avsandare(), s.dnr()), false);
    }

    /** Remissammanställning-316-259-2012.pdf (ASCII fallback Remissammanstallning-…). */
    public static String disposition(Sammanstallning s) {
        return Innehallsdisposition.huvud(Innehallsdisposition.filnamn(DOKUMENTTYP, s.dnr()), true);
    }
}
