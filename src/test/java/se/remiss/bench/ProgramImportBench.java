package se.remiss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import se.remiss.program.Adressatupplosning;
import se.remiss.program.Avsnitt;
import se.remiss.program.Krav;
import se.remiss.program.ProgramParser;
import se.remiss.program.Programstruktur;
import se.remiss.program.Testdokument;
import se.remiss.program.text.Textutdragare;

/**
 * Programme import of a 100-page PDF against PDFBox's bare text extraction of the same bytes, in
 * one JVM, interleaved. Not a JUnit test (the name does not match surefire's patterns); run it with
 * {@code bench/import.sh}.
 *
 * <p>Each round runs every case once, in an order that rotates from round to round, so drifting
 * machine load hits all cases alike. Rounds before {@code --warmup} are discarded.
 *
 * <ul>
 * <li>a: {@code Loader.loadPDF(bytes)} + {@code new PDFTextStripper().getText(doc)} — the baseline;</li>
 * <li>b: {@code Textutdragare.text("program.pdf", bytes)} alone;</li>
 * <li>c: b + {@code new ProgramParser().tolka(text)} + addressee resolution of every commitment with
 * {@link Adressatupplosning} against a register of the names in sample-remisser/organisationer.yaml
 * — the whole import except the database;</li>
 * <li>p: c's parsing and resolution alone, on the text extracted once before the rounds (so c ≈ b + p);</li>
 * <li>d (only with {@code --url}): the whole import over HTTP against a running app,
 * {@code POST /api/remisser/{id}/program} with the PDF as multipart part {@code fil}, timed on the
 * client from sending the request to having read the 201 response; the database included. Each
 * upload ends in a different PDF comment after {@code %%EOF} so that it is new bytes.</li>
 * </ul>
 *
 * <p>Arguments (all optional): {@code --warmup N} (default 15), {@code --matt N} measured rounds
 * (default 30), {@code --sidor N} (default 100), {@code --bara a,b,c,p,d}, {@code --url
 * http://localhost:8097/api/remisser/1/program} (adds case d), {@code --anvandare namn:lösenord} (the
 * API user for d, default the sample data's sending registrator), {@code --skriv-pdf FIL} (writes the
 * PDF and exits), {@code --alla-tider} (also prints every measured time, in round order).
 */
public final class ProgramImportBench {

    private static final Path ORGANISATIONER = Path.of("sample-remisser/organisationer.yaml");

    /** Keeps results alive so the JIT cannot drop the work. */
    private static long sanka;

