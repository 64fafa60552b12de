package se.remiss.dokument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Warm render + PAdES signature of a six-page tjänsteutlåtande (seed 000 with an appendix), one
 * thread for latency (p50, p99) and one thread per core for throughput; also writes the same
 * text as DOCX (target/bench/utlatande.docx) for bench/dokument.sh's LibreOffice comparison.
 * Arguments: [warm-up rounds=200] [measured rounds=500] [throughput seconds=10].
 */
public final class DokumentBench {

    private DokumentBench() {
    }

    public static void main(String[] args) throws Exception {
        int uppvarmning = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int matt = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int sekunder = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path mallar = Path.of("templates");
        String xhtml = Provdokument.sexSidor(14);
        Path ut = Path.of("target/bench");
        Files.createDirectories(ut);
        CmsSignerare nyckel = new Testnycklar(ut.resolve("testnycklar")).signerare(Provdokument.DIREKTOR);

        byte[] prov = kedja(xhtml, mallar, nyckel);
        try (PDDocument d = Loader.loadPDF(prov)) {
            System.out.printf("dokument: %d sidor, %d byte signerad PDF%n", d.getNumberOfPages(), prov.length);
        }
        Files.write(ut.resolve("utlatande.pdf"), prov);
        docx(xhtml, ut.resolve("utlatande.docx"));

        for (int i = 0; i < uppvarmning; i++) {
            kedja(xhtml, mallar, nyckel);
        }
        long[] rendera = new long[matt];
        long[] signera = new long[matt];
        long[] cpuRendera = new long[matt];
        long[] cpuSignera = new long[matt];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double lastFore = os.getSystemLoadAverage();
        for (int i = 0; i < matt; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            byte[] pdf = Pdfrendering.pdfA(xhtml, mallar, Provdokument.INFO, false, Instant.now());
            long c1 = mx.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            PadesSignerare.signera(pdf, Provdokument.DIREKTOR, nyckel, null, Instant.now());
            long t2 = System.nanoTime();
            rendera[i] = t1 - t0;
            signera[i] = t2 - t1;
            cpuRendera[i] = c1 - c0;
            cpuSignera[i] = mx.getCurrentThreadCpuTime() - c1;
        }
        long[] summa = new long[matt];
        Arrays.setAll(summa, i -> rendera[i] + signera[i]);
        long[] cpu = new long[matt];
        Arrays.setAll(cpu, i -> cpuRendera[i] + cpuSignera[i]);
        System.out.printf("last (1 min) under mätningen: %.1f → %.1f på %d kärnor%n", lastFore, os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        rad("rendera (PDF/A)", rendera);
        rad("signera (PAdES-B-B)", signera);
        rad("rendera + signera", summa);
        // On a shared machine the wall time includes waiting for a core; the thread's CPU time does not.
        rad("  CPU-tid rendera", cpuRendera);
        rad("  CPU-tid signera", cpuSignera);
        rad("  CPU-tid summa", cpu);
        Files.writeString(ut.resolve("dokument-p50.txt"), String.format(java.util.Locale.ROOT, "%.2f %.2f%n",
                median(summa) / 1e6, median(cpu) / 1e6));

        int tradar = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(tradar);
        long slut = System.nanoTime() + sekunder * 1_000_000_000L;
        List<Future<Integer>> resultat = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean process = (com.sun.management.OperatingSystemMXBean) os;
        long processCpu0 = process.getProcessCpuTime();
        long start = System.nanoTime();
        for (int t = 0; t < tradar; t++) {
            resultat.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < slut) {
                    kedja(xhtml, mallar, nyckel);
                    n++;
                }
                return n;
            }));
        }
        int totalt = 0;
        for (Future<Integer> f : resultat) {
            totalt += f.get();
        }
        double tid = (System.nanoTime() - start) / 1e9;
        double processCpu = (process.getProcessCpuTime() - processCpu0) / 1e9;
        pool.shutdown();
        // Process CPU time includes the garbage collector and the JIT compiler, which the thread's does not.
        System.out.printf("genomströmning: %d dokument på %.1f s med %d trådar = %.1f dokument/s; processens CPU-tid "
                + "%.1f ms per dokument (= %.0f dokument/s per ledig kärna), last %.1f%n", totalt, tid, tradar,
                totalt / tid, processCpu * 1000 / totalt, totalt / processCpu, os.getSystemLoadAverage());
    }

    private static long median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static byte[] kedja(String xhtml, Path mallar, CmsSignerare nyckel) throws Exception {
        byte[] pdf = Pdfrendering.pdfA(xhtml, mallar, Provdokument.INFO, false, Instant.now());
        return PadesSignerare.signera(pdf, Provdokument.DIREKTOR, nyckel, null, Instant.now());
    }

    private static void rad(String namn, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%-22s p50 %6.1f ms   p99 %6.1f ms   (n=%d)%n", namn, s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s.length);
    }

    /** The same headings, paragraphs and list items as a Word document, in Liberation Serif 12 pt. */
    private static void docx(String xhtml, Path fil) throws Exception {
        Matcher m = Pattern.compile("<(h1|h2|p|li|td)[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(xhtml);
        try (XWPFDocument doc = new XWPFDocument(); var ut = Files.newOutputStream(fil)) {
            while (m.find()) {
                String text = m.group(2).replaceAll("<br ?/>", " – ").replaceAll("<[^>]+>", " ")
                        .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setFontFamily("Liberation Serif");
                r.setFontSize(m.group(1).startsWith("h") ? 14 : 12);
                r.setBold(m.group(1).startsWith("h"));
                r.setText(m.group(1).equals("li") ? "• " + text : text);
            }
            doc.write(ut);
        }
    }
}
