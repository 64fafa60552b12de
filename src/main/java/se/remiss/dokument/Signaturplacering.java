package se.remiss.dokument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a signer's visible signature block goes: just above the signer's printed name in the
 * document's signatory area – the place a pen would sign. The signatory area is recognised as the
 * name with the signer's title directly below it, starting at the same x (as
 * {@code templates/_underskrifter.html} prints them: name over title, side by side). A document
 * without that gets the block in the bottom margin of its last page, one slot per signature.
 */
final class Signaturplacering {

    /** Size of the block in points. */
    static final float BREDD = 150;
    static final float HOJD = 34;

    record Plats(int sida, PDRectangle ruta) {
    }

    private record Rad(int sida, String text, List<TextPosition> tecken) {
    }

    private Signaturplacering() {
    }

    static Plats hitta(PDDocument dokument, Undertecknare vem, int befintligaSignaturer) throws IOException {
        if (vem.namn() != null && !vem.namn().isBlank()) {
            for (int sida = 0; sida < dokument.getNumberOfPages(); sida++) {
                Plats plats = iSida(dokument, sida, vem);
                if (plats != null) {
                    return plats;
                }
            }
        }
        int sista = dokument.getNumberOfPages() - 1;
        PDRectangle media = dokument.getPage(sista).getMediaBox();
        float x = 70 + (befintligaSignaturer % 3) * (BREDD + 8);
        float y = 30 + (befintligaSignaturer / 3) * (HOJD + 4);
        return new Plats(sista, new PDRectangle(Math.min(x, media.getWidth() - BREDD), y, BREDD, HOJD));
    }

    private static Plats iSida(PDDocument dokument, int sida, Undertecknare vem) throws IOException {
        List<Rad> rader = rader(dokument, sida);
        float sidhojd = dokument.getPage(sida).getMediaBox().getHeight();
        float sidbredd = dokument.getPage(sida).getMediaBox().getWidth();
        for (int i = 0; i < rader.size(); i++) {
            Rad rad = rader.get(i);
            int var = rad.text().indexOf(vem.namn());
            if (var < 0 || var >= rad.tecken().size() || rad.tecken().get(var) == null) {
                continue;
            }
            TextPosition forsta = rad.tecken().get(var);
            if (!titelUnder(rader, i, vem.titel(), forsta.getXDirAdj())) {
                continue;
            }
            float baslinje = sidhojd - forsta.getYDirAdj();
            float nederkant = baslinje + forsta.getHeightDir() + 2;
            float x = Math.min(forsta.getXDirAdj(), sidbredd - BREDD - 10);
            // Up to the next signatory's name on the same line, so side-by-side blocks do not overlap.
            float bredd = Math.min(BREDD, nastaX(rad, var + vem.namn().length()) - x - 6);
            return new Plats(sida, new PDRectangle(x, nederkant, Math.max(bredd, 90), HOJD));
        }
        return null;
    }

    /** Where the next run of text after index {@code fran} starts on the line; the page's width if none. */
    private static float nastaX(Rad rad, int fran) {
        for (int i = fran; i < rad.tecken().size(); i++) {
            if (rad.tecken().get(i) == null && i + 1 < rad.tecken().size() && rad.tecken().get(i + 1) != null) {
                return rad.tecken().get(i + 1).getXDirAdj();
            }
        }
        return Float.MAX_VALUE;
    }

    /** The title starts on one of the next two lines at (about) the name's x. */
    private static boolean titelUnder(List<Rad> rader, int i, String titel, float x) {
        if (titel == null || titel.isBlank()) {
            return true;
        }
        for (int j = i + 1; j < Math.min(i + 3, rader.size()); j++) {
            Rad under = rader.get(j);
            int var = under.text().indexOf(titel);
            if (var >= 0 && var < under.tecken().size() && under.tecken().get(var) != null
                    && Math.abs(under.tecken().get(var).getXDirAdj() - x) < 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's text as lines, each character with its position (null for the space put between
     * two runs of text on the same baseline, such as two table cells).
     */
    private static List<Rad> rader(PDDocument dokument, int sida) throws IOException {
        List<Rad> rader = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<TextPosition> tecken = new ArrayList<>();
        PDFTextStripper lasare = new PDFTextStripper() {
            @Override
            protected void writeString(String s, List<TextPosition> bitar) {
                if (bitar.isEmpty()) {
                    return;
                }
                float y = bitar.get(0).getYDirAdj();
                if (!tecken.isEmpty() && Math.abs(senasteY(tecken) - y) > 1) {
                    rader.add(new Rad(sida, text.toString(), new ArrayList<>(tecken)));
                    text.setLength(0);
                    tecken.clear();
                }
                if (!tecken.isEmpty()) {
                    text.append(' ');
                    tecken.add(null);
                }
                for (TextPosition t : bitar) {
                    // One character per position, so an index in the text is an index in the positions.
                    String u = t.getUnicode();
                    text.append(u != null && u.length() == 1 ? u : "\uFFFD");
                    tecken.add(t);
                }
            }
        };
        lasare.setSortByPosition(true);
        // Our documents draw no text twice over itself (the trick some producers use for bold), and
        // looking for such overlaps was a third of the time spent finding the signatory area.
        lasare.setSuppressDuplicateOverlappingText(false);
        lasare.setStartPage(sida + 1);
        lasare.setEndPage(sida + 1);
        lasare.getText(dokument);
        if (!tecken.isEmpty()) {
            rader.add(new Rad(sida, text.toString(), new ArrayList<>(tecken)));
        }
        return rader;
    }

    private static float senasteY(List<TextPosition> tecken) {
        for (int i = tecken.size() - 1; i >= 0; i--) {
            if (tecken.get(i) != null) {
                return tecken.get(i).getYDirAdj();
            }
        }
        return Float.NaN;
    }
}
