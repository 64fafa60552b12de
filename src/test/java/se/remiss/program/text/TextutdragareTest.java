package se.remiss.program.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import se.remiss.plattform.Valideringsfel;
import se.remiss.program.Testdokument;

class TextutdragareTest {

    private static String seed;
    private static String dokumenttext;
    private static byte[] seedPdf;
    private static byte[] seedDocx;

    @BeforeAll
    static void skapaDokument() {
        seed = Testdokument.programtext();
        dokumenttext = Testdokument.somDokumenttext(seed);
        seedPdf = Testdokument.pdfAvText(dokumenttext);
        seedDocx = Testdokument.docxAvText(dokumenttext);
    }

    // ---------------------------------------------------------------- the seed programme as PDF, DOCX, text, Markdown

    @Test
    void pdfAvSeedprogrammetGerRubrikerAtagandenOchVarjeRad() {
        assertTrue(Testdokument.antalSidor(seedPdf) >= 5, "PDF:en ska ha flera sidor");
        String text = Textutdragare.text("program.pdf", seedPdf);

        List<String> rader = text.lines().toList();
        for (String rubrik : List.of("1. INLEDNING", "4. STOCKHOLMS STADS PROGRAM", "5. GENOMFÖRANDE AV PROGRAMMET",
                "5.1 STOCKHOLM I ETT HELHETSPERSPEKTIV", "5.3 UPPSÖKANDE ARBETE",
                "5.5 MÄNNISKOHANDEL FÖR SEXUELLA ÄNDAMÅL", "6. UPPFÖLJNING AV PROGRAMMET")) {
            assertTrue(rader.contains(rubrik), "rubriken " + rubrik + " på egen rad");
        }
        String hoptryckt = Testdokument.hoptryckt(text);
        assertTrue(hoptryckt.contains("• Socialtjänstnämnden ska bedriva uppsökande arbete med inriktning på "
                + "prostitution i gatumiljöer, restaurangmiljöer samt på Internet."));
        assertTrue(hoptryckt.contains("• Stadens bostadsbolag ska i samarbete med polisen och stadens lokala "
                + "brottsförebyggande råd förhindra att lägenheter eller lokaler används i prostitutions-sammanhang."));
        assertTrue(hoptryckt.contains("• Efterfrågan på köp av sexuella tjänster ska minska."));
        assertEquals(List.of(), Testdokument.saknadeRader(dokumenttext, text));
        // Paragraph gaps come back as blank lines; bullet items stay on consecutive lines.
        int rubrik = rader.indexOf("5.3 UPPSÖKANDE ARBETE");
        assertEquals("", rader.get(rubrik - 1));
        assertEquals("", rader.get(rubrik + 1));
        assertTrue(rader.get(rubrik + 2).startsWith("• Socialtjänstnämnden ska bedriva"));
        assertTrue(rader.get(rubrik + 5).startsWith("• Socialtjänstnämnden ska tillse att samverkan"), text);
        assertFalse(text.contains("\r"));
    }

    @Test
    void docxAvSeedprogrammetGerRubrikerPunkterOchVarjeRad() {
        String text = Textutdragare.text("program.docx", seedDocx);

        List<String> rader = text.lines().toList();
        assertTrue(rader.contains("5.3 UPPSÖKANDE ARBETE"));
        assertTrue(rader.contains("5.2 FÖREBYGGANDE"));
        // Bullet paragraphs come back with "• ", on consecutive lines.
        int i = rader.indexOf("• Stadsdelsnämnderna ska tillhandahålla rådgivande ungdomsmottagningar.");
        assertTrue(i > 0, text);
        assertTrue(rader.get(i + 1).startsWith("• Socialtjänstnämnden ska tillse att inom ramen"));
        assertTrue(rader.contains("• Stadsdelsnämnderna ska erbjuda både köpare och säljare av sexuella tjänster "
                + "stöd- och hjälpinsatser."));
        // Ordinary paragraphs are separated by a blank line.
        int rubrik = rader.indexOf("Sexköpare");
        assertEquals("", rader.get(rubrik - 1));
        assertEquals("", rader.get(rubrik + 1));
        assertEquals(List.of(), Testdokument.saknadeRader(dokumenttext, text));
    }

