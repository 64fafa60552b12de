package se.remiss.program.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Text of a scanned PDF by optical character recognition: each page rendered at 300 dpi in grey and
 * read by Tesseract with its Swedish model (Debian: tesseract-ocr, tesseract-ocr-swe), called as a
 * process. Used only for a PDF without a text layer and only where Tesseract with Swedish is
 * installed; the import then warns that the text came from OCR.
 */
final class Ocr {
    static final int MAX_SIDOR = 40;
    private static final int DPI = 300;
    private static final int MAX_UT = 2_000_000;
    private static volatile Boolean tillganglig;

    private Ocr() {
    }

    /** Whether Tesseract with the Swedish model can be run here (asked once). */
    static boolean tillganglig() {
        Boolean svar = tillganglig;
        if (svar == null) {
            svar = fraga();
            tillganglig = svar;
        }
        return svar;
    }

    private static boolean fraga() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String ut = new String(p.getInputStream().readNBytes(64_000), StandardCharsets.UTF_8);
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && ut.lines().anyMatch("swe"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The recognised text, pages separated by blank lines. */
    static String text(PDDocument dokument, Avbrott avbrott) throws IOException {
        PDFRenderer renderare = new PDFRenderer(dokument);
        List<String> text = new ArrayList<>();
        int sidor = Math.min(dokument.getNumberOfPages(), MAX_SIDOR);
        Path mapp = Files.createTempDirectory("remiss-ocr");
        try {
            for (int i = 0; i < sidor; i++) {
                avbrott.kontrollera();
                BufferedImage bild = renderare.renderImageWithDPI(i, DPI, ImageType.GRAY);
                Path fil = mapp.resolve("sida-" + i + ".png");
                ImageIO.write(bild, "png", fil.toFile());
                text.add(tesseract(fil, avbrott));
                Files.deleteIfExists(fil);
            }
        } finally {
            try (var filer = Files.list(mapp)) {
                for (Path f : filer.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(mapp);
        }
        return String.join("\n\n", utanSidhuvud(text));
    }

    /**
     * The pages' texts without the lines a scanned page repeats at its top or bottom (running
     * header, footer) or that are only a page number — the same rule as {@link Lopandetext}, on
     * recognised lines instead of glyphs.
     */
    static List<String> utanSidhuvud(List<String> sidor) {
        Map<String, Set<Integer>> forekomster = new HashMap<>();
        List<List<String>> rader = new ArrayList<>();
        for (int s = 0; s < sidor.size(); s++) {
            List<String> sidansRader = sidor.get(s).lines().toList();
            rader.add(sidansRader);
            for (String kant : kanter(sidansRader)) {
                forekomster.computeIfAbsent(Lopandetext.nyckel(kant), k -> new HashSet<>()).add(s);
            }
        }
        List<String> ut = new ArrayList<>();
        for (List<String> sida : rader) {
            Set<String> kanter = new HashSet<>(kanter(sida));
            List<String> kvar = new ArrayList<>();
            for (String rad : sida) {
                boolean bort = kanter.contains(rad) && (Lopandetext.arSidnummer(rad)
                        || upprepad(forekomster.get(Lopandetext.nyckel(rad)), sidor.size()));
                if (!bort) {
                    kvar.add(rad);
                }
            }
            ut.add(String.join("\n", kvar));
        }
        return ut;
    }

    private static boolean upprepad(Set<Integer> sidor, int antal) {
        return sidor != null && sidor.size() >= 2 && sidor.size() * 2 >= antal;
    }

    /** The first and last two non-blank lines of a page. */
    private static List<String> kanter(List<String> rader) {
        List<String> ifyllda = rader.stream().filter(r -> !r.isBlank()).toList();
        List<String> kanter = new ArrayList<>();
        for (int i = 0; i < ifyllda.size(); i++) {
            if (i < 2 || i >= ifyllda.size() - 2) {
                kanter.add(ifyllda.get(i));
            }
        }
        return kanter;
    }

    /** Runs Tesseract into a file beside the image, checking the deadline while it works. */
    private static String tesseract(Path bild, Avbrott avbrott) throws IOException {
        Path utbas = bild.resolveSibling(bild.getFileName().toString().replace(".png", ""));
        Process p = new ProcessBuilder("tesseract", bild.toString(), utbas.toString(), "-l", "swe", "--psm", "3")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                avbrott.kontrollera();
            }
            Path ut = utbas.resolveSibling(utbas.getFileName() + ".txt");
            if (p.exitValue() != 0 || !Files.exists(ut)) {
                throw new IOException("tesseract misslyckades");
            }
            if (Files.size(ut) > MAX_UT) {
                throw new ForMycket();
            }
            String text = Files.readString(ut, StandardCharsets.UTF_8);
            Files.deleteIfExists(ut);
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Avbruten();
        } finally {
            p.destroyForcibly();
        }
    }
}
