package se.remiss.program.text;

import static se.remiss.program.text.Granser.FOR_STOR;
import static se.remiss.program.text.Granser.INGEN_DOCX;
import static se.remiss.program.text.Granser.INGEN_PDF;
import static se.remiss.program.text.Granser.MAX_BYTE;
import static se.remiss.program.text.Granser.OCR_TIDSGRANS_MS;
import static se.remiss.program.text.Granser.PDF_SKADAD;
import static se.remiss.program.text.Granser.SAKNAR_TEXTLAGER;
import static se.remiss.program.text.Granser.STODS_INTE;
import static se.remiss.program.text.Granser.TIDSGRANS_MS;
import static se.remiss.program.text.Granser.TOM;
import static se.remiss.program.text.Granser.WORD_KRYPTERAD;
import static se.remiss.program.text.Granser.WORD_SKADAD;
import static se.remiss.program.text.Granser.fel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import se.remiss.plattform.Valideringsfel;

/**
 * Turns an uploaded programme file (PDF, DOCX, plain text or Markdown) into plain text for the
 * programme parser.
 *
 * <p>The file type is decided by content first (magic bytes) and by name second. Every file that
 * cannot be read is answered with a {@link Valideringsfel} on the field {@code fil} carrying a
 * Swedish message; no other exception leaves {@link #text}. Every file is read on a daemon
 * worker thread and the caller waits at most {@link Granser#TIDSGRANS_MS} ms, so a hostile file costs the
 * caller at most that long; the worker checks the same deadline while it works and stops by itself
 * soon after the caller has given up.
 *
 * <p>Limits (all per file): {@link Granser#MAX_BYTE} bytes in, {@link Granser#MAX_SIDOR} PDF pages,
 * {@link Granser#MAX_UPPACKAT} bytes after decompression (PDF streams other than images; DOCX zip
 * entries), {@link Granser#MAX_TECKEN_PER_SIDA} glyphs on one PDF page, {@link Granser#MAX_TECKEN} characters of
 * text out, and at most {@link Granser#SAMTIDIGA} files being
 * read at the same time.
 *
 * <p>Output: lines separated by "\n", paragraphs by a blank line, no trailing spaces, NFC. Bullet
 * items are written as "• …" (DOCX bullet numbering, Markdown "- " / "* "); PDF text is left as
 * the PDF has it, hyphenation and page furniture included — cleaning that up is the parser's job;
 * PDF paragraphs (a larger vertical gap or an indent) and page breaks become blank lines.
 */
public final class Textutdragare {
    private static final Set<String> TEXTANDELSER = Set.of("txt", "text", "md", "markdown", "mdown", "mkd");
    /** Names of formats we do not read: text-like content under these names is refused, not guessed at. */
    private static final Set<String> ANDRA_FORMAT = Set.of("doc", "docm", "dot", "dotx", "dotm", "odt", "ott",
            "rtf", "xls", "xlsx", "xlsm", "ods", "csv", "ppt", "pptx", "odp", "pages", "htm", "html", "xhtml",
            "xml", "json", "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "webp", "heic", "svg", "zip",
            "7z", "rar", "gz", "tar", "exe", "dll", "msg", "eml", "epub");

    private Textutdragare() {
    }

    /**
     * The plain text of an uploaded programme file.
     *
     * <p>Blocks for up to {@link Granser#TIDSGRANS_MS} ms: call it from a worker thread, not an event loop.
     *
     * @param filnamn the uploaded file's name (may be null); only its extension is used, and only
     *                after the content has been looked at
     * @param innehall the file's bytes
     * @throws Valideringsfel on field {@code fil} for every file that cannot be read, with a message
     *                        for the user
     */
    public static String text(String filnamn, byte[] innehall) {
        return utdrag(filnamn, innehall, false).text();
    }

    /** Text of a file and whether it came from OCR (a PDF without a text layer). */
    public record Utdrag(String text, boolean ocr) {
    }

