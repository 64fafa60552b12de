package se.remiss.program;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import se.remiss.plattform.Valideringsfel;

/**
 * Turns an uploaded programme file (PDF, DOCX, plain text or Markdown) into plain text for the
 * programme parser.
 *
 * <p>The file type is decided by content first (magic bytes) and by name second. Every file that
 * cannot be read is answered with a {@link Valideringsfel} on the field {@code fil} carrying a
 * Swedish message; no other exception leaves {@link #text}. Every file is read on a daemon
 * worker thread and the caller waits at most {@link #TIDSGRANS_MS} ms, so a hostile file costs the
 * caller at most that long; the worker checks the same deadline while it works and stops by itself
 * soon after the caller has given up.
 *
 * <p>Limits (all per file): {@link #MAX_BYTE} bytes in, {@link #MAX_SIDOR} PDF pages,
 * {@link #MAX_UPPACKAT} bytes after decompression (PDF streams other than images; DOCX zip
 * entries), {@link #MAX_TECKEN_PER_SIDA} glyphs on one PDF page, {@link #MAX_TECKEN} characters of
 * text out, and at most {@link #SAMTIDIGA} files being
 * read at the same time.
 *
 * <p>Output: lines separated by "\n", paragraphs by a blank line, no trailing spaces, NFC. Bullet
 * items are written as "• …" (DOCX bullet numbering, Markdown "- " / "* "); PDF text is left as
 * the PDF has it, hyphenation and page furniture included — cleaning that up is the parser's job;
 * PDF paragraphs (a larger vertical gap or an indent) and page breaks become blank lines.
 */
public final class Textutdragare {

    public static final String FALT = "fil";

    public static final int MAX_BYTE = 50 * 1024 * 1024;
    public static final int MAX_SIDOR = 2_000;
    public static final long TIDSGRANS_MS = 8_000;
    static final long MAX_UPPACKAT = 256L * 1024 * 1024;
    /**
     * Most XML a Word file may hold (all its .xml/.rels parts together, uncompressed). POI builds a
     * DOM of every part before we see a paragraph, at roughly 15–20 bytes of heap per byte of XML,
     * and that building cannot be interrupted: this bound is what keeps one upload from taking the
     * heap. 12 MB is several hundred pages of ordinary Word text; a file with big pictures is not
     * affected (pictures are not XML).
     */
    static final long MAX_WORD_XML = 12L * 1024 * 1024;
    /** How many Word DOMs may be built at once (see {@link #MAX_WORD_XML}); the rest wait their turn. */
    static final int SAMTIDIGA_WORD = 1;
    static final int MAX_TECKEN = 20_000_000;
    static final int MAX_TECKEN_PER_SIDA = 100_000;
    static final int SAMTIDIGA = 4;
    /** Bound for PDFBox's stream cache (streams PDFBox itself creates while reading, e.g. decrypted ones). */
    static final long PDF_CACHEMINNE = 64L * 1024 * 1024;
    private static final long STACKSTORLEK = 2L * 1024 * 1024;
    private static final int MAX_ZIPPOSTER = 10_000;
    private static final int MAX_TABELLDJUP = 16;

    static final String TOM = "Filen är tom.";
    static final String FOR_STOR = "Filen är för stor (högst 50 MB).";
    static final String INGEN_PDF = "Filen heter .pdf men är ingen PDF.";
    static final String INGEN_DOCX = "Filen heter .docx men är ingen Word-fil (DOCX).";
    static final String KRYPTERAD = "PDF:en är krypterad. Ladda upp en version utan lösenord.";
    static final String WORD_KRYPTERAD = "Word-filen är krypterad. Ladda upp en version utan lösenord.";
    static final String SAKNAR_TEXTLAGER =
            "PDF:en saknar textlager – den verkar vara inskannad. Ladda upp en PDF med text, eller DOCX.";
    static final String PDF_SKADAD = "PDF:en är skadad och kan inte läsas.";
    static final String WORD_SKADAD = "Word-filen är skadad och kan inte läsas.";
    static final String WORD_UTAN_TEXT = "Word-filen innehåller ingen text.";
    static final String TEXT_UTAN_TEXT = "Filen innehåller ingen text.";
    static final String STODS_INTE = "Filtypen stöds inte. Ladda upp PDF, DOCX, text eller Markdown.";
    static final String FOR_MANGA_SIDOR = "Dokumentet har för många sidor (högst 2 000).";
    static final String FOR_LANG_TID = "Dokumentet tog för lång tid att läsa. "
            + "Ladda upp en mindre eller enklare fil, till exempel som DOCX eller text.";
    static final String FOR_MYCKET = "Dokumentet är för stort eller för komplext för att läsas.";
    static final String UPPTAGEN = "Många dokument läses in just nu. Försök igen om en stund.";
    static final String AVBRUTEN = "Inläsningen avbröts.";

