package se.remiss.program.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.remiss.program.Avsnitt;
import se.remiss.program.Krav;
import se.remiss.program.ProgramParser;
import se.remiss.program.Programstruktur;

/**
 * The same programme (src/test/resources/pdfkorpus/program.html, made into files by generera.sh) as
 * DOCX and as PDFs from different producers must give the same title, goals, section tree,
 * commitments and addressees — and no running header or page number may survive in any text.
 */
class PdfkorpusTest {
    private static final Path KORPUS = Path.of("src/test/resources/pdfkorpus");
    private static final Pattern SIDBRUS = Pattern.compile("(?iu).*(remissversion|stadsledningskontoret\\s*[·–]"
            + "|\\bsida\\s+\\d+).*", Pattern.DOTALL);

    private static final List<String> NYCKLAR = List.of("inledning", "1", "2", "2.1", "2.2", "3", "3.1", "3.2",
            "3.3", "3.4", "4");
    private static final Map<String, List<String>> ADRESSATER = Map.of(
            "3.1", List.of("Trafiknämnden", "Exploateringsnämnden", "Stadsdelsnämnderna"),
            "3.2", List.of("Kulturnämnden", "Idrottsnämnden", "Fastighetsnämnden"),
            "3.3", List.of("Kommunstyrelsen", "Stockholms stads bostadsbolag"),
            "3.4", List.of("Stadsledningskontoret", "Socialnämnden"));

    @Test
    void docxGerProgrammetsStruktur() {
        Programstruktur docx = struktur("program.docx");
        assertEquals("Program för en trygg och tillgänglig stadsmiljö 2027–2030", docx.titel());
        assertEquals(3, docx.mal().size(), docx.mal().toString());
        assertTrue(docx.mal().get(0).startsWith("fler invånare ska känna sig trygga"));
        assertEquals(NYCKLAR, nycklar(docx));
        ADRESSATER.forEach((nyckel, vem) -> assertEquals(vem, forstaAdressat(docx, nyckel), nyckel));
        assertTrue(docx.allaAvsnitt().stream().noneMatch(a -> SIDBRUS.matcher(a.rubrik() + a.text()).matches()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium-sidhuvud.pdf", "chromium-taggad.pdf", "chromium-tva-spalter.pdf",
        "libreoffice.pdf", "libreoffice-taggad.pdf", "felaktiga-taggar.pdf"})
    void pdfGerSammaStrukturSomDocx(String fil) {
        Programstruktur docx = struktur("program.docx");
        Programstruktur pdf = struktur(fil);
        assertEquals(docx.titel(), pdf.titel(), "titel");
        assertEquals(docx.mal(), pdf.mal(), "mål");
        assertEquals(nycklar(docx), nycklar(pdf), "avsnitt");
        for (Avsnitt a : docx.allaAvsnitt()) {
            Avsnitt b = pdf.avsnitt(a.nyckel()).orElseThrow();
            assertEquals(a.rubrik(), b.rubrik(), "rubrik " + a.nyckel());
            assertEquals(krav(a), krav(b), "åtaganden i " + a.nyckel());
            assertEquals(ord(a.text()), ord(b.text()), "text i " + a.nyckel());
        }
        for (Avsnitt a : pdf.allaAvsnitt()) {
            assertFalse(SIDBRUS.matcher(a.rubrik() + "\n" + a.text()).matches(),
                    "sidhuvud eller sidnummer kvar i " + a.nyckel() + ": " + a.text());
            a.krav().forEach(k -> assertFalse(SIDBRUS.matcher(k.text()).matches(), k.text()));
        }
        ADRESSATER.forEach((nyckel, vem) -> assertEquals(vem, forstaAdressat(pdf, nyckel), fil + " " + nyckel));
    }

    @Test
    void taggarnaAnvandsNarDeStammerMenInteNarRubrikerArTaggadeSomStycken() throws IOException {
        assertTrue(taggadeBlock("libreoffice-taggad.pdf").isPresent(), "LibreOffice taggad");
        assertTrue(taggadeBlock("chromium-taggad.pdf").isPresent(), "Chromium taggad");
        assertFalse(taggadeBlock("felaktiga-taggar.pdf").isPresent(), "rubriker taggade som P: layouten gäller");
    }

    @Test
    void sidhuvudetBlirAldrigTitelnAvEttWorddokument() {
        // program.docx carries the running header in its page header part (made by LibreOffice).
        assertFalse(struktur("program.docx").titel().toUpperCase().contains("REMISSVERSION"));
    }

    private static java.util.Optional<List<Block>> taggadeBlock(String fil) throws IOException {
        Avbrott avbrott = new Avbrott(System.nanoTime() + 60_000_000_000L);
        try (PDDocument dokument = Pdftext.oppna(las(fil), avbrott)) {
            return Pdftext.las(dokument, avbrott).taggat();
        }
    }

    static Programstruktur struktur(String fil) {
        return new ProgramParser().tolka(Textutdragare.text(fil, las(fil)));
    }

    static byte[] las(String fil) {
        try {
            return Files.readAllBytes(KORPUS.resolve(fil));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> nycklar(Programstruktur s) {
        return s.allaAvsnitt().stream().map(Avsnitt::nyckel).toList();
    }

    private static List<String> krav(Avsnitt a) {
        return a.krav().stream().map(k -> ord(k.text()) + " → " + k.adressater()).toList();
    }

    private static List<String> forstaAdressat(Programstruktur s, String nyckel) {
        return s.avsnitt(nyckel).orElseThrow().krav().stream().map(Krav::adressater)
                .map(a -> a.isEmpty() ? "" : a.get(0)).toList();
    }

    private static String ord(String text) {
        return Stream.of(text.split("\\s+")).filter(o -> !o.isEmpty()).collect(Collectors.joining(" "));
    }
}
