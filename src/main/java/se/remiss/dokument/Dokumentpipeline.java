package se.remiss.dokument;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.RemissConfig;

/**
 * Decision documents from HTML to signed PDF, for every feature that issues them (tjänsteutlåtanden
 * now, protokoll later): render to PDF/A-2b, sign with PAdES one signer at a time, verify. The
 * PDF bytes are the only state: each signature is an incremental update of the previous bytes.
 */
@ApplicationScoped
public class Dokumentpipeline {

    private final Nyckelforrad nycklar;
    private final Klocka klocka;
    private final Tidsstampling tidsstampling;

    Dokumentpipeline(Nyckelforrad nycklar, Klocka klocka, RemissConfig config) {
        this.nycklar = nycklar;
        this.klocka = klocka;
        this.tidsstampling = config.signering().tsaUrl().filter(s -> !s.isBlank())
                .map(s -> new Tidsstampling(URI.create(s))).orElse(null);
    }

    /**
     * XHTML rendered from a template in templates/ → PDF/A-2b (A4 by the template's CSS, bundled
     * fonts, XMP metadata from {@code info}). {@code stilkatalog}: the folder of the template's CSS.
     * {@code utkast}: stamp "Utkast – ej godkänt" visibly on every page. A document the renderer
     * cannot read throws {@link IOException} wrapped as {@link UncheckedIOException} or the
     * renderer's own runtime exception; the caller names the template.
     */
    public byte[] pdfA(String xhtml, Path stilkatalog, Dokumentinfo info, boolean utkast) {
        try {
            return Pdfrendering.pdfA(xhtml, stilkatalog, info, utkast, klocka.nu());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF/A document to attach: its file name, a description and its bytes (kept exactly). */
    public record Bilaga(String filnamn, String beskrivning, byte[] innehall) {
    }

    /**
     * {@code pdf} (from {@link #pdfA}, before any signature) with {@code bilagor} embedded as
     * attachments – PDF/A documents themselves, as PDF/A-2 requires.
     */
    public byte[] medBilagor(byte[] pdf, java.util.List<Bilaga> bilagor) {
        try {
            return Pdfbilagor.bifoga(pdf, bilagor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds one PAdES signature for {@code undertecknare} (incremental update, own field, visible
     * block with name, title and time in the signatory area) and returns the new bytes. Throws
     * {@link Nyckelsaknas} (a Konflikt, Swedish message) when no key is configured for the signer.
     */
    public byte[] signera(byte[] pdf, Undertecknare undertecknare) {
        CmsSignerare nyckel = nycklar.signerare(undertecknare);
        Instant tid = klocka.nu();
        try {
            return PadesSignerare.signera(pdf, undertecknare, nyckel, tidsstampling, tid);
        } catch (IOException e) {
            throw new UncheckedIOException("Dokumentet kunde inte undertecknas: " + e.getMessage(), e);
        }
    }

    /**
     * Every signature of {@code pdf}: signer, claimed time, time-stamp, whole document, intact,
     * trusted. A file that is not a readable PDF throws {@link OgiltigPdf} (400, field "fil").
     */
    public Verifieringsrapport verifiera(byte[] pdf) {
        return Verifierare.verifiera(pdf, nycklar.betrodda());
    }

    /** Whether signing uses generated test keys for signers without a configured key. */
    public boolean testnycklar() {
        return nycklar.testnycklar();
    }
}