    @Test
    void pdfOchDocxGerSammaOrdSomTexten() {
        List<String> fran = Testdokument.ord(dokumenttext);
        assertEquals(fran, Testdokument.ord(Textutdragare.text("program.pdf", seedPdf)));
        assertEquals(fran, Testdokument.ord(Textutdragare.text("program.docx", seedDocx)));
    }

    @Test
    void langPdfAvUpprepadText() {
        byte[] pdf = Testdokument.pdfMedSidor(dokumenttext, 100);
        assertEquals(100, Testdokument.antalSidor(pdf));
        String text = Textutdragare.text("lang.pdf", pdf);
        long rubriker = text.lines().filter("5.3 UPPSÖKANDE ARBETE"::equals).count();
        assertTrue(rubriker >= 10, "texten upprepad: " + rubriker);
        assertEquals(2, Testdokument.antalSidor(Testdokument.pdfAvText("Kort text", 2)));
    }

    @Test
    void textfilLasesSomDenArUtanMarkdowntolkning() {
        String text = Textutdragare.text("program.txt", seed.getBytes(StandardCharsets.UTF_8));
        assertTrue(text.lines().anyMatch("5.3 UPPSÖKANDE ARBETE"::equals));
        assertTrue(text.contains("- **Socialtjänstnämnden ska** bedriva uppsökande arbete"));
        assertFalse(text.startsWith("\n"), "inledande tomrader bort");
        assertEquals(List.of(), Testdokument.saknadeRader(seed, text));
    }

