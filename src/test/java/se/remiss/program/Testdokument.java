package se.remiss.program;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test documents made from text: PDFs (PDFBox) and DOCX files (POI), plus the bad files the import
 * must refuse. Generic on purpose — import, API tests and the benchmark build their input here.
 *
 * <ul>
 * <li>PDF: A4, Liberation Sans 10 pt (the copy inside the pdfbox jar, so no host fonts are
 * needed), lines wrapped at word boundaries at {@value #RADBREDD} characters, blank lines kept,
 * new pages as needed. A line is never hyphenated, so extraction gives back every word.</li>
 * <li>DOCX: one paragraph per non-empty line; lines starting with "• " become real bullet-list
 * paragraphs (Word numbering, the "• " itself not in the text), so extraction must restore it.</li>
 * </ul>
 */
public final class Testdokument {

    /** The seed programme (revised version, 2006) as stored under sample-remisser, Markdown-like. */
    public static final Path PROGRAMTEXT = Path.of(
            "sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt");
    /** The earlier (2004–2005) version of the same programme. */
    public static final Path TIDIGARE_PROGRAMTEXT = Path.of(
            "sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-tidigare-version.txt");

    public static final int RADBREDD = 90;
    private static final String TYPSNITT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float TEXTSTORLEK = 10f;
    private static final float RADAVSTAND = 13f;
    private static final float MARGINAL = 56f;

    private Testdokument() {
    }

    /**
     * Options for {@link #pdfAvText(String, Pdfval)}.
     *
     * @param upprepningar the text this many times, each time from a new page
     * @param sidor        0, or exactly this many pages: the text is repeated (each time from a new
     *                     page) until the last page is full, and writing stops there
     * @param sidnummer    a footer "Sida N" on every page
     * @param klassiskXref saved uncompressed (classic xref table, no object streams)
     */
    public record Pdfval(int upprepningar, int sidor, boolean sidnummer, boolean klassiskXref) {
        public static Pdfval standard() {
            return new Pdfval(1, 0, false, false);
        }

        /** The text n times over, each time starting on a new page (1 = once). */
        public Pdfval upprepad(int n) {
            return new Pdfval(n, sidor, sidnummer, klassiskXref);
        }

        /** Exactly n pages, the text repeated as often as needed (e.g. a 100-page programme). */
        public Pdfval medSidor(int n) {
            return new Pdfval(upprepningar, n, sidnummer, klassiskXref);
        }

        /** A footer "Sida N" on every page, as real remiss PDFs have. */
        public Pdfval medSidnummer() {
            return new Pdfval(upprepningar, sidor, true, klassiskXref);
        }

        /**
         * Saved without compression: a classic xref table and no object streams (content streams
         * stay Flate-compressed), so tests can damage the structure as text.
         */
        public Pdfval medKlassiskXref() {
            return new Pdfval(upprepningar, sidor, sidnummer, true);
        }
    }

    // ---------------------------------------------------------------- texts

    public static String programtext() {
        return lasText(PROGRAMTEXT);
    }

    public static String tidigareProgramtext() {
        return lasText(TIDIGARE_PROGRAMTEXT);
    }

    private static String lasText(Path fil) {
        try {
            return Files.readString(fil, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte läsa " + fil.toAbsolutePath(), e);
        }
    }

    /**
     * The seed text as the document itself would show it: "- " bullets as "• ", "**bold**" and
     * "*italic*" markers removed. (Independent of the Markdown handling under test.)
     */
    public static String somDokumenttext(String text) {
        StringBuilder ut = new StringBuilder();
        for (String rad : text.split("\r?\n", -1)) {
            String r = rad.startsWith("- ") ? "• " + rad.substring(2) : rad;
            r = r.replace("**", "");
            r = r.replaceAll("(?<![\\w*])\\*(\\S[^*]*?\\S|\\S)\\*(?![\\w*])", "$1");
            ut.append(r).append('\n');
        }
        return ut.toString();
    }

    /** The text n times, separated by a blank line. */
    public static String upprepad(String text, int n) {
        return String.join("\n\n", java.util.Collections.nCopies(n, text.strip()));
    }

    // ---------------------------------------------------------------- PDF

    public static byte[] pdfAvText(String text) {
        return pdfAvText(text, Pdfval.standard());
    }

    /** The text n times, each repetition from a new page (for a long, e.g. 100-page, PDF). */
    public static byte[] pdfAvText(String text, int upprepningar) {
        return pdfAvText(text, Pdfval.standard().upprepad(upprepningar));
    }

    /** Exactly {@code sidor} pages of the text, repeated as often as needed. */
    public static byte[] pdfMedSidor(String text, int sidor) {
        return pdfAvText(text, Pdfval.standard().medSidor(sidor));
    }

    public static byte[] pdfAvText(String text, Pdfval val) {
        try (PDDocument dokument = new PDDocument()) {
            TrueTypeFont ttf = lasTypsnitt();
            try {
                PDFont typsnitt = PDType0Font.load(dokument, ttf, true);
                List<String> rader = brytRader(text, RADBREDD);
                Sidskrivare skrivare = new Sidskrivare(dokument, typsnitt, val.sidnummer(), val.sidor());
                int varv = val.sidor() > 0 ? Integer.MAX_VALUE : Math.max(1, val.upprepningar());
                skriv:
                for (int i = 0; i < varv; i++) {
                    if (i > 0 && !skrivare.nySida()) {
                        break;
                    }
                    for (String rad : rader) {
                        if (!skrivare.rad(rad)) {
                            break skriv;
                        }
                    }
                }
                skrivare.avsluta();
                ByteArrayOutputStream ut = new ByteArrayOutputStream();
                dokument.save(ut, val.klassiskXref() ? CompressParameters.NO_COMPRESSION
                        : CompressParameters.DEFAULT_COMPRESSION);
                return ut.toByteArray();
            } finally {
                ttf.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF the user can only open with {@code anvandarlosenord} (AES-256). */
    public static byte[] krypteradPdf(String text, String anvandarlosenord) {
        return skyddad(pdfAvText(text), "agarlosen-" + anvandarlosenord, anvandarlosenord);
    }

    /** Encrypted with an owner password only: anyone can open and read it, editing is restricted. */
    public static byte[] pdfMedBaraAgarlosenord(String text) {
        return skyddad(pdfAvText(text), "agarlosen", "");
    }

    private static byte[] skyddad(byte[] pdf, String agare, String anvandare) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            AccessPermission rattigheter = new AccessPermission();
            rattigheter.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(agare, anvandare, rattigheter);
            policy.setEncryptionKeyLength(256);
            dokument.protect(policy);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            dokument.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like a scan: every page is only an image (of grey "lines"), no text layer. */
    public static byte[] inskannadPdf(int sidor) {
        try (PDDocument dokument = new PDDocument()) {
            BufferedImage bild = new BufferedImage(600, 850, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = bild.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 850);
            g.setColor(Color.DARK_GRAY);
            for (int y = 60; y < 800; y += 18) {
                g.fillRect(50, y, 300 + (y * 7919) % 200, 8);
            }
            g.dispose();
            PDImageXObject xobjekt = LosslessFactory.createFromImage(dokument, bild);
            for (int i = 0; i < sidor; i++) {
                PDPage sida = new PDPage(PDRectangle.A4);
                dokument.addPage(sida);
                try (PDPageContentStream cs = new PDPageContentStream(dokument, sida)) {
                    cs.drawImage(xobjekt, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return spara(dokument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages with nothing drawn on them. */
    public static byte[] tomPdf(int sidor) {
        try (PDDocument dokument = new PDDocument()) {
            for (int i = 0; i < sidor; i++) {
                dokument.addPage(new PDPage(PDRectangle.A4));
            }
            return spara(dokument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int antalSidor(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return dokument.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] spara(PDDocument dokument) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        dokument.save(ut);
        return ut.toByteArray();
    }

    /**
     * The font inside the pdfbox jar, with glyph substitution (GSUB) off: for Latin text it changes
     * nothing in the output and makes writing ~20× faster (see STACK.md, PDF).
     */
    private static TrueTypeFont lasTypsnitt() throws IOException {
        try (InputStream in = Testdokument.class.getResourceAsStream(TYPSNITT)) {
            if (in == null) {
                throw new IOException("Typsnittet saknas i pdfbox-jar: " + TYPSNITT);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    /** Lines wrapped at word boundaries; blank lines kept; words longer than the width split. */
    static List<String> brytRader(String text, int bredd) {
        List<String> ut = new ArrayList<>();
        for (String stycke : text.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1)) {
            if (stycke.isBlank()) {
                ut.add("");
                continue;
            }
            StringBuilder rad = new StringBuilder();
            for (String ord : stycke.strip().split(" +")) {
                while (ord.length() > bredd) {
                    if (rad.length() > 0) {
                        ut.add(rad.toString());
                        rad.setLength(0);
                    }
                    ut.add(ord.substring(0, bredd));
                    ord = ord.substring(bredd);
                }
                if (rad.length() > 0 && rad.length() + 1 + ord.length() > bredd) {
                    ut.add(rad.toString());
                    rad.setLength(0);
                }
                if (rad.length() > 0) {
                    rad.append(' ');
                }
                rad.append(ord);
            }
            ut.add(rad.toString());
        }
        return ut;
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Sidskrivare {
        private final PDDocument dokument;
        private final PDFont typsnitt;
        private final boolean sidnummer;
        private final int maxSidor;
        private PDPageContentStream cs;
        private float y;
        private int sidor;

        Sidskrivare(PDDocument dokument, PDFont typsnitt, boolean sidnummer, int maxSidor) throws IOException {
            this.dokument = dokument;
            this.typsnitt = typsnitt;
            this.sidnummer = sidnummer;
            this.maxSidor = maxSidor;
            nySida();
        }

        /** False (and nothing done) when the page limit is reached. */
        boolean nySida() throws IOException {
            if (maxSidor > 0 && sidor >= maxSidor) {
                return false;
            }
            avslutaSida();
            PDPage sida = new PDPage(PDRectangle.A4);
            dokument.addPage(sida);
            sidor++;
            cs = new PDPageContentStream(dokument, sida);
            y = PDRectangle.A4.getHeight() - MARGINAL;
            if (sidnummer) {
                skrivPa(MARGINAL, MARGINAL / 2, "Sida " + sidor);
            }
            return true;
        }

        /** False when the line would need a page beyond the limit. */
        boolean rad(String rad) throws IOException {
            if (y < MARGINAL && !nySida()) {
                return false;
            }
            if (!rad.isEmpty()) {
                skrivPa(MARGINAL, y, rad);
            }
            y -= RADAVSTAND;
            return true;
        }

        private void skrivPa(float x, float yPos, String text) throws IOException {
            cs.beginText();
            cs.setFont(typsnitt, TEXTSTORLEK);
            cs.newLineAtOffset(x, yPos);
            cs.showText(kodbar(text));
            cs.endText();
        }

        /** Characters the font lacks become "?" rather than failing the whole document. */
        private String kodbar(String text) {
            try {
                typsnitt.encode(text);
                return text;
            } catch (IllegalArgumentException | IOException e) {
                StringBuilder sb = new StringBuilder();
                text.codePoints().forEach(c -> {
                    String tecken = new String(Character.toChars(c));
                    try {
                        typsnitt.encode(tecken);
                        sb.append(tecken);
                    } catch (IllegalArgumentException | IOException ex) {
                        sb.append('?');
                    }
                });
                return sb.toString();
            }
        }

        private void avslutaSida() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        void avsluta() throws IOException {
            avslutaSida();
        }
    }

    // ---------------------------------------------------------------- DOCX

    public static byte[] docxAvText(String text) {
        return docxAvText(text, 1);
    }

    /**
     * One paragraph per non-empty line; "• " lines as bullet-list paragraphs. With n &gt; 1 the
     * text is repeated n times.
     */
    public static byte[] docxAvText(String text, int upprepningar) {
        try (XWPFDocument dokument = new XWPFDocument()) {
            BigInteger punktlista = null;
            for (int i = 0; i < Math.max(1, upprepningar); i++) {
                for (String rad : text.replace("\r\n", "\n").split("\n")) {
                    String r = rad.strip();
                    if (r.isEmpty()) {
                        continue;
                    }
                    XWPFParagraph stycke = dokument.createParagraph();
                    if (r.startsWith("• ")) {
                        if (punktlista == null) {
                            punktlista = punktlista(dokument);
                        }
                        stycke.setNumID(punktlista);
                        stycke.setNumILvl(BigInteger.ZERO);
                        r = r.substring(2).strip();
                    }
                    stycke.createRun().setText(r);
                }
            }
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            dokument.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger punktlista(XWPFDocument dokument) {
        XWPFNumbering numrering = dokument.createNumbering();
        CTAbstractNum abstrakt = CTAbstractNum.Factory.newInstance();
        abstrakt.setAbstractNumId(BigInteger.valueOf(1));
        CTLvl niva = abstrakt.addNewLvl();
        niva.setIlvl(BigInteger.ZERO);
        niva.addNewStart().setVal(BigInteger.ONE);
        niva.addNewNumFmt().setVal(STNumberFormat.BULLET);
        niva.addNewLvlText().setVal("•");
        BigInteger abstraktId = numrering.addAbstractNum(new XWPFAbstractNum(abstrakt, numrering));
        return numrering.addNum(abstraktId);
    }

    // ---------------------------------------------------------------- comparing texts

    private static final Pattern BLANKTECKEN = Pattern.compile("\\s+");

    /** The words of a text (split on any whitespace). */
    public static List<String> ord(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(BLANKTECKEN.split(t));
    }

    /** Whitespace collapsed to single spaces. */
    public static String hoptryckt(String text) {
        return String.join(" ", ord(text));
    }

    /**
     * The non-empty lines of {@code kalla} whose words do not appear, contiguously and in the
     * source's order, in {@code utdrag}. Empty = the extraction kept every line modulo whitespace
     * and line wrapping.
     */
    public static List<String> saknadeRader(String kalla, String utdrag) {
        List<String> ordIUtdrag = ord(utdrag);
        List<String> saknade = new ArrayList<>();
        int fran = 0;
        for (String rad : kalla.split("\r?\n")) {
            List<String> radord = ord(rad);
            if (radord.isEmpty()) {
                continue;
            }
            int hittad = sok(ordIUtdrag, radord, fran);
            if (hittad < 0) {
                saknade.add(rad);
            } else {
                fran = hittad + radord.size();
            }
        }
        return saknade;
    }

    private static int sok(List<String> i, List<String> efter, int fran) {
        outer:
        for (int start = fran; start + efter.size() <= i.size(); start++) {
            for (int k = 0; k < efter.size(); k++) {
                if (!i.get(start + k).equals(efter.get(k))) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
