package se.remiss.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The document's own description, written twice and identically as PDF/A requires: XMP (which an
 * archive reads) and the information dictionary (which a PDF reader shows). Organisation and
 * diarienummer are the publisher and the identifier, and also in the keywords, so a reader that
 * shows only the information dictionary still sees which case the document belongs to.
 */
final class Pdfmetadata {

    static final String PRODUCENT = "Remiss";

    private Pdfmetadata() {
    }

    static void skriv(PDDocument dokument, Dokumentinfo info, Instant skapad) throws IOException {
        Calendar tid = GregorianCalendar.from(skapad.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        String nyckelord = nyckelord(info);
        PDDocumentInformation dict = new PDDocumentInformation();
        dict.setTitle(info.titel());
        dict.setAuthor(info.forfattare());
        dict.setSubject(info.amne());
        dict.setKeywords(nyckelord);
        dict.setCreator(PRODUCENT);
        dict.setProducer(PRODUCENT);
        dict.setCreationDate(tid);
        dict.setModificationDate(tid);
        dokument.setDocumentInformation(dict);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (info.titel() != null) {
            dc.setTitle(info.titel());
        }
        if (info.forfattare() != null) {
            dc.addCreator(info.forfattare());
        }
        if (info.amne() != null) {
            dc.setDescription(info.amne());
        }
        if (info.organisation() != null) {
            dc.addPublisher(info.organisation());
        }
        if (info.diarienummer() != null) {
            dc.setIdentifier(info.diarienummer());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCENT);
        if (nyckelord != null) {
            pdf.setKeywords(nyckelord);
        }
        XMPBasicSchema grund = xmp.createAndAddXMPBasicSchema();
        grund.setCreatorTool(PRODUCENT);
        grund.setCreateDate(tid);
        grund.setModifyDate(tid);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream ut = new ByteArrayOutputStream(4096);
        try {
            // The JDK's own XML factories: the no-argument constructor looks them up on the class path
            // (ServiceLoader) for every document, which cost more than rendering a page.
            new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                    .serialize(xmp, ut, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP-metadata kunde inte skrivas", e);
        }
        PDMetadata metadata = new PDMetadata(dokument);
        metadata.importXMPMetadata(ut.toByteArray());
        dokument.getDocumentCatalog().setMetadata(metadata);
    }

    private static String nyckelord(Dokumentinfo info) {
        StringBuilder sb = new StringBuilder();
        if (info.organisation() != null) {
            sb.append(info.organisation());
        }
        if (info.diarienummer() != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("Dnr ").append(info.diarienummer());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
