package se.remiss.dokument;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import se.remiss.plattform.Mallhjalp;

/**
 * The visible part of a signature: who signed, as what, and when (Swedish local time), in the
 * bundled font so the signed document stays PDF/A. A test key says so on the page.
 */
final class Signaturblock {

    static final String TESTNYCKEL = "TESTNYCKEL – ej giltig underskrift";

    private Signaturblock() {
    }

    static List<String> rader(Undertecknare vem, Instant tid, boolean testnyckel) {
        List<String> rader = new ArrayList<>();
        rader.add("Digitalt undertecknat av");
        rader.add(vem.namn() + (vem.titel() == null || vem.titel().isBlank() ? "" : ", " + vem.titel()));
        rader.add(Mallhjalp.lokal(tid));
        if (testnyckel) {
            rader.add(TESTNYCKEL);
        }
        return rader;
    }

    static PDAppearanceDictionary utseende(PDDocument dokument, PDRectangle ruta, List<String> rader, boolean testnyckel)
            throws IOException {
        PDType0Font vanlig = Typsnitt.i(dokument, Typsnitt.REGULAR);
        PDType0Font fet = Typsnitt.i(dokument, Typsnitt.BOLD);
        PDAppearanceStream strom = new PDAppearanceStream(dokument);
        PDRectangle box = new PDRectangle(ruta.getWidth(), ruta.getHeight());
        strom.setBBox(box);
        strom.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(dokument, strom)) {
            // A blue rule on the left marks the block as a signature, not document text.
            cs.setStrokingColor(0.12f, 0.27f, 0.55f);
            cs.setLineWidth(1.2f);
            cs.moveTo(0.6f, 1);
            cs.lineTo(0.6f, box.getHeight() - 1);
            cs.stroke();
            float radhojd = box.getHeight() / Math.max(rader.size(), 4);
            float y = box.getHeight() - radhojd + 1.5f;
            for (int i = 0; i < rader.size(); i++) {
                boolean test = testnyckel && i == rader.size() - 1;
                PDType0Font typsnitt = i == 1 || test ? fet : vanlig;
                float storlek = passa(typsnitt, rader.get(i), box.getWidth() - 6, 7.2f);
                cs.beginText();
                cs.setFont(typsnitt, storlek);
                if (test) {
                    cs.setNonStrokingColor(0.7f, 0.1f, 0.1f);
                } else {
                    cs.setNonStrokingColor(0.05f, 0.1f, 0.25f);
                }
                cs.newLineAtOffset(4, y);
                cs.showText(rader.get(i));
                cs.endText();
                y -= radhojd;
            }
        }
        PDAppearanceDictionary utseende = new PDAppearanceDictionary();
        utseende.setNormalAppearance(strom);
        return utseende;
    }

    /** The largest size up to {@code max} at which {@code text} fits {@code bredd}. */
    private static float passa(PDType0Font typsnitt, String text, float bredd, float max) throws IOException {
        float vid1 = typsnitt.getStringWidth(text) / 1000;
        return vid1 <= 0 ? max : Math.min(max, bredd / vid1);
    }
}
