package se.remiss.dokument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Other PDF/A documents embedded in a PDF/A-2 document as attachments (PDF/A-2 allows embedded
 * files that are themselves PDF/A-1 or PDF/A-2): the agenda carries the tjänsteutlåtanden it lists,
 * byte for byte as signed, so their signatures still verify when taken out.
 */
final class Pdfbilagor {

    private Pdfbilagor() {
    }

    static byte[] bifoga(byte[] pdf, List<Dokumentpipeline.Bilaga> bilagor) throws IOException {
        if (bilagor.isEmpty()) {
            return pdf;
        }
        try (PDDocument dokument = Loader.loadPDF(pdf); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            Map<String, PDComplexFileSpecification> filer = new LinkedHashMap<>();
            for (Dokumentpipeline.Bilaga b : bilagor) {
                PDEmbeddedFile fil = new PDEmbeddedFile(dokument, new ByteArrayInputStream(b.innehall()));
                fil.setSubtype("application/pdf");
                fil.setSize(b.innehall().length);
                fil.setModDate(new GregorianCalendar());
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(b.filnamn());
                spec.setFileUnicode(b.filnamn());
                spec.setFileDescription(b.beskrivning());
                spec.setEmbeddedFile(fil);
                spec.setEmbeddedFileUnicode(fil);
                filer.put(b.filnamn(), spec);
            }
            PDEmbeddedFilesNameTreeNode trad = new PDEmbeddedFilesNameTreeNode();
            trad.setNames(filer);
            PDDocumentNameDictionary namn = new PDDocumentNameDictionary(dokument.getDocumentCatalog());
            namn.setEmbeddedFiles(trad);
            dokument.getDocumentCatalog().setNames(namn);
            dokument.save(ut);
            return ut.toByteArray();
        }
    }
}
