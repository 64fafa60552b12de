package se.remiss.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import se.remiss.plattform.Klocka;

/**
 * One PAdES signature added to a PDF as an incremental update, so every earlier signature still
 * covers exactly the bytes it signed: SubFilter ETSI.CAdES.detached, the claimed time in /M, its
 * own signature field, and a visible block in the signatory area ({@link Signaturplacering}).
 * PAdES-B-B; B-T when a time-stamping authority is given.
 */
final class PadesSignerare {

    /** Room for the CMS: certificate chain and signature; a time-stamp token needs more. */
    private static final int STORLEK = 12_000;
    private static final int STORLEK_MED_TIDSSTAMPEL = 24_000;

    private PadesSignerare() {
    }

    static byte[] signera(byte[] pdf, Undertecknare vem, CmsSignerare nyckel, Tidsstampling tsa, Instant tid)
            throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf);
                SignatureOptions val = new SignatureOptions();
                ByteArrayOutputStream ut = new ByteArrayOutputStream(pdf.length + 40_000)) {
            int befintliga = dokument.getSignatureDictionaries().size();
            Signaturplacering.Plats plats = Signaturplacering.hitta(dokument, vem, befintliga);

            PDSignature signatur = new PDSignature();
            signatur.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signatur.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signatur.setName(vem.namn());
            signatur.setReason("Godkänt av " + vem.namn() + (vem.titel() == null ? "" : ", " + vem.titel()));
            if (vem.organisation() != null) {
                signatur.setLocation(vem.organisation());
            }
            Calendar m = GregorianCalendar.from(tid.atZone(Klocka.STOCKHOLM));
            signatur.setSignDate(m);

            val.setPreferredSignatureSize(tsa == null ? STORLEK : STORLEK_MED_TIDSSTAMPEL);
            val.setPage(plats.sida());
            dokument.addSignature(signatur, innehall -> {
                byte[] cms = nyckel.signera(innehall.readAllBytes());
                return tsa == null ? cms : tsa.stampla(cms);
            }, val);

            // PDFBox made an invisible widget; give it its place and appearance before writing.
            PDSignatureField falt = falt(dokument, signatur);
            falt.setPartialName("Underskrift " + (befintliga + 1));
            PDAnnotationWidget widget = falt.getWidgets().get(0);
            widget.setRectangle(plats.ruta());
            List<String> rader = Signaturblock.rader(vem, tid, nyckel.testnyckel());
            widget.setAppearance(Signaturblock.utseende(dokument, plats.ruta(), rader, nyckel.testnyckel()));
            widget.getCOSObject().setNeedToBeUpdated(true);

            dokument.saveIncremental(ut);
            return ut.toByteArray();
        }
    }

    private static PDSignatureField falt(PDDocument dokument, PDSignature signatur) {
        for (PDField f : dokument.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            if (f instanceof PDSignatureField s && s.getSignature() != null
                    && s.getSignature().getCOSObject() == signatur.getCOSObject()) {
                return s;
            }
        }
        throw new IllegalStateException("PDFBox skapade inget signaturfält");
    }
}
