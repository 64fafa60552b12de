package se.remiss.program.text;

import static se.remiss.program.text.Granser.FOR_MANGA_SIDOR;
import static se.remiss.program.text.Granser.MAX_SIDOR;
import static se.remiss.program.text.Granser.MAX_TECKEN;
import static se.remiss.program.text.Granser.MAX_TECKEN_PER_SIDA;
import static se.remiss.program.text.Granser.fel;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of a PDF with its position, size and weight, in content-stream order, and
 * the marked-content id it is drawn under. Glyphs inside an Artifact (a tagged PDF's running
 * header, footer and page number) are left out. PDFBox's own line and word assembly is not used:
 * {@link Sidlayout} builds lines after the page furniture is gone, so it cannot merge with the body.
 * Honours the deadline on every operator and the page and glyph limits.
 */
final class Glyfinsamlare extends PDFTextStripper {
    private final Avbrott avbrott;
    private final List<List<Glyf>> sidor = new ArrayList<>();
    private final Deque<Integer> mcid = new ArrayDeque<>();
    private int artefaktdjup;
    private int teckenPaSidan;
    private long tecken;

    private Glyfinsamlare(Avbrott avbrott) {
        this.avbrott = avbrott;
    }

    /** The glyphs of each page, page by page. */
    static List<List<Glyf>> samla(PDDocument dokument, Avbrott avbrott) throws IOException {
        Glyfinsamlare insamlare = new Glyfinsamlare(avbrott);
        insamlare.setSortByPosition(false);
        insamlare.writeText(dokument, new StringWriter());
        return insamlare.sidor;
    }

    @Override
    protected void startPage(PDPage sida) throws IOException {
        if (sidor.size() >= MAX_SIDOR) {
            throw fel(FOR_MANGA_SIDOR);
        }
        avbrott.kontrollera();
        teckenPaSidan = 0;
        mcid.clear();
        artefaktdjup = 0;
        sidor.add(new ArrayList<>());
    }

    @Override
    protected void writePage() {
        // Nothing: lines are built by Sidlayout.
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (++teckenPaSidan > MAX_TECKEN_PER_SIDA || ++tecken > MAX_TECKEN) {
            throw new ForMycket();
        }
        if (artefaktdjup > 0) {
            return;
        }
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        float storlek = Math.abs(t.getFontSizeInPt());
        if (storlek < 0.5f) {
            storlek = Math.abs(t.getHeightDir());
        }
        sidor.get(sidor.size() - 1).add(new Glyf(text, sidor.size() - 1, t.getXDirAdj(), t.getYDirAdj(),
                t.getWidthDirAdj(), storlek, arFet(t.getFont()), t.getWidthOfSpace(),
                mcid.isEmpty() ? -1 : mcid.peek()));
    }

    @Override
    public void beginMarkedContentSequence(COSName tagg, COSDictionary egenskaper) {
        if (artefaktdjup > 0 || COSName.ARTIFACT.equals(tagg)) {
            artefaktdjup++;
            mcid.push(-1);
            return;
        }
        int id = egenskaper == null ? -1 : egenskaper.getInt(COSName.MCID, -1);
        mcid.push(id >= 0 ? id : mcid.isEmpty() ? -1 : mcid.peek());
    }

    @Override
    public void endMarkedContentSequence() {
        if (!mcid.isEmpty()) {
            mcid.pop();
        }
        if (artefaktdjup > 0) {
            artefaktdjup--;
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operander) throws IOException {
        avbrott.kontrollera();
        super.processOperator(operator, operander);
    }

    private static boolean arFet(PDFont typsnitt) {
        if (typsnitt == null) {
            return false;
        }
        PDFontDescriptor beskrivning = typsnitt.getFontDescriptor();
        if (beskrivning != null && (beskrivning.isForceBold() || beskrivning.getFontWeight() >= 600)) {
            return true;
        }
        String namn = typsnitt.getName() == null ? "" : typsnitt.getName().toLowerCase(Locale.ROOT);
        return namn.contains("bold") || namn.contains("black") || namn.contains("heavy") || namn.contains("semibold");
    }
}
