package se.remiss.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.program.Programdata.REVIDERAT_FIL;
import static se.remiss.program.Programdata.allaAvsnitt;
import static se.remiss.program.Programdata.allaKrav;
import static se.remiss.program.Programdata.importera;
import static se.remiss.program.Programdata.importerad;
import static se.remiss.program.Programdata.importeradText;
import static se.remiss.program.Programdata.lista;
import static se.remiss.program.Programdata.normal;
import static se.remiss.program.Programdata.nyRemiss;
import static se.remiss.program.Programdata.program;
import static se.remiss.program.Programdata.versioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import se.remiss.testhjalp.Api;

/**
 * Programme import from PDF and DOCX, and files the import must refuse (issue 4, "Must show").
 *
 * <p>The PDF and DOCX files are made here from the text of seed 004, as a word processor would
 * lay it out: PDF pages of wrapped lines with the page number at the foot, bullets as "•" items;
 * DOCX paragraphs with bold runs, once with Word's own bullet lists (numbering) and once with "•"
 * typed into the text. Each must give the same sections, goals and commitments as the text file.
 *
 * <p>Bad files must each be answered 400 problem+json naming {@code fil} with a Swedish message,
 * and leave nothing behind: no version, no stored file. A corpus of truncated and byte-flipped
 * PDFs must never give a 500 and each be answered within 10 seconds.
 *
 * <p>These tests need the real text extraction (PDFBox/POI, {@code Textutdragare}); with the
 * text-only placeholder most of them fail.
 */
