import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Margin;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the PDF corpus in this folder from program.html, the way offices make programme PDFs:
 * Chromium's print-to-PDF (running header and footer, CSS list markers, tagged or not, two columns)
 * and LibreOffice's PDF export (tagged or not, page header and footer, headings wrongly tagged as
 * paragraphs), the same as DOCX (from LibreOffice), plus a scan (pages as images only). Run by generera.sh; the PDFs are committed so
 * the tests need neither Chromium's print nor LibreOffice.
 */
public class Generera {
    static final String SIDHUVUD = "STADSLEDNINGSKONTORET · PROGRAM FÖR EN TRYGG OCH TILLGÄNGLIG STADSMILJÖ · REMISSVERSION";

    public static void main(String[] args) throws Exception {
        Path mapp = Path.of(args.length > 0 ? args[0] : ".");
        Path html = mapp.resolve("program.html");
        chromium(mapp, html);
        libreoffice(mapp, html);
        inskannad(mapp.resolve("libreoffice.pdf"), mapp.resolve("inskannad.pdf"), 2);
    }

    static void chromium(Path mapp, Path html) throws IOException {
        String kalla = Files.readString(html);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser webblasare = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")))) {
            Page sida = webblasare.newPage();
            String huvud = "<div style=\"font-family:'Liberation Sans';font-size:8pt;width:100%;text-align:center;"
                    + "color:#444\">" + SIDHUVUD + "</div>";
            String fot = "<div style=\"font-family:'Liberation Sans';font-size:8pt;width:100%;text-align:right;"
                    + "margin-right:20mm\">Sida <span class=\"pageNumber\"></span> av <span class=\"totalPages\"></span></div>";
            Margin marginal = new Margin().setTop("17mm").setBottom("20mm").setLeft("22mm").setRight("22mm");
            sida.setContent(kalla);
            sida.pdf(new Page.PdfOptions().setPath(mapp.resolve("chromium-sidhuvud.pdf")).setFormat("A4")
                    .setDisplayHeaderFooter(true).setHeaderTemplate(huvud).setFooterTemplate(fot)
                    .setMargin(marginal).setTagged(false).setOutline(false));
            sida.pdf(new Page.PdfOptions().setPath(mapp.resolve("chromium-taggad.pdf")).setFormat("A4")
                    .setDisplayHeaderFooter(true).setHeaderTemplate(huvud).setFooterTemplate(fot)
                    .setMargin(marginal).setTagged(true).setOutline(true));
            sida.setContent(kalla.replace("<body>", "<body class=\"tva-spalter\">"));
            sida.pdf(new Page.PdfOptions().setPath(mapp.resolve("chromium-tva-spalter.pdf")).setFormat("A4")
                    .setDisplayHeaderFooter(true).setHeaderTemplate(huvud).setFooterTemplate(fot)
                    .setMargin(marginal).setTagged(false).setOutline(false));
        }
    }

    /** HTML → flat ODT with a page header and footer added → PDF, tagged and not; and once with headings as plain paragraphs. */
    static void libreoffice(Path mapp, Path html) throws Exception {
        Path arbete = Files.createTempDirectory("pdfkorpus");
        kor(arbete, "soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "fodt",
                "--outdir", arbete.toString(), html.toAbsolutePath().toString());
        String fodt = Files.readString(arbete.resolve("program.fodt"));
        String huvudOchFot = "><style:header><text:p>" + SIDHUVUD.replace("·", "–") + "</text:p></style:header>"
                + "<style:footer><text:p>Sida <text:page-number text:select-page=\"current\"/></text:p></style:footer>"
                + "</style:master-page>";
        fodt = fodt.replaceAll("(<style:master-page [^>]*?)/>", "$1" + huvudOchFot);
        // A footnote, which an import must keep out of the running text.
        fodt = fodt.replaceFirst("trygghetsmätning visar", "trygghetsmätning<text:note text:id=\"ftn1\" "
                + "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body>"
                + "<text:p text:style-name=\"FotnotText\">Mätningen görs av stadsledningskontoret vartannat år "
                + "sedan 2015 och omfattar omkring 20 000 svarande.</text:p></text:note-body></text:note> visar")
                .replace("</office:automatic-styles>", "<style:style style:name=\"FotnotText\" "
                        + "style:family=\"paragraph\"><style:text-properties fo:font-size=\"8pt\"/></style:style>"
                        + "</office:automatic-styles>");
        Files.writeString(arbete.resolve("libreoffice.fodt"), fodt);
        // Headings written as ordinary paragraphs in a big bold style: the tags then say P.
        String felaktig = fodt.replaceAll("<text:h text:style-name=\"[^\"]*\" text:outline-level=\"(\\d)\">",
                "<text:p text:style-name=\"FalskRubrik$1\">").replace("</text:h>", "</text:p>")
                .replace("</office:automatic-styles>", falskaRubrikstilar() + "</office:automatic-styles>");
        Files.writeString(arbete.resolve("felaktiga-taggar.fodt"), felaktig);
        String taggad = "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";
        String otaggad = "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"false\"}}";
        kor(arbete, "soffice", "--headless", "--convert-to", otaggad, "--outdir", mapp.toString(),
                arbete.resolve("libreoffice.fodt").toString());
        Files.copy(arbete.resolve("libreoffice.fodt"), arbete.resolve("libreoffice-taggad.fodt"));
        kor(arbete, "soffice", "--headless", "--convert-to", taggad, "--outdir", mapp.toString(),
                arbete.resolve("libreoffice-taggad.fodt").toString());
        kor(arbete, "soffice", "--headless", "--convert-to", taggad, "--outdir", mapp.toString(),
                arbete.resolve("felaktiga-taggar.fodt").toString());
        kor(arbete, "soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", mapp.toString(),
                arbete.resolve("libreoffice.fodt").toString());
        Files.move(mapp.resolve("libreoffice.docx"), mapp.resolve("program.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String falskaRubrikstilar() {
        StringBuilder s = new StringBuilder();
        String[] storlek = {"20pt", "15pt", "12.5pt"};
        for (int i = 1; i <= 3; i++) {
            s.append("<style:style style:name=\"FalskRubrik").append(i).append("\" style:family=\"paragraph\">")
                    .append("<style:paragraph-properties fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\"/>")
                    .append("<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"")
                    .append(storlek[i - 1]).append("\" fo:font-weight=\"bold\"/></style:style>");
        }
        return s.toString();
    }

    /** The first pages of a PDF as grey images only, as a scanner makes them: no text layer at all. */
    static void inskannad(Path kalla, Path mal, int sidor) throws IOException {
        try (PDDocument in = Loader.loadPDF(kalla.toFile()); PDDocument ut = new PDDocument()) {
            PDFRenderer renderare = new PDFRenderer(in);
            for (int i = 0; i < Math.min(sidor, in.getNumberOfPages()); i++) {
                BufferedImage bild = renderare.renderImageWithDPI(i, 200, ImageType.GRAY);
                PDPage sida = new PDPage(PDRectangle.A4);
                ut.addPage(sida);
                PDImageXObject x = LosslessFactory.createFromImage(ut, bild);
                try (PDPageContentStream s = new PDPageContentStream(ut, sida)) {
                    s.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ut.save(mal.toFile());
        }
    }

    private static void kor(Path mapp, String... kommando) throws Exception {
        Process p = new ProcessBuilder(kommando).directory(mapp.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", kommando) + " misslyckades");
        }
    }
}