    private ProgramImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 15;
        int matt = 30;
        int sidor = 100;
        List<String> bara = List.of("a", "b", "c", "p", "d");
        String url = null;
        String anvandare = "slk-registrator:remiss-demo";
        boolean allaTider = false;
        Path skrivPdf = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--matt" -> matt = Integer.parseInt(args[++i]);
                case "--sidor" -> sidor = Integer.parseInt(args[++i]);
                case "--bara" -> bara = Arrays.asList(args[++i].split(","));
                case "--url" -> url = args[++i];
                case "--anvandare" -> anvandare = args[++i];
                case "--alla-tider" -> allaTider = true;
                case "--skriv-pdf" -> skrivPdf = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Okänt argument: " + args[i]);
            }
        }

        String text = Testdokument.somDokumenttext(Testdokument.programtext());
        byte[] pdf = Testdokument.pdfAvText(text, Testdokument.Pdfval.standard().medSidor(sidor).medSidnummer());
        if (skrivPdf != null) {
            Files.write(skrivPdf, pdf);
            System.out.printf(Locale.ROOT, "%s: %d sidor, %d byte%n", skrivPdf, Testdokument.antalSidor(pdf), pdf.length);
            return;
        }
        Adressatupplosning upplosning = new Adressatupplosning(register());

        Map<String, ToLongFunction<byte[]>> alla = new LinkedHashMap<>();
        alla.put("a", ProgramImportBench::pdfboxRa);
        alla.put("b", b -> Textutdragare.text("program.pdf", b).length());
        alla.put("c", b -> import_(b, upplosning));
        long kall = System.nanoTime();
        String utdrag = Textutdragare.text("program.pdf", pdf);
        kall = System.nanoTime() - kall;
        alla.put("p", b -> tolka(utdrag, upplosning));
        if (url != null) {
            Http http = new Http(URI.create(url), anvandare);
            alla.put("d", http::importera);
        }
        Map<String, String> namn = Map.of(
                "a", "a  PDFBox: loadPDF + PDFTextStripper.getText",
                "b", "b  Textutdragare.text",
                "c", "c  Textutdragare.text + ProgramParser.tolka + Adressatupplosning",
                "p", "p  (c utan utdragningen: tolka + upplösa den redan utdragna texten)",
                "d", "d  POST /api/remisser/{id}/program (hela importen, HTTP + databas)");
        List<String> fall = bara.stream().filter(alla::containsKey).toList();

        System.out.printf(Locale.ROOT, "PDF: %d sidor, %d byte; text %d tecken; första Textutdragare.text (kall JVM) %d ms%n",
                Testdokument.antalSidor(pdf), pdf.length, utdrag.length(), kall / 1_000_000);
        Programstruktur s = new ProgramParser().tolka(Textutdragare.text("program.pdf", pdf));
        System.out.printf(Locale.ROOT, "Tolkning: %d avsnitt, %d åtaganden, %d mål%n",
                s.allaAvsnitt().size(), s.allaAvsnitt().stream().mapToInt(x -> x.krav().size()).sum(), s.mal().size());
        System.out.printf(Locale.ROOT, "JVM: %s %s, %s; tillgängliga processorer %d; max heap %d MB; argument %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "Uppvärmning %d varv, mätning %d varv, fallen i roterande ordning%n%n", warmup, matt);

        Map<String, List<Double>> tider = new LinkedHashMap<>();
        fall.forEach(f -> tider.put(f, new ArrayList<>()));
        for (int varv = 0; varv < warmup + matt; varv++) {
            for (int k = 0; k < fall.size(); k++) {
                String f = fall.get((varv + k) % fall.size());
                long t0 = System.nanoTime();
                sanka += alla.get(f).applyAsLong(pdf);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (varv >= warmup) {
                    tider.get(f).add(ms);
                }
            }
            if (varv == warmup - 1 || (varv >= warmup && (varv - warmup + 1) % 10 == 0)) {
                System.out.printf(Locale.ROOT, "  varv %d klart%n", varv + 1);
            }
        }

        System.out.printf(Locale.ROOT, "%n%-66s %9s %9s %9s %9s%n", "fall", "median", "p90", "min", "max");
        Map<String, Double> medianer = new LinkedHashMap<>();
        for (String f : fall) {
            double[] v = tider.get(f).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = percentil(v, 50);
            medianer.put(f, median);
            System.out.printf(Locale.ROOT, "%-66s %7.1f ms %6.1f ms %6.1f ms %6.1f ms%n",
                    namn.get(f), median, percentil(v, 90), v[0], v[v.length - 1]);
        }
        if (allaTider) {
            System.out.println();
            tider.forEach((f, v) -> System.out.printf(Locale.ROOT, "%s: %s%n", f,
                    String.join(" ", v.stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList())));
        }
        Double a = medianer.get("a");
        if (a != null) {
            System.out.println();
            for (String f : fall) {
                if (!f.equals("a")) {
                    System.out.printf(Locale.ROOT, "kvot %s/a (medianer): %.2f×%n", f, medianer.get(f) / a);
                }
            }
        }
        System.out.println("(sänka " + (sanka & 1) + ")");
    }

    /** The baseline: PDFBox's text extraction with its defaults. */
    private static long pdfboxRa(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the import does before the database: extract, parse, resolve addressees. */
    private static long import_(byte[] pdf, Adressatupplosning upplosning) {
        return tolka(Textutdragare.text("program.pdf", pdf), upplosning);
    }

    /** Parse and resolve addressees: c without the extraction. */
    private static long tolka(String text, Adressatupplosning upplosning) {
        Programstruktur struktur = new ProgramParser().tolka(text);
        long n = 0;
        for (Avsnitt avsnitt : struktur.allaAvsnitt()) {
            for (Krav krav : avsnitt.krav()) {
                Adressatupplosning.Resultat r = upplosning.upplos(krav);
                n += r.riktadTill().size() + r.okandaMottagare().size();
            }
        }
        return n + struktur.allaAvsnitt().size();
    }

    /** Uploads the PDF as a new programme version; answers the response length. */
    private static final class Http {
        private static final String GRANS = "----programimportbench";
        private final HttpClient klient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI adress;
        private final String inloggning;
        private int nummer;

        /** {@code anvandare} as "name:password", sent with HTTP Basic like any API client. */
        Http(URI adress, String anvandare) {
            this.adress = adress;
            this.inloggning = "Basic " + Base64.getEncoder().encodeToString(anvandare.getBytes(StandardCharsets.UTF_8));
        }

        long importera(byte[] pdf) {
            byte[] fore = ("--" + GRANS + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"program.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            // A PDF comment after %%EOF makes each upload new bytes: the import then stores the file as
            // for a fresh programme instead of finding it already stored. (At this branch's base,
            // 3889e5e, identical bytes uploaded a second time were answered 500; main fixed that in 079842b.)
            byte[] unik = ("%importbench " + (++nummer) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] efter = ("\r\n--" + GRANS + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest fraga = HttpRequest.newBuilder(adress).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + GRANS)
                    .header("Accept", "application/json")
                    .header("Authorization", inloggning)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(fore, pdf, unik, efter))).build();
            try {
                HttpResponse<byte[]> svar = klient.send(fraga, HttpResponse.BodyHandlers.ofByteArray());
                if (svar.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + svar.statusCode() + ": "
                            + new String(svar.body(), StandardCharsets.UTF_8));
                }
                return svar.body().length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Organisation and group names from the sample data, as the register the import resolves against. */
    private static Adressatupplosning.Register register() throws IOException {
        JsonNode rot = new ObjectMapper(new YAMLFactory()).readTree(ORGANISATIONER.toFile());
        return Adressatupplosning.Register.avNamn(namn(rot.path("organisationer")), namn(rot.path("grupper")));
    }

    private static List<String> namn(JsonNode lista) {
        List<String> namn = new ArrayList<>();
        lista.forEach(n -> namn.add(n.path("namn").asText()));
        return namn;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentil(double[] sorterade, int p) {
        int rang = (int) Math.ceil(p / 100.0 * sorterade.length);
        return sorterade[Math.max(0, Math.min(sorterade.length - 1, rang - 1))];
    }
}