@QuarkusTest
class ProgramImportFilformatTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // ---------------------------------------------------------------------------------------------
    // The same programme in every format

    @Test
    void pdfGerSammaProgramSomTexten() {
        jamforMedTexten("socialt-program.pdf", PDF, pdfAvText(Programdata.text(REVIDERAT_FIL)));
    }

    @Test
    void docxMedWordsPunktlistorGerSammaProgramSomTexten() {
        jamforMedTexten("socialt-program.docx", DOCX, docxAvText(Programdata.text(REVIDERAT_FIL), true));
    }

    @Test
    void docxMedSkrivnaPunktteckenGerSammaProgramSomTexten() {
        jamforMedTexten("socialt-program.docx", DOCX, docxAvText(Programdata.text(REVIDERAT_FIL), false));
    }

    private static void jamforMedTexten(String filnamn, String mimetyp, byte[] innehall) {
        long remiss = nyRemiss(filnamn);
        JsonPath text = program(importeradText(remiss, REVIDERAT_FIL, null));
        JsonPath fil = program(importerad(remiss, filnamn, mimetyp, innehall, null));

        assertEquals(filnamn, fil.getString("filnamn"));
        assertEquals(normal(text.getString("titel")), normal(fil.getString("titel")));
        assertEquals(normaliserade(text.getList("mal")), normaliserade(fil.getList("mal")));
        assertEquals(trad(text), trad(fil));
        assertEquals(krav(text), krav(fil));
        // and so the seed's own numbers
        ProgramApiTest.assertReviderat(fil);
    }

    /** Every section as "key | heading", in document order, the tree's shape in the keys. */
    private static List<String> trad(JsonPath program) {
        return allaAvsnitt(program).stream().map(a -> a.get("nyckel") + " | " + normal((String) a.get("rubrik"))).toList();
    }

    /** Every commitment as "section | text | addressees | unknown addressees". */
    private static List<String> krav(JsonPath program) {
        return allaKrav(program).stream().map(k -> k.get("avsnitt") + " | " + normal((String) k.get("text")) + " | "
                + lista(k, "riktadTill") + " | " + lista(k, "okandaMottagare")).toList();
    }

    private static List<String> normaliserade(List<String> texter) {
        return texter.stream().map(Programdata::normal).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Bad files

    @Test
    void enTextfilSomHeterPdfAvvisas() {
        avvisas("program.pdf", PDF, ("Det här är ingen PDF utan vanlig text " + Api.unik() + ".\n\n1. INLEDNING\n\n"
                + "Text.\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void enKrypteradPdfAvvisas() {
        avvisas("krypterad.pdf", PDF, krypterad(pdfAvText("Krypterat program " + Api.unik() + "\n\n1. INLEDNING\n\n"
                + "Programmet är skyddat med lösenord.\n")));
    }

    @Test
    void enTomFilAvvisas() {
        avvisas("tom.pdf", PDF, new byte[0]);
    }

    @Test
    void enSkannadPdfUtanTextlagerAvvisas() {
        JsonPath problem = avvisas("skannad.pdf", PDF, skannad());
        assertTrue(orsak(problem).contains("PDF:en saknar textlager"), problem.prettify());
    }

    @Test
    void enFilOverStorleksgransenAvvisas() {
        byte[] pdf = pdfAvText(Programdata.text(REVIDERAT_FIL));
        byte[] stor = Arrays.copyOf(pdf, Api.MAX_STORLEK + 1);
        Arrays.fill(stor, pdf.length, stor.length, (byte) ' '); // trailing white space: still a readable PDF
        avvisas("stort-program.pdf", PDF, stor);
    }

    /** Posts a file that must be refused; checks the answer and that nothing was stored. */
    private static JsonPath avvisas(String filnamn, String mimetyp, byte[] innehall) {
        long remiss = nyRemiss("avvisas " + filnamn);
        long tidigare = importeradText(remiss, REVIDERAT_FIL, null);
        List<Map<String, Object>> fore = versioner(remiss);

        JsonPath problem = Api.problem(importera(remiss, filnamn, mimetyp, innehall, tidigare), 400, "fil");
        String orsak = orsak(problem);
        assertSvenska(orsak, problem);
        assertEquals(fore, versioner(remiss), "inga nya versioner");
        assertFalse(innehall.length > 0 && ProgramApiTest.filLagrad(innehall), "filen ska inte ha sparats");
        return problem;
    }

    private static String orsak(JsonPath problem) {
        List<Map<String, Object>> parametrar = problem.getList("'invalid-params'");
        return parametrar.stream().filter(p -> "fil".equals(p.get("name"))).map(p -> (String) p.get("reason"))
                .findFirst().orElseThrow();
    }

    private static final Pattern SVENSKA = Pattern.compile(
            "(?iu).*([åäö]|\\b(inte|kan|går|filen|pdf:en|dokumentet|saknar|tom|lösenord|skadad)\\b).*");
    private static final Pattern TEKNISKT = Pattern.compile("(?i).*(exception|java\\.|org\\.apache|\\bat [a-z]+\\.).*");

    private static void assertSvenska(String orsak, JsonPath problem) {
        assertTrue(orsak != null && SVENSKA.matcher(orsak).matches(), "inget svenskt meddelande: " + problem.prettify());
        assertFalse(TEKNISKT.matcher(orsak).matches(), "tekniskt meddelande: " + problem.prettify());
        assertFalse(TEKNISKT.matcher(problem.getString("detail")).matches(), problem.prettify());
    }

    // ---------------------------------------------------------------------------------------------
    // Malformed PDFs

    @Test
    void skadadePdfFilerGerAldrig500OchSvarInom10Sekunder() {
        byte[] giltig = pdfAvText(Programdata.text(REVIDERAT_FIL));
        Map<String, byte[]> korpus = skadade(giltig);
        assertTrue(korpus.size() >= 20, "korpusen: " + korpus.keySet());

        long remiss = nyRemiss("skadade PDF:er");
        var klient = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 30_000));
        List<String> fel = new ArrayList<>();
        int importerade = 0;
        for (Map.Entry<String, byte[]> variant : korpus.entrySet()) {
            long start = System.nanoTime();
            Response svar;
            try {
                svar = RestAssured.given().config(klient).accept(ContentType.JSON)
                        .multiPart("fil", "skadad.pdf", variant.getValue(), PDF)
                        .post("/api/remisser/" + remiss + "/program");
            } catch (RuntimeException e) {
                fel.add(variant.getKey() + ": inget svar (" + e + ")");
                continue;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            int status = svar.statusCode();
            if (ms > 10_000) {
                fel.add(variant.getKey() + ": " + ms + " ms");
            }
            if (status == 201) {
                importerade++;
            } else if (status == 400) {
                try {
                    JsonPath problem = Api.problem(svar, 400, "fil");
                    assertSvenska(orsak(problem), problem);
                    if (ProgramApiTest.filLagrad(variant.getValue())) {
                        fel.add(variant.getKey() + ": avvisad men sparad");
                    }
                } catch (AssertionError e) {
                    fel.add(variant.getKey() + ": " + e.getMessage());
                }
            } else {
                fel.add(variant.getKey() + ": " + status + " " + svar.asString());
            }
        }
        assertEquals(List.of(), fel);
        assertEquals(importerade, versioner(remiss).size(), "en version per fil som svarade 201, inga andra");
    }

    /** Truncated and byte-flipped variants of a valid PDF, each under a name that says what was done. */
    private static Map<String, byte[]> skadade(byte[] pdf) {
        Map<String, byte[]> korpus = new LinkedHashMap<>();
        int n = pdf.length;
        for (double andel : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            korpus.put("avkortad till " + (int) (andel * 100) + " %", Arrays.copyOf(pdf, Math.max(1, (int) (n * andel))));
        }
        korpus.put("utan sista byten", Arrays.copyOf(pdf, n - 1));
        korpus.put("utan %%EOF", Arrays.copyOf(pdf, n - 7));
        korpus.put("bara huvudet", Arrays.copyOf(pdf, 16));

        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        korpus.put("fel filhuvud", latin1(latin.replaceFirst("%PDF-", "%PDX-")));
        korpus.put("xref förstörd", latin1(latin.replace("xref", "xreg")));
        korpus.put("startxref pekar fel", latin1(latin.replaceFirst("startxref\\s+\\d+", "startxref\n999999999")));
        korpus.put("utan /Root", latin1(latin.replace("/Root", "/Roox")));
        korpus.put("orimligt sidantal", latin1(latin.replaceFirst("/Count \\d+", "/Count 2147483647")));
        korpus.put("orimlig strömlängd", latin1(latin.replaceFirst("/Length \\d+", "/Length 999999999")));
        korpus.put("sidträd som pekar på sig självt", latin1(sjalvrefererandeSidtrad(latin)));
        korpus.put("utan endobj", latin1(latin.replace("endobj", "      ")));
        Random slump = new Random(4711);
        for (int antal : new int[] {1, 10, 100, 1000}) {
            for (int omgang = 1; omgang <= 2; omgang++) {
                byte[] b = pdf.clone();
                for (int i = 0; i < antal; i++) {
                    int plats = slump.nextInt(n);
                    b[plats] = (byte) (b[plats] ^ (1 + slump.nextInt(255)));
                }
                korpus.put(antal + " bytes ändrade (" + omgang + ")", b);
            }
        }
        return korpus;
    }

    /** The page tree's root listed among its own kids. */
    private static String sjalvrefererandeSidtrad(String pdf) {
        Matcher sidor = Pattern.compile("(\\d+) 0 obj\\s*<<\\s*/Type /Pages").matcher(pdf);
        if (!sidor.find()) {
            return pdf.replace("/Kids [", "/Kids [1 0 R ");
        }
        return pdf.replaceFirst("/Kids \\[", "/Kids [" + sidor.group(1) + " 0 R ");
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------------------------------------
    // Making the files

    private enum Slag { STYCKE, RADER, PUNKTER }

    /** A paragraph, lines kept apart (an address block), or a bullet list; the text may hold ** and * emphasis. */
    private record Block(Slag slag, List<String> rader) {
    }

    private static final Pattern NUMRERAD_RUBRIK = Pattern.compile("\\d+(\\.\\d+)*\\.? \\p{Lu}{2}.*");

    /** The seed's blank-line separated blocks. */
    private static List<Block> block(String text) {
        List<Block> block = new ArrayList<>();
        for (String del : text.strip().split("\\n\\s*\\n")) {
            List<String> rader = del.lines().map(String::strip).filter(r -> !r.isEmpty()).toList();
            if (rader.isEmpty()) {
                continue;
            }
            if (rader.stream().allMatch(r -> r.startsWith("- "))) {
                block.add(new Block(Slag.PUNKTER, rader.stream().map(r -> r.substring(2)).toList()));
            } else {
                block.add(new Block(rader.size() == 1 ? Slag.STYCKE : Slag.RADER, rader));
            }
        }
        return block;
    }

    private static String utanBetoning(String rad) {
        return rad.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("\\*(.+?)\\*", "$1");
    }

    /** A4 pages of wrapped 11-point lines, a blank line between paragraphs, the page number at the foot. */
    private static byte[] pdfAvText(String text) {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font typsnitt;
            try (InputStream in = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                typsnitt = PDType0Font.load(pdf, in);
            }
            new Sattning(pdf, typsnitt).satt(block(text));
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out blocks on PDF pages. */
    private static final class Sattning {

        private static final float STORLEK = 11;
        private static final float RADAVSTAND = 15;
        private static final float MARGINAL = 64;
        private static final float INDRAG = 18;

        private final PDDocument pdf;
        private final PDType0Font typsnitt;
        private final float bredd = PDRectangle.A4.getWidth() - 2 * MARGINAL;
        private PDPageContentStream strom;
        private float y;
        private int sidnummer;

        Sattning(PDDocument pdf, PDType0Font typsnitt) {
            this.pdf = pdf;
            this.typsnitt = typsnitt;
        }

        void satt(List<Block> block) throws IOException {
            nySida();
            for (Block b : block) {
                switch (b.slag()) {
                    case STYCKE -> stycke(utanBetoning(b.rader().get(0)), MARGINAL, bredd);
                    case RADER -> {
                        for (String rad : b.rader()) {
                            stycke(utanBetoning(rad), MARGINAL, bredd);
                        }
                    }
                    case PUNKTER -> {
                        for (String punkt : b.rader()) {
                            rad("•", MARGINAL + 4);
                            y += RADAVSTAND; // the item's first line stands beside the bullet
                            stycke(utanBetoning(punkt), MARGINAL + INDRAG, bredd - INDRAG);
                        }
                    }
                }
                y -= RADAVSTAND; // blank line between blocks
            }
            avslutaSida();
        }

        private void stycke(String text, float x, float maxbredd) throws IOException {
            StringBuilder rad = new StringBuilder();
            for (String ord : text.split(" ")) {
                String prov = rad.isEmpty() ? ord : rad + " " + ord;
                if (!rad.isEmpty() && bredd(prov) > maxbredd) {
                    rad(rad.toString(), x);
                    rad.setLength(0);
                    rad.append(ord);
                } else {
                    rad.setLength(0);
                    rad.append(prov);
                }
            }
            if (!rad.isEmpty()) {
                rad(rad.toString(), x);
            }
        }

        private void rad(String text, float x) throws IOException {
            if (y < MARGINAL + RADAVSTAND) {
                avslutaSida();
                nySida();
            }
            strom.beginText();
            strom.setFont(typsnitt, STORLEK);
            strom.newLineAtOffset(x, y);
            strom.showText(text);
            strom.endText();
            y -= RADAVSTAND;
        }

        private float bredd(String text) throws IOException {
            return typsnitt.getStringWidth(text) / 1000 * STORLEK;
        }

        private void nySida() throws IOException {
            PDPage sida = new PDPage(PDRectangle.A4);
            pdf.addPage(sida);
            strom = new PDPageContentStream(pdf, sida);
            y = PDRectangle.A4.getHeight() - MARGINAL;
            sidnummer++;
        }

        private void avslutaSida() throws IOException {
            String nummer = String.valueOf(sidnummer);
            strom.beginText();
            strom.setFont(typsnitt, 9);
            strom.newLineAtOffset((PDRectangle.A4.getWidth() - typsnitt.getStringWidth(nummer) / 1000 * 9) / 2, 36);
            strom.showText(nummer);
            strom.endText();
            strom.close();
        }
    }

    /** The PDF with a user password: it cannot be opened without it. */
    private static byte[] krypterad(byte[] oppen) {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(oppen)) {
            StandardProtectionPolicy skydd = new StandardProtectionPolicy("agarlosen-" + Api.unik(), "hemligt",
                    new AccessPermission());
            skydd.setEncryptionKeyLength(128);
            pdf.protect(skydd);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: an image of text-like lines, no text layer. Unique pixels, so never stored before. */
    private static byte[] skannad() {
        BufferedImage bild = new BufferedImage(620, 877, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bild.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, bild.getWidth(), bild.getHeight());
        g.setColor(Color.DARK_GRAY);
        Random slump = new Random();
        for (int rad = 80; rad < 800; rad += 18) {
            g.fillRect(60, rad, 300 + slump.nextInt(200), 7);
        }
        g.dispose();
        try (PDDocument pdf = new PDDocument()) {
            PDPage sida = new PDPage(PDRectangle.A4);
            pdf.addPage(sida);
            PDImageXObject skanning = LosslessFactory.createFromImage(pdf, bild);
            try (PDPageContentStream strom = new PDPageContentStream(pdf, sida)) {
                strom.drawImage(skanning, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One Word paragraph per block line; ** as bold and * as italic runs; numbered headings bold.
     * Bullets as Word's own bullet list ({@code ordlista}) or as "•" typed at the start of the paragraph.
     */
    private static byte[] docxAvText(String text, boolean ordlista) {
        try (XWPFDocument docx = new XWPFDocument()) {
            BigInteger punktlista = ordlista ? punktlista(docx) : null;
            for (Block b : block(text)) {
                for (String rad : b.rader()) {
                    XWPFParagraph stycke = docx.createParagraph();
                    String innehall = rad;
                    if (b.slag() == Slag.PUNKTER) {
                        if (ordlista) {
                            stycke.setNumID(punktlista);
                            stycke.setNumILvl(BigInteger.ZERO); // Word always writes the level with the list
                        } else {
                            innehall = "• " + rad;
                        }
                    }
                    boolean rubrik = b.slag() == Slag.STYCKE && NUMRERAD_RUBRIK.matcher(rad).matches();
                    skrivRuns(stycke, innehall, rubrik);
                }
            }
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            docx.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skrivRuns(XWPFParagraph stycke, String text, boolean fet) {
        Matcher betoning = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*").matcher(text);
        int forra = 0;
        while (betoning.find()) {
            run(stycke, text.substring(forra, betoning.start()), fet, false);
            if (betoning.group(1) != null) {
                run(stycke, betoning.group(1), true, false);
            } else {
                run(stycke, betoning.group(2), fet, true);
            }
            forra = betoning.end();
        }
        run(stycke, text.substring(forra), fet, false);
    }

    private static void run(XWPFParagraph stycke, String text, boolean fet, boolean kursiv) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = stycke.createRun();
        run.setText(text);
        run.setBold(fet);
        run.setItalic(kursiv);
    }

    /** Word's bullet list: an abstract numbering with a "•" bullet on level 0. */
    private static BigInteger punktlista(XWPFDocument docx) {
        CTAbstractNum abstrakt = CTAbstractNum.Factory.newInstance();
        abstrakt.setAbstractNumId(BigInteger.ZERO);
        CTLvl niva = abstrakt.addNewLvl();
        niva.setIlvl(BigInteger.ZERO);
        niva.addNewNumFmt().setVal(STNumberFormat.BULLET);
        niva.addNewLvlText().setVal("•");
        niva.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numrering = docx.createNumbering();
        BigInteger abstraktId = numrering.addAbstractNum(new XWPFAbstractNum(abstrakt));
        return numrering.addNum(abstraktId);
    }
}
