package se.remiss.program.text;

import static se.remiss.program.text.Granser.MAX_UPPACKAT;
import static se.remiss.program.text.Granser.MAX_WORD_XML;
import static se.remiss.program.text.Granser.MAX_ZIPPOSTER;
import static se.remiss.program.text.Granser.SAMTIDIGA_WORD;
import static se.remiss.program.text.Granser.STODS_INTE;
import static se.remiss.program.text.Granser.WORD_SKADAD;
import static se.remiss.program.text.Granser.WORD_UTAN_TEXT;
import static se.remiss.program.text.Granser.fel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import se.remiss.plattform.Valideringsfel;

/**
 * A zip upload: checked entry by entry for size, entry count and Word XML before POI builds its DOM
 * (one at a time), then read by {@link Wordtext}.
 */
final class Wordfil {
    private static final Semaphore WORDPLATSER = new Semaphore(SAMTIDIGA_WORD);

    private Wordfil() {
    }

    static String text(byte[] innehall, String andelse, Avbrott avbrott) throws IOException {
        String innehallstyper = null;
        boolean lasbar = true;
        long uppackat = 0;
        long xml = 0;
        int poster = 0;
        byte[] buffert = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(innehall))) {
            ZipEntry post;
            while ((post = zip.getNextEntry()) != null) {
                avbrott.kontrollera();
                if (++poster > MAX_ZIPPOSTER) {
                    throw new ForMycket();
                }
                ByteArrayOutputStream typer = "[Content_Types].xml".equals(post.getName())
                        ? new ByteArrayOutputStream() : null;
                // By name or by content: POI finds the parts it parses through relationships and
                // content types, so a part called "word/media/x.png" can be the main document.
                Boolean xmldel = arXmlDel(post.getName()) ? Boolean.TRUE : null;
                int n;
                while ((n = zip.read(buffert)) > 0) {
                    if (xmldel == null) {
                        xmldel = borjarSomXml(buffert, n);
                    }
                    uppackat += n;
                    if (uppackat > MAX_UPPACKAT) {
                        throw new ForMycket();
                    }
                    if (xmldel && (xml += n) > MAX_WORD_XML) {
                        throw new ForMycket();
                    }
                    if (typer != null && typer.size() < 1024 * 1024) {
                        typer.write(buffert, 0, n);
                    }
                }
                if (typer != null) {
                    innehallstyper = typer.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Avbruten || e instanceof ForMycket) {
                throw e;
            }
            lasbar = false;
        }
        boolean word = innehallstyper != null && (innehallstyper.contains("wordprocessingml.document.main+xml")
                || innehallstyper.contains("wordprocessingml.template.main+xml")
                || innehallstyper.contains("ms-word.document.macroEnabled.main+xml")
                || innehallstyper.contains("ms-word.template.macroEnabledTemplate.main+xml"));
        if (!word) {
            boolean heterWord = "docx".equals(andelse) || "docm".equals(andelse);
            throw fel(heterWord && (!lasbar || innehallstyper == null) ? WORD_SKADAD : STODS_INTE);
        }
        if (!lasbar) {
            throw fel(WORD_SKADAD);
        }
        String text;
        vantaPaWordplats(avbrott);
        try (XWPFDocument dokument = new XWPFDocument(new ByteArrayInputStream(innehall))) {
            avbrott.kontrollera();
            text = new Wordtext(dokument, avbrott).text();
        } catch (Valideringsfel | Avbruten | ForMycket e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw fel(WORD_SKADAD);
        } finally {
            WORDPLATSER.release();
        }
        text = Normalisering.normalisera(text);
        if (text.isEmpty()) {
            throw fel(WORD_UTAN_TEXT);
        }
        return text;
    }

    /** Parts POI parses into a DOM: every XML part and relationship list (pictures and fonts are not). */
    private static boolean arXmlDel(String namn) {
        String n = namn.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    /**
     * Whether a zip entry starts like XML (after an optional byte order mark and white space, a '<';
     * a UTF-16 byte order mark counts as XML): what POI could parse into a DOM, whatever the entry
     * is called. Pictures and fonts do not, so they do not count against the XML bound.
     */
    private static boolean borjarSomXml(byte[] b, int n) {
        int i = 0;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return true;
        }
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < n && b[i] == '<';
    }

    /** Takes the one Word slot, waiting no longer than the upload's own deadline allows. */
    private static void vantaPaWordplats(Avbrott avbrott) {
        try {
            while (!WORDPLATSER.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                avbrott.kontrollera();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Avbruten();
        }
    }
}
