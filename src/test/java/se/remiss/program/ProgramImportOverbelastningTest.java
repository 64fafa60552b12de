package se.remiss.program;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.program.Programdata.importera;
import static se.remiss.program.Programdata.nyRemiss;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.remiss.program.text.Granser;

/**
 * Issue 11, finding 1: a Word file whose document.xml is ~92 MB of tiny paragraphs, sent four times
 * at once by an ordinary user. Before the fix POI built a DOM of each (≈ 1.5 GB of heap apiece),
 * the time limit only stopped the waiting, and the server ran out of memory. Now the XML is counted
 * while the zip is scanned, before any DOM is built: every upload is refused at once, the heap hardly
 * moves, no extraction goes on behind the answers, and the service answers others straight away.
 */
@QuarkusTest
@TestProfile(ProgramImportOverbelastningTest.Produktionsgrans.class)
class ProgramImportOverbelastningTest {

    /** The production upload limit (50 MB): the bomb is ~6 MB zipped, like the probe's (ratio ~16:1). */
    public static class Produktionsgrans implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("remiss.dokument.max-storlek", "52428800");
        }
    }

    private static final long XML_BYTE = 92L * 1024 * 1024;

    @Test
    void fyraSamtidigaWordbomberAvvisasSnabbtOchHeapenHallerSig() throws Exception {
        long remiss = nyRemiss("wordbomb");
        byte[] docx = wordfilMedSmaStycken(XML_BYTE);
        // The same four uploads on today's code took ~9 s each, then 400 "tog för lång tid".
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long fore = anvant(heap);

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> svar = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                svar.add(pool.submit(() -> importera(remiss, "program.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, null)));
            }
            for (Future<Response> s : svar) {
                Response r = s.get(60, TimeUnit.SECONDS);
                assertEquals(400, r.statusCode(), r.asString());
                assertTrue(r.asString().contains(Granser.FOR_MYCKET), r.asString());
            }
        } finally {
            pool.shutdownNow();
        }
        // Generous: the machine may be busy; what matters is that nothing parses on after the answer.
        long sekunder = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(sekunder < 60, "fyra avvisade uppladdningar tog " + sekunder + " s");

        // Someone else's request right after is answered at once.
        long fraga = System.nanoTime();
        given().accept(ContentType.JSON).get("/api/remisser/" + remiss).then().statusCode(200);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fraga);
        assertTrue(ms < 3_000, "nästa fråga tog " + ms + " ms");

        // Nothing goes on parsing behind the answers: the extraction threads are gone at once ...
        long vantat = 0;
        while (extraktionstradar() > 0 && vantat < 5_000) {
            Thread.sleep(100);
            vantat += 100;
        }
        assertEquals(0, extraktionstradar(), "textutdragning pågår fortfarande efter svaren");
        // ... and what they leave on the heap is small (before the fix: gigabytes, still growing).
        System.gc();
        long kvar = (anvant(heap) - fore) / (1024 * 1024);
        System.out.printf("Wordbomber: 4 × %d MB XML avvisade på %d s, nästa fråga %d ms, heapen efter GC %+d MB%n",
                XML_BYTE >> 20, sekunder, ms, kvar);
        assertTrue(kvar < 256, "heapen växte med " + kvar + " MB efter uppladdningarna");
    }

    private static long extraktionstradar() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("textutdragare-")).count();
    }

    private static long anvant(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** A valid DOCX package whose main part holds {@code xmlByte} bytes of one-word paragraphs. */
    static byte[] wordfilMedSmaStycken(long xmlByte) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            del(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            del(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] borjan = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8);
            zip.write(borjan);
            long skrivet = borjan.length;
            StringBuilder block = new StringBuilder();
            for (int i = 0; skrivet < xmlByte; i++) {
                block.append("<w:p><w:r><w:t>ord").append(i % 1000).append("</w:t></w:r></w:p>");
                if (block.length() > 64 * 1024) {
                    byte[] b = block.toString().getBytes(StandardCharsets.UTF_8);
                    zip.write(b);
                    skrivet += b.length;
                    block.setLength(0);
                }
            }
            zip.write((block + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return ut.toByteArray();
    }

    private static void del(ZipOutputStream zip, String namn, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(namn));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