    @Test
    void markdownfilFarPunkterUtanRubrikbrackorOchBetoning() {
        String md = "# Socialt program\n\n## 5.3 Uppsökande arbete ##\n\n"
                + "- **Socialtjänstnämnden ska** bedriva uppsökande arbete.\n"
                + "* Stadens bostadsbolag ska förhindra *prostitutions-sammanhang*.\n"
                + "  + underpunkt med [länk](https://example.org) och `kod`\n\n"
                + "---\n\n"
                + "> Citat med stöd- och hjälpinsatser\n\n"
                + "1. Uppföljning av de åtgärder som inleder respektive delavsnitt\n"
                + "Pris 5 * 3 och filnamn_med_understreck ändras inte, inte heller \\*stjärnor\\*.\n";
        String text = Textutdragare.text("program.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                Socialt program

                5.3 Uppsökande arbete

                • Socialtjänstnämnden ska bedriva uppsökande arbete.
                • Stadens bostadsbolag ska förhindra prostitutions-sammanhang.
                  • underpunkt med länk och kod

                Citat med stöd- och hjälpinsatser

                1. Uppföljning av de åtgärder som inleder respektive delavsnitt
                Pris 5 * 3 och filnamn_med_understreck ändras inte, inte heller *stjärnor*.""", text);
    }

    @Test
    void langMarkdownradMedOmatchadeMarkorerGarFort() {
        String rad = "**a *b __c _d [e `f ".repeat(250_000);
        long start = System.nanoTime();
        String text = Textutdragare.text("lang.md", rad.getBytes(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(text.length() > 4_000_000);
        assertTrue(ms < 10_000, "tog " + ms + " ms");
    }

    @Test
    void seedprogrammetSomMarkdownGerDokumenttexten() {
        String text = Textutdragare.text("program.markdown", seed.getBytes(StandardCharsets.UTF_8));
        assertTrue(text.lines().anyMatch(r -> r.startsWith("• Socialtjänstnämnden ska bedriva uppsökande arbete")));
        assertFalse(text.contains("**"));
        assertEquals(List.of(), Testdokument.saknadeRader(dokumenttext, text));
        assertEquals(Testdokument.ord(dokumenttext), Testdokument.ord(text));
    }

    @Test
    void textAvkodasStriktMedWindows1252SomReserv() {
        String rad = "5.3 UPPSÖKANDE ARBETE – stöd- och hjälpinsatser för år 2006 ”citat”";
        assertEquals(rad, Textutdragare.text("a.txt", rad.getBytes(Charset.forName("windows-1252"))));
        assertEquals(rad, Textutdragare.text("a.txt", rad.getBytes(StandardCharsets.UTF_8)));
        byte[] medBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("Rad ett\r\nRad två\r\n\r\n\r\n\r\nRad tre   \r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Rad ett\nRad två\n\nRad tre", Textutdragare.text("a.txt", medBom));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Åtgärd\r\nÖversyn".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Åtgärd\nÖversyn", Textutdragare.text("a.txt", utf16));
        // Decomposed characters are composed (NFC); non-breaking spaces become spaces.
        assertEquals("Översyn av stöd", Textutdragare.text("a.txt", "O\u0308versyn\u00A0av sto\u0308d".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void innehalletAvgorForeNamnet() {
        assertEquals(Testdokument.ord(dokumenttext), Testdokument.ord(Textutdragare.text("program.txt", seedPdf)));
        assertEquals(Testdokument.ord(dokumenttext), Testdokument.ord(Textutdragare.text("program", seedDocx)));
        assertEquals(Testdokument.ord(dokumenttext), Testdokument.ord(Textutdragare.text(null, seedDocx)));
        assertEquals("Hej", Textutdragare.text(null, "Hej".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Hej", Textutdragare.text("C:\\Mina dokument\\program", "Hej".getBytes(StandardCharsets.UTF_8)));
        // A PDF header after junk counts only in a file named .pdf.
        byte[] skrapForst = concat("skräp\n".getBytes(StandardCharsets.UTF_8), seedPdf);
        assertEquals(Testdokument.ord(dokumenttext), Testdokument.ord(Textutdragare.text("program.pdf", skrapForst)));
        assertEquals("Om %PDF-1.7 i text", Textutdragare.text("om.txt", "Om %PDF-1.7 i text".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfMedBaraAgarlosenordGarAttLasa() {
        String text = Textutdragare.text("p.pdf", Testdokument.pdfMedBaraAgarlosenord("Socialtjänstnämnden ska bedriva arbete."));
        assertEquals("Socialtjänstnämnden ska bedriva arbete.", text);
    }

    @Test
    void docxNumreradeRubrikerOchListorFarSinaNummer() throws IOException {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFNumbering numrering = d.createNumbering();
            CTAbstractNum abstrakt = CTAbstractNum.Factory.newInstance();
            abstrakt.setAbstractNumId(BigInteger.ONE);
            niva(abstrakt, 0, STNumberFormat.DECIMAL, "%1.", 5);
            niva(abstrakt, 1, STNumberFormat.DECIMAL, "%1.%2", 1);
            niva(abstrakt, 2, STNumberFormat.LOWER_LETTER, "%3)", 1);
            BigInteger numId = numrering.addNum(numrering.addAbstractNum(new XWPFAbstractNum(abstrakt, numrering)));
            stycke(d, numId, 0, "GENOMFÖRANDE AV PROGRAMMET");
            stycke(d, null, 0, "Ambitionen i programmet.");
            stycke(d, numId, 1, "STOCKHOLM I ETT HELHETSPERSPEKTIV");
            stycke(d, numId, 1, "FÖREBYGGANDE");
            stycke(d, numId, 2, "första");
            stycke(d, numId, 2, "andra");
            stycke(d, numId, 1, "UPPSÖKANDE ARBETE");
            stycke(d, numId, 0, "UPPFÖLJNING AV PROGRAMMET");
            stycke(d, numId, 1, "Årlig uppföljning");
            XWPFParagraph liststil = d.createParagraph();
            liststil.setStyle("ListBullet");
            liststil.createRun().setText("Punkt via listformat");
            XWPFTable tabell = d.createTable(2, 2);
            tabell.getRow(0).getCell(0).setText("Nämnd");
            tabell.getRow(0).getCell(1).setText("Åtagande");
            tabell.getRow(1).getCell(0).setText("Socialtjänstnämnden");
            tabell.getRow(1).getCell(1).setText("Uppsökande arbete");
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            d.write(ut);
            docx = ut.toByteArray();
        }
        String text = Textutdragare.text("program.docx", docx);
        assertEquals("""
                5. GENOMFÖRANDE AV PROGRAMMET

                Ambitionen i programmet.

                5.1 STOCKHOLM I ETT HELHETSPERSPEKTIV
                5.2 FÖREBYGGANDE
                a) första
                b) andra
                5.3 UPPSÖKANDE ARBETE
                6. UPPFÖLJNING AV PROGRAMMET
                6.1 Årlig uppföljning
                • Punkt via listformat

