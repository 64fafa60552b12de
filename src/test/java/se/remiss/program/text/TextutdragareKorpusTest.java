package se.remiss.program.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.remiss.plattform.Valideringsfel;
import se.remiss.program.Testdokument;

/**
 * Malformed-PDF corpus: variants of a valid programme PDF (truncated, byte-flipped, xref damaged,
 * lengths lying) and hand-made hostile PDFs (nesting bombs, decompression bomb, loops). Each must
 * either give text or a {@link Valideringsfel} with one of the known messages — never another
 * exception, an OutOfMemoryError or a hang — within 10 s, and the whole corpus within a bounded
 * total.
 */
class TextutdragareKorpusTest {

    private static final long GRANS_PER_FIL_MS = 10_000;
    private static final long GRANS_TOTALT_MS = 120_000;
    /** A flip may hit the "%PDF-" header itself: then it is no PDF any more, and saying so is right. */
    private static final Set<String> KANDA_MEDDELANDEN = Set.of(Granser.PDF_SKADAD, Granser.KRYPTERAD,
            Granser.INGEN_PDF,
            Granser.SAKNAR_TEXTLAGER, Granser.FOR_MANGA_SIDOR, Granser.FOR_LANG_TID,
            Granser.FOR_MYCKET);

    private static final Map<String, Long> TIDER = new LinkedHashMap<>();
    private static final Map<String, Integer> UTFALL = new TreeMap<>();
    private static byte[] giltig;
    private static byte[] giltigKomprimerad;

    @BeforeAll
    static void skapaGiltigPdf() {
        String text = Testdokument.somDokumenttext(Testdokument.programtext());
        giltig = Testdokument.pdfAvText(text, Testdokument.Pdfval.standard().medKlassiskXref());
        giltigKomprimerad = Testdokument.pdfAvText(text);
        // The originals themselves are readable.
        assertTrue(Textutdragare.text("p.pdf", giltig).contains("5.3 UPPSÖKANDE ARBETE"));
        assertTrue(Textutdragare.text("p.pdf", giltigKomprimerad).contains("5.3 UPPSÖKANDE ARBETE"));
        assertTrue(latin1(giltig).contains("\nxref\n"), "klassisk xref-tabell");
    }

    @TestFactory
    Stream<DynamicTest> varjeVariantGerTextEllerValideringsfelInomTiosekunder() {
        Map<String, byte[]> varianter = varianter();
        assertTrue(varianter.size() >= 60, "korpusen har " + varianter.size() + " varianter");
        return varianter.entrySet().stream().map(v -> DynamicTest.dynamicTest(v.getKey(), () -> prova(v.getKey(), v.getValue())));
    }

    private static void prova(String namn, byte[] pdf) {
        long start = System.nanoTime();
        String utfall;
        try {
            String text = Textutdragare.text(namn + ".pdf", pdf);
            assertFalse(text.isBlank(), "text returneras aldrig tom");
            utfall = "text";
        } catch (Valideringsfel fel) {
            assertEquals(1, fel.fel().size());
            assertEquals("fil", fel.fel().get(0).falt());
            String meddelande = fel.fel().get(0).meddelande();
            assertTrue(KANDA_MEDDELANDEN.contains(meddelande), namn + ": oväntat meddelande " + meddelande);
            utfall = meddelande;
        } catch (Throwable annat) {
            fail(namn + ": " + annat, annat);
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        synchronized (TIDER) {
            TIDER.put(namn, ms);
            UTFALL.merge(utfall, 1, Integer::sum);
        }
        assertTrue(ms < GRANS_PER_FIL_MS, namn + " tog " + ms + " ms");
    }

    @AfterAll
    static void totaltInomGrans() {
        long totalt = TIDER.values().stream().mapToLong(Long::longValue).sum();
        String langsammast = TIDER.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5).map(e -> e.getKey() + "=" + e.getValue() + "ms").toList().toString();
        System.out.printf("Korpus: %d varianter på %d ms; långsammast %s; utfall %s%n",
                TIDER.size(), totalt, langsammast, UTFALL);
        assertTrue(totalt < GRANS_TOTALT_MS, "korpusen tog " + totalt + " ms");
    }

    // ---------------------------------------------------------------- the variants

