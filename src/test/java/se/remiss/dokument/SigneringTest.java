package se.remiss.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000 rendered, signed by its two signatories in turn (avdelningschef, then stadsdelsdirektör)
 * and checked by three independent readers: our own verifier (PDFBox + BouncyCastle), veraPDF for
 * PDF/A-2b before and after signing, and EU DSS for the PAdES baseline level. The signed sample is
 * left in target/dokument/ for .ci/run's poppler checks (pdfsig, pdffonts).
 */
class SigneringTest {

    private static final Path MALLAR = Path.of("templates");

    @TempDir
    static Path nycklar;

    private static Testnycklar testnycklar;
    private static byte[] osignerad;
    private static byte[] signerad;

    @BeforeAll
    static void rendera() throws Exception {
        testnycklar = new Testnycklar(nycklar);
        osignerad = Pdfrendering.pdfA(Provdokument.xhtml(), MALLAR, Provdokument.INFO, false, Instant.now());
        byte[] en = PadesSignerare.signera(osignerad, Provdokument.AVDELNINGSCHEF,
                testnycklar.signerare(Provdokument.AVDELNINGSCHEF), null, Instant.now());
        signerad = PadesSignerare.signera(en, Provdokument.DIREKTOR,
                testnycklar.signerare(Provdokument.DIREKTOR), null, Instant.now());
        Files.createDirectories(Path.of("target/dokument"));
        Files.write(Path.of("target/dokument/signerat-exempel.pdf"), signerad);
    }

    private static Set<X509Certificate> betrodda() throws Exception {
        return Set.of(testnycklar.ca());
    }

    @Test
    void dokumentetArPdfAMedSeedensInnehall() throws Exception {
        assertEquals(List.of(), VeraPdf.fel(osignerad));
        try (PDDocument d = Loader.loadPDF(osignerad)) {
            assertTrue(d.getNumberOfPages() >= 5 && d.getNumberOfPages() <= 7, "sidor: " + d.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), d.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals("Vantörs stadsdelsförvaltning, Dnr 302-105/2006", d.getDocumentInformation().getKeywords());
        }
        String text = Pdftext.av(osignerad).replaceAll("\\s+", " ");
        for (String rubrik : List.of("FÖRSLAG TILL BESLUT", "SAMMANFATTNING", "ÄRENDETS BEREDNING", "BAKGRUND",
                "PROGRAMMET SAMMANFATTAT", "STADSDELSFÖRVALTNINGENS SYNPUNKTER", "TJÄNSTEUTLÅTANDE",
                Provdokument.FRISTMENING, "Monika Viklander", "Åsa Berntsson", "Stadsdelsdirektör", "Avdelningschef",
                "Dnr 302-105/2006", "Sida 1 (", "människohandel för sexuella ändamål")) {
            assertTrue(text.contains(rubrik), rubrik + " saknas i " + text);
        }
    }

    @Test
    void tvaUnderskrifterBadaGiltigaDenSistaTackerHelaDokumentet() throws Exception {
        Verifieringsrapport rapport = Verifierare.verifiera(signerad, betrodda());
        assertEquals(2, rapport.signaturer().size());
        Verifieringsrapport.Signatur forsta = rapport.signaturer().get(0);
        Verifieringsrapport.Signatur andra = rapport.signaturer().get(1);
        assertTrue(forsta.undertecknare().startsWith("Åsa Berntsson"), forsta.toString());
        assertTrue(andra.undertecknare().startsWith("Monika Viklander"), andra.toString());
        for (Verifieringsrapport.Signatur s : rapport.signaturer()) {
            assertTrue(s.intakt() && s.betrodd() && s.testnyckel(), s.toString());
            assertNotNull(s.tidpunkt());
            assertNull(s.tidsstampel());
        }
        assertFalse(forsta.helaDokumentet());
        assertTrue(andra.helaDokumentet());
        assertTrue(rapport.giltig());
        // Trusted only against the development CA: with no trusted certificate nothing is trusted.
        assertFalse(Verifierare.verifiera(signerad, Set.of()).signaturer().get(0).betrodd());
    }

    @Test
    void signeratDokumentArFortfarandePdfA() throws Exception {
        assertEquals(List.of(), VeraPdf.fel(signerad));
    }

    @Test
    void euDssSerPadesBaselineB() {
        assertEquals(List.of(SignatureLevel.PAdES_BASELINE_B, SignatureLevel.PAdES_BASELINE_B), Dss.nivaer(signerad));
    }