    private static final System.Logger LOGG = System.getLogger(Textutdragare.class.getName());
    private static final Semaphore PLATSER = new Semaphore(SAMTIDIGA);
    private static final Semaphore WORDPLATSER = new Semaphore(SAMTIDIGA_WORD);
    private static final AtomicInteger TRADNUMMER = new AtomicInteger();

    private static final Set<String> TEXTANDELSER = Set.of("txt", "text", "md", "markdown", "mdown", "mkd");
    private static final Set<String> MARKDOWNANDELSER = Set.of("md", "markdown", "mdown", "mkd");
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
     * <p>Blocks for up to {@link #TIDSGRANS_MS} ms: call it from a worker thread, not an event loop.
     *
     * @param filnamn the uploaded file's name (may be null); only its extension is used, and only
     *                after the content has been looked at
     * @param innehall the file's bytes
     * @throws Valideringsfel on field {@code fil} for every file that cannot be read, with a message
     *                        for the user
     */
    public static String text(String filnamn, byte[] innehall) {
        if (innehall == null || innehall.length == 0) {
            throw fel(TOM);
        }
        if (innehall.length > MAX_BYTE) {
            throw fel(FOR_STOR);
        }
        String andelse = andelse(filnamn);
        if (arPdf(innehall, "pdf".equals(andelse))) {
            return medTidsgrans(avbrott -> pdf(innehall, avbrott), PDF_SKADAD);
        }
        if ("pdf".equals(andelse)) {
            throw fel(INGEN_PDF);
        }
        if (borjarMed(innehall, 'P', 'K', 3, 4)) {
            return medTidsgrans(avbrott -> zip(innehall, andelse, avbrott), WORD_SKADAD);
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
        return medTidsgrans(avbrott -> textfil(innehall, andelse, avbrott), STODS_INTE);
    }

    private static String textfil(byte[] innehall, String andelse, Avbrott avbrott) {
        String text = avkodaText(innehall);
        if (text == null) {
            throw fel(STODS_INTE);
        }
        if (MARKDOWNANDELSER.contains(andelse)) {
            text = markdownTillText(text, avbrott);
        }
        avbrott.kontrollera();
        text = normalisera(text);
        if (text.isEmpty()) {
            throw fel(TEXT_UTAN_TEXT);
        }
        return text;
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

    private static boolean borjarMed(byte[] b, int... magi) {
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

    // ---------------------------------------------------------------- plain text and Markdown

    /**
     * Strict decoding: UTF-16 when it has a BOM, else UTF-8 (BOM stripped), else windows-1252.
     * Null when the bytes do not look like text (NUL bytes, undecodable, or control characters).
     */
    static String avkodaText(byte[] b) {
        String text;
        if (borjarMed(b, 0xFF, 0xFE)) {
            text = strikt(StandardCharsets.UTF_16LE, b, 2);
        } else if (borjarMed(b, 0xFE, 0xFF)) {
            text = strikt(StandardCharsets.UTF_16BE, b, 2);
        } else {
            for (byte x : b) {
                if (x == 0) {
                    return null;
                }
            }
            int start = borjarMed(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strikt(StandardCharsets.UTF_8, b, start);
            if (text == null) {
                text = strikt(Charset.forName("windows-1252"), b, start);
            }
        }
        if (text == null) {
            return null;
        }
        long styrtecken = text.chars()
                .filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
                .count();
        return styrtecken > 8 + text.length() / 1000 ? null : text;
    }

    private static String strikt(Charset teckenkodning, byte[] b, int start) {
        try {
            return teckenkodning.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static final Pattern MD_RUBRIK = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern MD_LINJE = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|=+[ \\t]*)$");
    private static final Pattern MD_CITAT = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern MD_PUNKT = Pattern.compile("^([ \\t]*)[-*+][ \\t]+");
    private static final Pattern MD_BILD = Pattern.compile("!\\[([^\\[\\]\\n]*)\\]\\([^()\\n]*\\)");
    private static final Pattern MD_LANK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\([^()\\s]*(?:[ \\t]+\"[^\"\\n]*\")?\\)");
    // Emphasis patterns never look past the next delimiter, so a long line full of unmatched
    // delimiters costs linear time, not quadratic.
    private static final Pattern MD_FET = Pattern.compile("\\*\\*(?=\\S)((?:(?!\\*\\*)[^\\n])+?)(?<=\\S)\\*\\*");
    private static final Pattern MD_FET_STRECK = Pattern.compile("(?<!\\w)__(?=\\S)((?:(?!__)[^\\n])+?)(?<=\\S)__(?!\\w)");
    private static final Pattern MD_KURSIV_STJARNA = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])([^*\\n]*?[^\\s*\\\\])?\\*(?![\\w*])");
    private static final Pattern MD_KURSIV_STRECK = Pattern.compile("(?<![\\w\\\\])_(?=[^\\s_])([^_\\n]*?[^\\s_\\\\])?_(?!\\w)");
    private static final Pattern MD_KOD = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

    /**
     * Markdown to plain text: heading hashes removed ("## 5.3 Uppsökande arbete" → "5.3 Uppsökande
     * arbete"), "- " / "* " / "+ " bullets → "• ", emphasis, links, inline code and block quotes
     * reduced to their text, rules and fence lines dropped. Numbered lists stay as written.
     */
    static String markdownTillText(String md, Avbrott avbrott) {
        StringBuilder ut = new StringBuilder(md.length());
        boolean kodblock = false;
        for (String rad : md.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            avbrott.kontrollera();
            String r = rad;
            String stripped = r.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                kodblock = !kodblock;
                ut.append('\n');
                continue;
            }
            if (kodblock) {
                ut.append(r).append('\n');
                continue;
            }
            Matcher m;
            while ((m = MD_CITAT.matcher(r)).find()) {
                r = r.substring(m.end());
            }
            if (MD_LINJE.matcher(r).matches()) {
                ut.append('\n');
                continue;
            }
            m = MD_RUBRIK.matcher(r);
            if (m.matches()) {
                r = m.group(1) == null ? "" : m.group(1);
            } else {
                m = MD_PUNKT.matcher(r);
                if (m.find()) {
                    r = m.group(1) + "• " + r.substring(m.end());
                }
            }
            r = MD_BILD.matcher(r).replaceAll("$1");
            r = MD_LANK.matcher(r).replaceAll("$1");
            r = MD_KOD.matcher(r).replaceAll("$1");
            r = MD_FET.matcher(r).replaceAll("$1");
            r = MD_FET_STRECK.matcher(r).replaceAll("$1");
            r = MD_KURSIV_STJARNA.matcher(r).replaceAll("$1");
            r = MD_KURSIV_STRECK.matcher(r).replaceAll("$1");
            r = MD_ESCAPE.matcher(r).replaceAll("$1");
            ut.append(r).append('\n');
        }
        return ut.toString();
    }

    /**
     * Common output form: LF line ends, Unicode spaces as plain spaces, control and zero-width
     * characters removed, no trailing spaces, at most one blank line in a row, no blank lines at
     * the start or end, NFC.
     */
    static String normalisera(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7F || c == '\u200B' || c == '\uFEFF' || c == '\u2060'
                    || (c >= 0x80 && c < 0xA0)) {
                // dropped
            } else {
                sb.append(c);
            }
        }
        String[] rader = sb.toString().split("\n", -1);
        StringBuilder ut = new StringBuilder(sb.length());
        boolean tomRad = false;
        for (String rad : rader) {
            String r = rad.stripTrailing();
            if (r.isBlank()) {
                tomRad = ut.length() > 0;
                continue;
            }
            if (tomRad) {
                ut.append('\n');
                tomRad = false;
            }
            ut.append(r).append('\n');
        }
        if (ut.length() > 0) {
            ut.setLength(ut.length() - 1);
        }
        return Normalizer.normalize(ut, Normalizer.Form.NFC);
    }

    // ---------------------------------------------------------------- time limit and worker thread

    @FunctionalInterface
    private interface Uppgift {
        String kor(Avbrott avbrott) throws Exception;
    }

    /** Deadline shared by caller and worker; the worker calls {@link #kontrollera()} as it goes. */
    static final class Avbrott {
        private final long slut;
        private volatile boolean avbruten;

        Avbrott(long slutNanos) {
            this.slut = slutNanos;
        }

        void avbryt() {
            avbruten = true;
        }

        void kontrollera() {
            if (avbruten || System.nanoTime() - slut > 0) {
                throw new Avbruten();
            }
        }
    }

    /** Thrown inside the worker when the deadline has passed. */
    static final class Avbruten extends RuntimeException {
        Avbruten() {
            super("Tidsgränsen för textutdragning passerad", null, false, false);
        }
    }

    /** Too much content after decompression, too much text, or out of memory. */
    static final class ForMycket extends RuntimeException {
        ForMycket() {
            super("För mycket innehåll", null, false, false);
        }
    }

    private static String medTidsgrans(Uppgift uppgift, String skadad) {
        long start = System.nanoTime();
        long slut = start + TimeUnit.MILLISECONDS.toNanos(TIDSGRANS_MS);
        try {
            if (!PLATSER.tryAcquire(TIDSGRANS_MS / 2, TimeUnit.MILLISECONDS)) {
                throw fel(UPPTAGEN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fel(AVBRUTEN);
        }
        Avbrott avbrott = new Avbrott(slut);
        CompletableFuture<String> resultat = new CompletableFuture<>();
        Thread arbetare = new Thread(null, () -> {
            try {
                resultat.complete(uppgift.kor(avbrott));
            } catch (Throwable t) {
                resultat.completeExceptionally(t);
            } finally {
                PLATSER.release();
            }
        }, "textutdragare-" + TRADNUMMER.incrementAndGet(), STACKSTORLEK);
        arbetare.setDaemon(true);
        try {
            arbetare.start();
        } catch (Throwable t) {
            PLATSER.release();
            throw fel(UPPTAGEN);
        }
        try {
            return resultat.get(Math.max(1, slut - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            avbrott.avbryt();
            arbetare.interrupt();
            throw fel(FOR_LANG_TID);
        } catch (InterruptedException e) {
            avbrott.avbryt();
            arbetare.interrupt();
            Thread.currentThread().interrupt();
            throw fel(AVBRUTEN);
        } catch (ExecutionException e) {
            throw somValideringsfel(e.getCause(), skadad);
        }
    }

    private static Valideringsfel somValideringsfel(Throwable t, String skadad) {
        if (t instanceof Valideringsfel v) {
            return new Valideringsfel(v.fel());
        }
        if (t instanceof Avbruten) {
            return fel(FOR_LANG_TID);
        }
        if (t instanceof ForMycket || t instanceof OutOfMemoryError) {
            return fel(FOR_MYCKET);
        }
        if (t instanceof IOException || t instanceof RuntimeException || t instanceof StackOverflowError) {
            return fel(skadad);
        }
        LOGG.log(System.Logger.Level.WARNING, "Oväntat fel vid textutdragning", t);
        return fel(skadad);
    }

    private static Valideringsfel fel(String meddelande) {
        return Valideringsfel.av(FALT, meddelande);
    }

    // ---------------------------------------------------------------- PDF

    private static String pdf(byte[] innehall, Avbrott avbrott) throws IOException {
        PDDocument dokument;
        try {
            dokument = Loader.loadPDF(innehall, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(PDF_CACHEMINNE).streamCache);
        } catch (InvalidPasswordException e) {
            throw fel(KRYPTERAD);
        }
        try (dokument) {
            avbrott.kontrollera();
            int sidor = dokument.getNumberOfPages();
            if (sidor > MAX_SIDOR) {
                throw fel(FOR_MANGA_SIDOR);
            }
            if (sidor == 0) {
                throw fel(PDF_SKADAD);
            }
            kontrolleraStrommar(dokument.getDocument(), avbrott);
            Sidlasare lasare = new Sidlasare(avbrott);
            lasare.setSortByPosition(true);
            lasare.setLineSeparator("\n");
            lasare.setWordSeparator(" ");
            lasare.setPageStart("");
            lasare.setPageEnd("\n\n");
            // PDFBox's paragraph detection (vertical gap, indentation) marks paragraphs with a
            // blank line, as the seed texts have them; pages are separated by a blank line too.
            lasare.setParagraphStart("\n");
            lasare.setParagraphEnd("");
            BegransadText ut = new BegransadText();
            lasare.writeText(dokument, ut);
            String text = normalisera(ut.toString());
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw fel(SAKNAR_TEXTLAGER);
            }
            return text;
        }
    }

    /** PDFTextStripper that honours the deadline on every operator and counts pages. */
    private static final class Sidlasare extends PDFTextStripper {
        private final Avbrott avbrott;
        private int sidor;
        private int teckenPaSidan;

        Sidlasare(Avbrott avbrott) {
            this.avbrott = avbrott;
        }

        @Override
        protected void startPage(PDPage sida) throws IOException {
            if (++sidor > MAX_SIDOR) {
                throw fel(FOR_MANGA_SIDOR);
            }
            avbrott.kontrollera();
            teckenPaSidan = 0;
            super.startPage(sida);
        }

        /** PDFBox keeps a page's glyphs in memory until the page ends; forms drawn over and over can make that unbounded. */
        @Override
        protected void processTextPosition(TextPosition tecken) {
            if (++teckenPaSidan > MAX_TECKEN_PER_SIDA) {
                throw new ForMycket();
            }
            super.processTextPosition(tecken);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operander) throws IOException {
            avbrott.kontrollera();
            super.processOperator(operator, operander);
        }
    }

    /** Writer that refuses more than {@link #MAX_TECKEN} characters. */
    private static final class BegransadText extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] tecken, int fran, int antal) {
            if (text.length() + (long) antal > MAX_TECKEN) {
                throw new ForMycket();
            }
            text.append(tecken, fran, antal);
        }

        @Override
        public void write(String s, int fran, int antal) {
            if (text.length() + (long) antal > MAX_TECKEN) {
                throw new ForMycket();
            }
            text.append(s, fran, fran + antal);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static final Set<COSName> BILDFILTER = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    /**
     * Decompression-bomb guard. PDFBox 3 decodes a filtered stream completely into memory before
     * handing it on, and only streams it creates itself go through the bounded stream cache. So
     * every stream that text extraction may decode (all but images) is first decoded here into a
     * counting sink, and the document is refused once the total passes {@link #MAX_UPPACKAT}.
     * Objects that cannot be parsed or decoded are skipped here; extraction decides about them.
     */
    private static void kontrolleraStrommar(COSDocument cos, Avbrott avbrott) {
        Map<COSObjectKey, Long> xref = new HashMap<>(cos.getXrefTable());
        List<COSObjectKey> nycklar = new ArrayList<>(xref.keySet());
        // Objects stored directly first: that includes the object streams, which are then checked
        // before the objects inside them are parsed (which decodes the object stream).
        nycklar.sort((a, b) -> Boolean.compare(xref.get(a) < 0, xref.get(b) < 0));
        long[] kvar = {MAX_UPPACKAT};
        for (COSObjectKey nyckel : nycklar) {
            avbrott.kontrollera();
            COSBase objekt;
            try {
                objekt = cos.getObjectFromPool(nyckel).getObject();
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof Avbruten || e instanceof ForMycket || e instanceof Valideringsfel) {
                    throw e;
                }
                continue;
            }
            if (objekt instanceof COSStream strom) {
                kontrolleraStrom(strom, kvar, avbrott);
            }
        }
    }

    private static void kontrolleraStrom(COSStream strom, long[] kvar, Avbrott avbrott) {
        if (COSName.IMAGE.equals(strom.getCOSName(COSName.SUBTYPE))) {
            return;
        }
        List<COSName> filter = new ArrayList<>();
        COSBase f = strom.getFilters();
        if (f instanceof COSName namn) {
            filter.add(namn);
        } else if (f instanceof COSArray lista) {
            for (int i = 0; i < lista.size(); i++) {
                if (lista.getObject(i) instanceof COSName namn) {
                    filter.add(namn);
                }
            }
        }
        if (filter.isEmpty() || filter.stream().anyMatch(BILDFILTER::contains)) {
            return;
        }
        try (InputStream ra = strom.createRawInputStream()) {
            InputStream in = ra;
            for (int i = 0; i < filter.size(); i++) {
                Filter avkodare = FilterFactory.INSTANCE.getFilter(filter.get(i));
                boolean sista = i == filter.size() - 1;
                Raknare ut = new Raknare(kvar, avbrott, !sista);
                avkodare.decode(in, ut, strom, i);
                if (!sista) {
                    in = new ByteArrayInputStream(ut.buffert.toByteArray());
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof Avbruten || e instanceof ForMycket || e instanceof Valideringsfel) {
                throw (RuntimeException) e;
            }
            // Undecodable: PDFBox will meet the same error (or be lenient) during extraction.
        }
    }

    /** Counts decoded bytes against the document's budget; keeps them only between chained filters. */
    private static final class Raknare extends OutputStream {
        private final long[] kvar;
        private final Avbrott avbrott;
        final ByteArrayOutputStream buffert;
        private int sedanKontroll;

        Raknare(long[] kvar, Avbrott avbrott, boolean behall) {
            this.kvar = kvar;
            this.avbrott = avbrott;
            this.buffert = behall ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            rakna(1);
            if (buffert != null) {
                buffert.write(b);
            }
        }

        @Override
        public void write(byte[] b, int fran, int antal) {
            rakna(antal);
            if (buffert != null) {
                buffert.write(b, fran, antal);
            }
        }

        private void rakna(int antal) {
            kvar[0] -= antal;
            if (kvar[0] < 0) {
                throw new ForMycket();
            }
            sedanKontroll += antal;
            if (sedanKontroll > 1 << 20) {
                sedanKontroll = 0;
                avbrott.kontrollera();
            }
        }
    }

    // ---------------------------------------------------------------- DOCX

    private static String zip(byte[] innehall, String andelse, Avbrott avbrott) throws IOException {
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
                boolean xmldel = arXmlDel(post.getName());
                int n;
                while ((n = zip.read(buffert)) > 0) {
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
        text = normalisera(text);
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

    /**
     * Body text of a Word document in reading order: one paragraph per line with blank lines
     * between paragraphs, consecutive list items on consecutive lines. Bullet items get "• ",
     * numbered paragraphs (numbered headings included) the number Word shows, e.g. "5.3 ".
     * Table cells are read row by row, cell by cell. Headers, footers, footnotes and comments are
     * left out.
     */
    private static final class Wordtext {
        private final XWPFDocument dokument;
        private final XWPFNumbering numrering;
        private final XWPFStyles stilar;
        private final Avbrott avbrott;
        private final StringBuilder ut = new StringBuilder();
        private final Map<BigInteger, int[]> raknare = new HashMap<>();
        private boolean foregaendeVarListpunkt;

        Wordtext(XWPFDocument dokument, Avbrott avbrott) {
            this.dokument = dokument;
            this.numrering = dokument.getNumbering();
            this.stilar = dokument.getStyles();
            this.avbrott = avbrott;
        }

        String text() {
            block(dokument.getBodyElements(), 0);
            return ut.toString();
        }

        private void block(List<IBodyElement> element, int djup) {
            for (IBodyElement e : element) {
                avbrott.kontrollera();
                if (e instanceof XWPFParagraph stycke) {
                    stycke(stycke);
                } else if (e instanceof XWPFTable tabell) {
                    tabell(tabell, djup);
                } else if (e instanceof XWPFSDT sdt && sdt.getContent() != null) {
                    skriv(sdt.getContent().getText(), false);
                }
            }
        }

        private void tabell(XWPFTable tabell, int djup) {
            if (djup >= MAX_TABELLDJUP) {
                throw new ForMycket();
            }
            for (XWPFTableRow rad : tabell.getRows()) {
                for (XWPFTableCell cell : rad.getTableCells()) {
                    block(cell.getBodyElements(), djup + 1);
                }
            }
        }

        private void stycke(XWPFParagraph stycke) {
            String text = stycke.getText();
            if (text == null || text.isBlank()) {
                return;
            }
            String prefix = "";
            boolean listpunkt = false;
            CTNumPr numPr = numrering == null ? null : numPr(stycke);
            CTLvl niva = numPr == null ? null : niva(numPr);
            if (niva != null) {
                String format = niva.getNumFmt() == null ? "decimal" : String.valueOf(niva.getNumFmt().getVal());
                if ("bullet".equals(format)) {
                    prefix = "• ";
                    listpunkt = true;
                } else {
                    String etikett = etikett(numPr);
                    if (!etikett.isBlank()) {
                        prefix = etikett.strip() + " ";
                    }
                    listpunkt = !arRubrik(stycke);
                }
            } else if (arListstil(stycke)) {
                prefix = "• ";
                listpunkt = true;
            }
            String inledning = text.stripLeading();
            if (prefix.equals("• ") && !inledning.isEmpty() && "•◦▪▫‣⁃–-·*".indexOf(inledning.charAt(0)) >= 0) {
                prefix = "";
            }
            skriv(prefix + text, listpunkt);
        }

        private void skriv(String text, boolean listpunkt) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (ut.length() > 0) {
                ut.append(listpunkt && foregaendeVarListpunkt ? "\n" : "\n\n");
            }
            if (ut.length() + (long) text.length() > MAX_TECKEN) {
                throw new ForMycket();
            }
            ut.append(text.strip());
            foregaendeVarListpunkt = listpunkt;
        }

        private boolean arRubrik(XWPFParagraph stycke) {
            String namn = stilnamn(stycke.getStyleID());
            return namn.startsWith("heading") || namn.startsWith("rubrik") || namn.equals("title")
                    || namn.equals("rubrik");
        }

        private boolean arListstil(XWPFParagraph stycke) {
            String namn = stilnamn(stycke.getStyleID());
            return namn.contains("list") || namn.contains("punkt");
        }

        private String stilnamn(String stilId) {
            if (stilId == null) {
                return "";
            }
            XWPFStyle stil = stilar == null ? null : stilar.getStyle(stilId);
            String namn = stil != null && stil.getName() != null ? stil.getName() : stilId;
            return namn.toLowerCase(Locale.ROOT).replace(" ", "");
        }

        /** The paragraph's own numbering, else the one its style (or a style it is based on) gives. */
        private CTNumPr numPr(XWPFParagraph stycke) {
            CTPPr pPr = stycke.getCTP().getPPr();
            CTNumPr egen = pPr == null ? null : pPr.getNumPr();
            if (egen != null && egen.getNumId() != null) {
                return egen;
            }
            String stilId = stycke.getStyleID();
            Set<String> sedda = new HashSet<>();
            while (stilId != null && stilar != null && sedda.add(stilId) && sedda.size() < 32) {
                XWPFStyle stil = stilar.getStyle(stilId);
                if (stil == null || stil.getCTStyle() == null) {
                    return null;
                }
                CTPPrGeneral stilPPr = stil.getCTStyle().getPPr();
                if (stilPPr != null && stilPPr.getNumPr() != null && stilPPr.getNumPr().getNumId() != null) {
                    CTNumPr fran = stilPPr.getNumPr();
                    if (egen != null && egen.getIlvl() != null) {
                        CTNumPr kopia = (CTNumPr) fran.copy();
                        kopia.setIlvl(egen.getIlvl());
                        return kopia;
                    }
                    return fran;
                }
                stilId = stil.getBasisStyleID();
            }
            return null;
        }

        private int ilvl(CTNumPr numPr) {
            if (numPr.getIlvl() == null || numPr.getIlvl().getVal() == null) {
                return 0;
            }
            return Math.max(0, Math.min(8, numPr.getIlvl().getVal().intValue()));
        }

        private CTLvl niva(CTNumPr numPr) {
            return niva(numPr.getNumId().getVal(), ilvl(numPr));
        }

        private CTLvl niva(BigInteger numId, int ilvl) {
            if (numId == null || numId.signum() == 0) {
                return null; // numId 0 switches numbering off
            }
            XWPFNum num = numrering.getNum(numId);
            if (num == null || num.getCTNum() == null) {
                return null;
            }
            for (CTNumLvl overstyrning : num.getCTNum().getLvlOverrideList()) {
                if (overstyrning.getIlvl() != null && overstyrning.getIlvl().intValue() == ilvl
                        && overstyrning.getLvl() != null) {
                    return overstyrning.getLvl();
                }
            }
            if (num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            XWPFAbstractNum abstrakt = numrering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstrakt == null || abstrakt.getCTAbstractNum() == null) {
                return null;
            }
            for (CTLvl niva : abstrakt.getCTAbstractNum().getLvlList()) {
                if (niva.getIlvl() != null && niva.getIlvl().intValue() == ilvl) {
                    return niva;
                }
            }
            return null;
        }

        private int startvarde(BigInteger numId, int ilvl) {
            XWPFNum num = numrering.getNum(numId);
            if (num != null && num.getCTNum() != null) {
                for (CTNumLvl overstyrning : num.getCTNum().getLvlOverrideList()) {
                    if (overstyrning.getIlvl() != null && overstyrning.getIlvl().intValue() == ilvl
                            && overstyrning.getStartOverride() != null
                            && overstyrning.getStartOverride().getVal() != null) {
                        return overstyrning.getStartOverride().getVal().intValue();
                    }
                }
            }
            CTLvl niva = niva(numId, ilvl);
            if (niva != null && niva.getStart() != null && niva.getStart().getVal() != null) {
                return niva.getStart().getVal().intValue();
            }
            return 1;
        }

        /** Advances the list's counters and renders the level text, e.g. "%1.%2" → "5.3". */
        private String etikett(CTNumPr numPr) {
            BigInteger numId = numPr.getNumId().getVal();
            int ilvl = ilvl(numPr);
            int[] lista = raknare.computeIfAbsent(numId, id -> {
                int[] r = new int[9];
                for (int i = 0; i < 9; i++) {
                    r[i] = startvarde(id, i) - 1;
                }
                return r;
            });
            lista[ilvl]++;
            for (int i = ilvl + 1; i < 9; i++) {
                lista[i] = startvarde(numId, i) - 1;
            }
            CTLvl niva = niva(numId, ilvl);
            String mall = niva != null && niva.getLvlText() != null && niva.getLvlText().getVal() != null
                    ? niva.getLvlText().getVal() : "%" + (ilvl + 1) + ".";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mall.length(); i++) {
                char c = mall.charAt(i);
                if (c == '%' && i + 1 < mall.length() && mall.charAt(i + 1) >= '1' && mall.charAt(i + 1) <= '9') {
                    int n = mall.charAt(i + 1) - '1';
                    CTLvl nivaN = niva(numId, n);
                    String format = nivaN == null || nivaN.getNumFmt() == null
                            ? "decimal" : String.valueOf(nivaN.getNumFmt().getVal());
                    sb.append(formatera(Math.max(lista[n], startvarde(numId, n)), format));
                    i++;
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static String formatera(int n, String format) {
            return switch (format) {
                case "lowerLetter" -> bokstav(n, false);
                case "upperLetter" -> bokstav(n, true);
                case "lowerRoman" -> romersk(n).toLowerCase(Locale.ROOT);
                case "upperRoman" -> romersk(n);
                case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
                case "none", "bullet" -> "";
                default -> Integer.toString(n);
            };
        }

        private static String bokstav(int n, boolean versal) {
            if (n <= 0) {
                return Integer.toString(n);
            }
            char c = (char) ((versal ? 'A' : 'a') + (n - 1) % 26);
            return String.valueOf(c).repeat((n - 1) / 26 + 1);
        }

        private static String romersk(int n) {
            if (n <= 0 || n >= 4000) {
                return Integer.toString(n);
            }
            int[] varden = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] tecken = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < varden.length; i++) {
                while (n >= varden[i]) {
                    sb.append(tecken[i]);
                    n -= varden[i];
                }
            }
            return sb.toString();
        }
    }
}
