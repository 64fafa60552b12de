package se.remiss.utlatande;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The text of a PDF by poppler's pdftotext, an independent reader (installed by .ci/run). */
final class Pdftext {

    private Pdftext() {
    }

    static String av(byte[] pdf) {
        try {
            Path fil = Files.createTempFile("utlatande", ".pdf");
            try {
                Files.write(fil, pdf);
                Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", fil.toString(), "-")
                        .redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new AssertionError("pdftotext misslyckades: " + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(fil);
            }
        } catch (IOException e) {
            throw new AssertionError("pdftotext saknas (apt-get install poppler-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