    @Test
    void signaturernaArEgnaFaltMedSynligtBlockOvanforNamnet() throws Exception {
        try (PDDocument d = Loader.loadPDF(signerad)) {
            List<PDSignature> signaturer = d.getSignatureDictionaries();
            assertEquals(2, signaturer.size());
            for (PDSignature s : signaturer) {
                assertEquals("ETSI.CAdES.detached", s.getSubFilter());
                assertNotNull(s.getSignDate());
            }
            List<PDSignatureField> falt = d.getDocumentCatalog().getAcroForm().getFields().stream()
                    .filter(PDSignatureField.class::isInstance).map(PDSignatureField.class::cast).toList();
            assertEquals(List.of("Underskrift 1", "Underskrift 2"), falt.stream().map(PDSignatureField::getPartialName).toList());
            PDAnnotationWidget avdelningschef = falt.get(0).getWidgets().get(0);
            PDAnnotationWidget direktor = falt.get(1).getWidgets().get(0);
            // Side by side as the names are printed: the direktör's name is left of the avdelningschef's.
            assertTrue(direktor.getRectangle().getLowerLeftX() < avdelningschef.getRectangle().getLowerLeftX());
            assertEquals(direktor.getRectangle().getLowerLeftY(), avdelningschef.getRectangle().getLowerLeftY(), 0.5);
            assertTrue(avdelningschef.getRectangle().getWidth() > 0 && avdelningschef.isPrinted());
            assertEquals(d.getPage(0).getCOSObject(), direktor.getPage().getCOSObject(), "underskrifterna står på sidan 1");
        }
        // The block is the widget's appearance (not page text): its font is embedded, its box the widget's size.
        try (PDDocument d = Loader.loadPDF(signerad)) {
            PDSignatureField falt = (PDSignatureField) d.getDocumentCatalog().getAcroForm().getField("Underskrift 2");
            PDAnnotationWidget widget = falt.getWidgets().get(0);
            var utseende = widget.getNormalAppearanceStream();
            assertEquals(widget.getRectangle().getWidth(), utseende.getBBox().getWidth(), 0.01);
            for (var namn : utseende.getResources().getFontNames()) {
                assertTrue(utseende.getResources().getFont(namn).isEmbedded(), namn.getName());
            }
        }
        assertEquals(List.of("Digitalt undertecknat av", "Monika Viklander, Stadsdelsdirektör", "2026-12-04 kl. 09.05",
                Signaturblock.TESTNYCKEL), Signaturblock.rader(Provdokument.DIREKTOR,
                        Instant.parse("2026-12-04T08:05:00Z"), true));
    }

    @Test
    void enAndradByteGorUnderskrifternaOgiltiga() throws Exception {
        byte[] andrad = signerad.clone();
        int plats = osignerad.length / 2;
        andrad[plats] ^= 0x01;
        Verifieringsrapport rapport = Verifierare.verifiera(andrad, betrodda());
        assertEquals(2, rapport.signaturer().size());
        assertTrue(rapport.signaturer().stream().noneMatch(Verifieringsrapport.Signatur::intakt), rapport.toString());
        assertFalse(rapport.giltig());
        // A byte after the first signature (in the second's update) breaks only the second.
        byte[] sent = signerad.clone();
        sent[en() + 200] ^= 0x01;
        Verifieringsrapport senare = Verifierare.verifiera(sent, betrodda());
        assertTrue(senare.signaturer().get(0).intakt());
        assertFalse(senare.signaturer().get(1).intakt());
    }

    private static int en() throws Exception {
        try (PDDocument d = Loader.loadPDF(signerad)) {
            int[] omfang = d.getSignatureDictionaries().get(0).getByteRange();
            return omfang[2] + omfang[3];
        }
    }

    @Test
    void tidsstampelGerPadesBaselineT() throws Exception {
        try (TestTsa tsa = new TestTsa()) {
            byte[] pdf = PadesSignerare.signera(osignerad, Provdokument.DIREKTOR,
                    testnycklar.signerare(Provdokument.DIREKTOR), new Tidsstampling(tsa.adress()), Instant.now());
            Verifieringsrapport rapport = Verifierare.verifiera(pdf, betrodda());
            Verifieringsrapport.Signatur s = rapport.signaturer().get(0);
            assertNotNull(s.tidsstampel(), s.toString());
            assertTrue(s.intakt() && s.betrodd() && s.helaDokumentet(), s.toString());
            assertEquals(List.of(SignatureLevel.PAdES_BASELINE_T), Dss.nivaer(pdf));
            assertEquals(List.of(), VeraPdf.fel(pdf));
        }
    }

    @Test
    void enFilSomInteArPdfAvvisas() {
        OgiltigPdf fel = assertThrows(OgiltigPdf.class, () -> Verifierare.verifiera("hej".getBytes(), Set.of()));
        assertEquals("fil", fel.fel().get(0).falt());
    }
}