                Nämnd

                Åtagande

                Socialtjänstnämnden

                Uppsökande arbete""", text);
    }

    private static void niva(CTAbstractNum abstrakt, int ilvl, STNumberFormat.Enum format, String mall, int start) {
        CTLvl niva = abstrakt.addNewLvl();
        niva.setIlvl(BigInteger.valueOf(ilvl));
        niva.addNewStart().setVal(BigInteger.valueOf(start));
        niva.addNewNumFmt().setVal(format);
        niva.addNewLvlText().setVal(mall);
    }

    private static void stycke(XWPFDocument d, BigInteger numId, int ilvl, String text) {
        XWPFParagraph p = d.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(ilvl));
        }
        p.createRun().setText(text);
    }

    // ---------------------------------------------------------------- bad files

    @Test
    void tomFil() {
        assertFel(Granser.TOM, "program.pdf", new byte[0]);
        assertFel(Granser.TOM, "program.pdf", null);
    }

    @Test
    void tomTextfil() {
        assertFel(Granser.TEXT_UTAN_TEXT, "program.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void forStorFil() {
        byte[] stor = new byte[Granser.MAX_BYTE + 1];
        Arrays.fill(stor, (byte) 'a');
        assertFel(Granser.FOR_STOR, "program.txt", stor);
    }

    @Test
    void textSomHeterPdf() {
        assertFel("Filen heter .pdf men är ingen PDF.", "program.pdf", dokumenttext.getBytes(StandardCharsets.UTF_8));
        assertFel(Granser.INGEN_PDF, "PROGRAM.PDF", seedDocx);
    }

    @Test
    void textSomHeterDocx() {
        assertFel(Granser.INGEN_DOCX, "program.docx", "Hej".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void krypteradPdf() {
        assertFel("PDF:en är krypterad. Ladda upp en version utan lösenord.", "program.pdf",
                Testdokument.krypteradPdf(dokumenttext, "hemligt"));
    }

    @Test
    void krypteradDocx() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor kryptering = info.getEncryptor();
        kryptering.confirmPassword("hemligt");
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = kryptering.getDataStream(fs)) {
                os.write(seedDocx);
            }
            fs.writeFilesystem(ut);
        }
        assertFel("Word-filen är krypterad. Ladda upp en version utan lösenord.", "program.docx", ut.toByteArray());
    }

    @Test
    void inskannadPdfUtanTextlager() {
        assertFel("PDF:en saknar textlager – den verkar vara inskannad. Ladda upp en PDF med text, eller DOCX.",
                "skannad.pdf", Testdokument.inskannadPdf(3));
    }

    @Test
    void pdfDarIngentingArRitat() {
        assertFel(Granser.SAKNAR_TEXTLAGER, "tom.pdf", Testdokument.tomPdf(2));
    }

    @Test
    void skadadPdf() {
        assertFel("PDF:en är skadad och kan inte läsas.", "program.pdf",
                "%PDF-1.7\nskräp utan objekt\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFel(Granser.PDF_SKADAD, "program.pdf", Arrays.copyOf(seedPdf, 16));
    }

    @Test
    void skadadDocx() {
        assertFel("Word-filen är skadad och kan inte läsas.", "program.docx",
                Arrays.copyOf(seedDocx, seedDocx.length / 2));
        // A Word package whose main part is not XML.
        byte[] trasig = zip("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document");
        assertFel(Granser.WORD_SKADAD, "program.docx", trasig);
        assertFel(Granser.WORD_SKADAD, "utan-namn", trasig);
    }

    @Test
    void filtyperSomInteStods() {
        String meddelande = "Filtypen stöds inte. Ladda upp PDF, DOCX, text eller Markdown.";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFel(meddelande, "program.png", png);
        assertFel(meddelande, "program.txt", png);
        assertFel(meddelande, "arkiv.zip", zip("a.txt", "Hej", "b.txt", "Hopp"));
        byte[] ole2 = new byte[4096];
        byte[] magi = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magi, 0, ole2, 0, magi.length);
        assertFel(meddelande, "program.doc", ole2);
        assertFel(meddelande, "program.doc", "Text i en .doc".getBytes(StandardCharsets.UTF_8));
        assertFel(meddelande, "program.html", "<html><body>Hej</body></html>".getBytes(StandardCharsets.UTF_8));
        assertFel(meddelande, "program.rtf", "{\\rtf1\\ansi Hej}".getBytes(StandardCharsets.US_ASCII));
        assertFel(meddelande, "program", new byte[] {1, 2, 3, 0, 5});
        assertFel(meddelande, "tabell.xlsx", xlsx());
        assertFel(meddelande, "tabell.docx", xlsx());
    }

    @Test
    void forMangaSidor() {
        byte[] pdf = Testdokument.tomPdf(Granser.MAX_SIDOR + 1);
        assertFel("Dokumentet har för många sidor (högst 2 000).", "lang.pdf", pdf);
    }

    @Test
    void komprimeringsbombIPdf() throws IOException {
        // A content stream of 300 MB of spaces, 300 kB compressed: refused before PDFBox inflates it.
        byte[] pdf;
        try (PDDocument d = new PDDocument()) {
            PDPage sida = new PDPage(PDRectangle.A4);
            d.addPage(sida);
            PDStream strom = new PDStream(d);
            try (OutputStream rå = strom.getCOSObject().createRawOutputStream()) {
                deflateraMellanslag(rå, 300L << 20);
            }
            strom.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            sida.setContents(strom);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            d.save(ut);
            pdf = ut.toByteArray();
        }
        assertTrue(pdf.length < 1_000_000, "bomben är liten: " + pdf.length);
        long start = System.nanoTime();
        assertFel(Granser.FOR_MYCKET, "bomb.pdf", pdf);
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    /** The XML bound goes by content, not by name: POI would parse a main document called .png just the same. */
    @Test
    void xmlUnderAnnatNamnRaknasMotGransen() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/media/bild.png\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/bild.png"));
            byte[] stycke = "<w:p><w:r><w:t>ord</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
            zip.write("<w:document><w:body>".getBytes(StandardCharsets.UTF_8));
            for (long skrivet = 0; skrivet <= Granser.MAX_WORD_XML; skrivet += stycke.length) {
                zip.write(stycke);
            }
            zip.closeEntry();
        }
        assertFel(Granser.FOR_MYCKET, "program.docx", ut.toByteArray());
    }

    @Test
    void komprimeringsbombIDocx() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertFel(Granser.FOR_MYCKET, "bomb.docx", ut.toByteArray());
    }

    /**
     * Ten levels of forms, each drawing the one below ten times: 10^10 operators. The caller gets
     * its answer at the time limit, and the worker stops by itself right after.
     */
    @Test
    void pdfSomTarForLangTidAvbryts() throws Exception {
        byte[] pdf = formbomb("q Q\n");
        long start = System.nanoTime();
        assertFel("Dokumentet tog för lång tid att läsa. Ladda upp en mindre eller enklare fil, "
                + "till exempel som DOCX eller text.", "bomb.pdf", pdf);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= Granser.TIDSGRANS_MS - 100 && ms < 10_000, "svar efter " + ms + " ms");
        long vantatTill = System.currentTimeMillis() + 2_000;
        while (arbetareKvar() && System.currentTimeMillis() < vantatTill) {
            Thread.sleep(20);
        }
        assertFalse(arbetareKvar(), "arbetstråden ska ha slutat av sig själv");
    }

    /**
     * The same bomb drawing a glyph at every leaf: PDFBox keeps a page's glyphs until the page
     * ends, so without the per-page glyph limit this would fill the heap. Stopped by that limit
     * (on a slow machine possibly by the time limit first), never by running out of memory.
     */
    @Test
    void pdfMedOandligtMangaTeckenPaEnSida() throws Exception {
        byte[] pdf = formbomb("BT /F1 12 Tf 100 700 Td (x) Tj ET\n");
        long start = System.nanoTime();
        Valideringsfel fel = assertThrows(Valideringsfel.class, () -> Textutdragare.text("bomb.pdf", pdf));
        assertTrue(List.of(Granser.FOR_MYCKET, Granser.FOR_LANG_TID).contains(fel.fel().get(0).meddelande()),
                fel.fel().get(0).meddelande());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    private static boolean arbetareKvar() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("textutdragare-") && t.isAlive());
    }

    private static byte[] formbomb(String lov) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage sida = new PDPage(PDRectangle.A4);
            d.addPage(sida);
            PDResources fontresurser = new PDResources();
            fontresurser.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject under = form(d, lov, fontresurser);
            for (int niva = 0; niva < 10; niva++) {
                PDResources r = new PDResources();
                r.put(COSName.getPDFName("F0"), under);
                under = form(d, "/F0 Do\n".repeat(10), r);
            }
            PDResources sidresurser = new PDResources();
            sidresurser.put(COSName.getPDFName("F0"), under);
            sida.setResources(sidresurser);
            PDStream innehall = new PDStream(d);
            try (OutputStream os = innehall.createOutputStream(COSName.FLATE_DECODE)) {
                os.write("/F0 Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            sida.setContents(innehall);
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            d.save(ut);
            return ut.toByteArray();
        }
    }

    private static PDFormXObject form(PDDocument d, String innehall, PDResources resurser) throws IOException {
        PDFormXObject form = new PDFormXObject(d);
        form.setBBox(PDRectangle.A4);
        form.setResources(resurser);
        try (OutputStream os = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            os.write(innehall.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    // ---------------------------------------------------------------- helpers

    static void assertFel(String meddelande, String filnamn, byte[] innehall) {
        Valideringsfel fel = assertThrows(Valideringsfel.class, () -> Textutdragare.text(filnamn, innehall));
        assertEquals(1, fel.fel().size());
        assertEquals("fil", fel.fel().get(0).falt());
        assertEquals(meddelande, fel.fel().get(0).meddelande());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] zip(String... namnOchInnehall) {
        try {
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(ut)) {
                for (int i = 0; i < namnOchInnehall.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namnOchInnehall[i]));
                    zip.write(namnOchInnehall[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return ut.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook bok = new XSSFWorkbook()) {
            bok.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Hej");
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deflateraMellanslag(OutputStream ut, long antal) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] in = new byte[1 << 20];
        Arrays.fill(in, (byte) ' ');
        byte[] buffert = new byte[1 << 16];
        for (long skrivet = 0; skrivet < antal; skrivet += in.length) {
            deflater.setInput(in);
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buffert);
                ut.write(buffert, 0, n);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffert);
            ut.write(buffert, 0, n);
        }
        deflater.end();
    }
}