    /**
     * As {@link #text(String, byte[])}; with {@code ocr} a PDF without a text layer is read by
     * {@link Ocr} when Tesseract with Swedish is installed (with a longer time limit,
     * {@link Granser#OCR_TIDSGRANS_MS}); otherwise it is refused as before.
     */
    public static Utdrag utdrag(String filnamn, byte[] innehall, boolean ocr) {
        if (innehall == null || innehall.length == 0) {
            throw fel(TOM);
        }
        if (innehall.length > MAX_BYTE) {
            throw fel(FOR_STOR);
        }
        String andelse = andelse(filnamn);
        if (arPdf(innehall, "pdf".equals(andelse))) {
            try {
                return new Utdrag(Tidsgrans.medTidsgrans(avbrott -> Pdftext.text(innehall, avbrott), PDF_SKADAD), false);
            } catch (Valideringsfel e) {
                if (!ocr || !e.perFalt().containsValue(SAKNAR_TEXTLAGER) || !Ocr.tillganglig()) {
                    throw e;
                }
            }
            return new Utdrag(Tidsgrans.medTidsgrans(avbrott -> Pdftext.ocr(innehall, avbrott), PDF_SKADAD,
                    OCR_TIDSGRANS_MS), true);
        }
        if ("pdf".equals(andelse)) {
            throw fel(INGEN_PDF);
        }
        if (borjarMed(innehall, 'P', 'K', 3, 4)) {
            return new Utdrag(Tidsgrans.medTidsgrans(avbrott -> Wordfil.text(innehall, andelse, avbrott), WORD_SKADAD),
                    false);
        }
        if (borjarMed(innehall, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // OLE2 compound file: a Word 97 .doc, or an OOXML file encrypted with a password.
            if (("docx".equals(andelse) || "docm".equals(andelse)) && arKrypteradOoxml(innehall)) {
                throw fel(WORD_KRYPTERAD);
            }
            throw fel(STODS_INTE);
        }
        if ("docx".equals(andelse)) {
            throw fel(INGEN_DOCX);
        }
        if (arKandBinar(innehall) || (ANDRA_FORMAT.contains(andelse) && !TEXTANDELSER.contains(andelse))) {
            throw fel(STODS_INTE);
        }
        return new Utdrag(Tidsgrans.medTidsgrans(avbrott -> Textfil.text(innehall, andelse, avbrott), STODS_INTE),
                false);
    }

    // ---------------------------------------------------------------- type detection

    static String andelse(String filnamn) {
        if (filnamn == null) {
            return "";
        }
        String namn = filnamn.strip();
        int snedstreck = Math.max(namn.lastIndexOf('/'), namn.lastIndexOf('\\'));
        namn = namn.substring(snedstreck + 1);
        int punkt = namn.lastIndexOf('.');
        return punkt < 0 ? "" : namn.substring(punkt + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * "%PDF-" at the start; for a file named .pdf also anywhere in the first 1024 bytes, as readers
     * allow (some generators put junk before it) — not for other names, so a text that merely
     * mentions "%PDF-" near its start stays text.
     */
    private static boolean arPdf(byte[] b, boolean heterPdf) {
        int grans = Math.min(b.length - 5, heterPdf ? 1024 : 0);
        for (int i = 0; i <= grans; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static boolean borjarMed(byte[] b, int... magi) {
        if (b.length < magi.length) {
            return false;
        }
        for (int i = 0; i < magi.length; i++) {
            if ((b[i] & 0xFF) != magi[i]) {
                return false;
            }
        }
        return true;
    }

    /** Formats recognised by their first bytes that are certainly not text. */
    private static boolean arKandBinar(byte[] b) {
        return borjarMed(b, 0x89, 'P', 'N', 'G') // PNG
                || borjarMed(b, 0xFF, 0xD8, 0xFF) // JPEG
                || borjarMed(b, 'G', 'I', 'F', '8') // GIF
                || borjarMed(b, 'I', 'I', 0x2A, 0) || borjarMed(b, 'M', 'M', 0, 0x2A) // TIFF
                || borjarMed(b, 0x1F, 0x8B) // gzip
                || borjarMed(b, '7', 'z', 0xBC, 0xAF) // 7z
                || borjarMed(b, 'R', 'a', 'r', '!') // rar
                || borjarMed(b, 'M', 'Z') // Windows executable
                || borjarMed(b, 0x7F, 'E', 'L', 'F') // ELF
                || borjarMed(b, '{', '\\', 'r', 't', 'f'); // RTF
    }

    private static boolean arKrypteradOoxml(byte[] b) {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(b))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return false;
        }
    }
}