    private static Map<String, byte[]> varianter() {
        Map<String, byte[]> v = new LinkedHashMap<>();
        String pdf = latin1(giltig);
        int n = giltig.length;

        // Truncated at many offsets, including just around the xref table, the trailer and %%EOF.
        double[] andelar = {0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};
        for (double a : andelar) {
            v.put("trunkerad-" + a, Arrays.copyOf(giltig, (int) (n * a)));
        }
        int xref = pdf.lastIndexOf("\nxref\n") + 1;
        v.put("trunkerad-fore-xref", Arrays.copyOf(giltig, xref));
        v.put("trunkerad-mitt-i-xref", Arrays.copyOf(giltig, xref + 60));
        v.put("trunkerad-fore-trailer", Arrays.copyOf(giltig, pdf.lastIndexOf("trailer")));
        v.put("trunkerad-fore-startxref", Arrays.copyOf(giltig, pdf.lastIndexOf("startxref")));
        v.put("trunkerad-utan-eof", Arrays.copyOf(giltig, pdf.lastIndexOf("%%EOF")));
        v.put("komprimerad-trunkerad-halva", Arrays.copyOf(giltigKomprimerad, giltigKomprimerad.length / 2));
        v.put("komprimerad-trunkerad-slutet", Arrays.copyOf(giltigKomprimerad, giltigKomprimerad.length - 40));

        // Random byte changes, fixed seed.
        Random slump = new Random(20_060_301L);
        int[] antalFlippar = {1, 1, 1, 1, 4, 4, 4, 4, 16, 16, 16, 16, 256, 256, 256, 4096};
        for (int i = 0; i < antalFlippar.length; i++) {
            v.put("flippar-" + antalFlippar[i] + "-" + i, flippa(giltig, antalFlippar[i], slump, 0, n));
        }
        for (int i = 0; i < 4; i++) {
            v.put("flippar-i-xref-" + i, flippa(giltig, 8, slump, xref, n));
            v.put("komprimerad-flippar-" + i, flippa(giltigKomprimerad, 8 << i, slump, 0, giltigKomprimerad.length));
        }

        // The cross-reference table and trailer damaged.
        v.put("xref-nyckelord-fel", latin1(pdf.substring(0, xref) + "xrXf" + pdf.substring(xref + 4)));
        v.put("xref-forskjutna", latin1(pdf.substring(0, xref) + ersattTal(pdf.substring(xref),
                Pattern.compile("(?m)^(\\d{10}) (\\d{5}) n"), t -> String.format("%010d %s n", Long.parseLong(t.group(1)) + 13, t.group(2)))));
        v.put("xref-nollade", latin1(pdf.substring(0, xref) + ersattTal(pdf.substring(xref),
                Pattern.compile("(?m)^(\\d{10}) (\\d{5}) n"), t -> "0000000000 " + t.group(2) + " n")));
        v.put("xref-skrap", latin1(pdf.substring(0, xref) + "x".repeat(pdf.lastIndexOf("trailer") - xref)
                + pdf.substring(pdf.lastIndexOf("trailer"))));
        v.put("xref-och-trailer-borta", Arrays.copyOf(giltig, xref));
        v.put("startxref-for-stor", latin1(pdf.replaceFirst("startxref\\s+\\d+", "startxref\n999999999")));
        v.put("startxref-pekar-fel", latin1(pdf.replaceFirst("startxref\\s+\\d+", "startxref\n10")));
        v.put("trailer-root-saknas", latin1(pdf.replaceFirst("/Root \\d+ 0 R", "/Root 9999 0 R")));
        v.put("trailer-size-1", latin1(pdf.replaceFirst("/Size \\d+", "/Size 1")));
        v.put("trailer-borta", latin1(pdf.replace("trailer", "tXXXXXX")));

        // Lengths that lie, keywords missing.
        v.put("langd-enorm", latin1(pdf.replaceAll("/Length \\d+", "/Length 999999999999")));
        v.put("langd-negativ", latin1(pdf.replaceAll("/Length \\d+", "/Length -5")));
        v.put("langd-noll", latin1(pdf.replaceAll("/Length \\d+", "/Length 0")));
        v.put("langd-saknad-referens", latin1(pdf.replaceAll("/Length \\d+", "/Length 9999 0 R")));
        v.put("utan-endstream", latin1(pdf.replace("endstream", "endstrXam")));
        v.put("utan-endobj", latin1(pdf.replace("endobj", "endoXj")));

        // Hand-made hostile documents.
        v.put("nastlad-array-objekt", bygg(katalog("/Bomb 6 0 R"), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET"), "[".repeat(200_000) + "]".repeat(200_000)));
        v.put("nastlad-array-oavslutad", bygg(katalog("/Bomb 6 0 R"), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET"), "[".repeat(500_000)));
        v.put("nastlad-dict", bygg(katalog("/Bomb 6 0 R"), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET"), "<< /A ".repeat(100_000) + ">>".repeat(100_000)));
        v.put("nastlad-array-i-innehall", bygg(katalog(""), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td " + "[".repeat(200_000) + "(Hej)" + "]".repeat(200_000) + " TJ ET")));
        v.put("nastlad-array-i-mediabox", bygg(katalog(""), SIDTRAD,
                "<< /Type /Page /Parent 2 0 R /MediaBox " + "[".repeat(100_000) + " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                HELVETICA, strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET")));
        v.put("komprimeringsbomb", bygg(katalog(""), SIDTRAD, sida("5 0 R"), HELVETICA,
                deflateradStrom(300L << 20)));
        v.put("sidtrad-slinga", bygg(katalog(""), "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", sida("5 0 R"),
                HELVETICA, strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET")));
        v.put("sidtrad-count-enorm", bygg(katalog(""), "<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
                sida("5 0 R"), HELVETICA, strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET")));
        v.put("form-som-ritar-sig-sjalv", bygg(katalog(""), SIDTRAD,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X0 6 0 R >> >> /Contents 5 0 R >>",
                HELVETICA, strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET /X0 Do"),
                strom("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X0 6 0 R >> >>", "/X0 Do")));
        v.put("referensslinga", bygg(katalog(""), SIDTRAD, sida("6 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET"), "7 0 R", "6 0 R"));
        v.put("strom-utan-slut", bygg(katalog(""), SIDTRAD, sida("5 0 R"), HELVETICA,
                "<< /Length 999999999 >>\nstream\nBT /F1 12 Tf 72 720 Td (Hej) Tj ET\n"));
        v.put("typsnitt-skrap", bygg(katalog(""), SIDTRAD, sida("5 0 R"),
                "<< /Type /Font /Subtype /TrueType /BaseFont /Trasig /FirstChar 32 /LastChar 126 /Widths [] "
                        + "/FontDescriptor 6 0 R >>",
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET"),
                "<< /Type /FontDescriptor /FontName /Trasig /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                        + "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
                strom("<< /Length1 100000", "\u0000\u0001\u0000\u0000 skräp som inte är något typsnitt")));
        v.put("enorma-tal", bygg(katalog(""), SIDTRAD,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e308 99999999999999999999999] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                HELVETICA, strom("BT /F1 1e300 Tf 99999999999 -99999999999 Td 1e30 Tz (Hej) Tj ET")));
        v.put("inbaddad-bild-enorm", bygg(katalog(""), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET BI /W 100000 /H 100000 /BPC 8 /CS /RGB ID \u0001\u0002 EI")));
        v.put("okand-operator-massor", bygg(katalog(""), SIDTRAD, sida("5 0 R"), HELVETICA,
                strom("BT /F1 12 Tf 72 720 Td (Hej) Tj ET " + "1 2 3 xyz ".repeat(200_000))));
        v.put("krypterad-trunkerad", Arrays.copyOf(Testdokument.krypteradPdf("Hej", "hemligt"), 2_000));
        byte[] agare = Testdokument.pdfMedBaraAgarlosenord("Socialtjänstnämnden ska bedriva arbete.");
        v.put("agarlosenord-flippar", flippa(agare, 16, slump, 0, agare.length));
        return v;
    }

    // ---------------------------------------------------------------- building PDFs by hand

    private static final String SIDTRAD = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    private static final String HELVETICA =
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    private static String katalog(String extra) {
        return "<< /Type /Catalog /Pages 2 0 R " + extra + " >>";
    }

    private static String sida(String innehall) {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                + "/Contents " + innehall + " >>";
    }

    private static String strom(String innehall) {
        return strom("<<", innehall);
    }

    /** A stream object; {@code ordlista} is the opening of its dictionary, /Length is added. */
    private static String strom(String ordlista, String innehall) {
        return ordlista + " /Length " + latin1(innehall).length + " >>\nstream\n" + innehall + "\nendstream";
    }

    private static String deflateradStrom(long mellanslag) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] in = new byte[1 << 20];
        Arrays.fill(in, (byte) ' ');
        byte[] buffert = new byte[1 << 16];
        for (long skrivet = 0; skrivet < mellanslag; skrivet += in.length) {
            deflater.setInput(in);
            while (!deflater.needsInput()) {
                ut.write(buffert, 0, deflater.deflate(buffert));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            ut.write(buffert, 0, deflater.deflate(buffert));
        }
        deflater.end();
        return strom("<< /Filter /FlateDecode", latin1(ut.toByteArray()));
    }

    /** A PDF with objects 1..n (1 = catalog) and a correct classic xref table. */
    private static byte[] bygg(String... objekt) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> forskjutningar = new ArrayList<>();
        for (int i = 0; i < objekt.length; i++) {
            forskjutningar.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objekt[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objekt.length + 1).append("\n0000000000 65535 f \n");
        for (int f : forskjutningar) {
            pdf.append(String.format("%010d 00000 n \n", f));
        }
        pdf.append("trailer\n<< /Size ").append(objekt.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return latin1(pdf.toString());
    }

    // ---------------------------------------------------------------- byte helpers

    private static byte[] flippa(byte[] original, int antal, Random slump, int fran, int till) {
        byte[] kopia = original.clone();
        for (int i = 0; i < antal; i++) {
            int plats = fran + slump.nextInt(till - fran);
            kopia[plats] ^= (byte) (1 + slump.nextInt(255));
        }
        return kopia;
    }

    private static String ersattTal(String text, Pattern monster, java.util.function.Function<java.util.regex.MatchResult, String> ersattning) {
        return monster.matcher(text).replaceAll(m -> Matcher.quoteReplacement(ersattning.apply(m)));
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
