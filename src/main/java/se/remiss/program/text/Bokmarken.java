package se.remiss.program.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The titles in a PDF's outline (bookmarks), keyed as {@link Lopandetext#nyckel}: evidence of headings. */
final class Bokmarken {
    private static final int MAX = 5_000;

    private Bokmarken() {
    }

    static Set<String> titlar(PDDocument dokument) {
        Set<String> titlar = new HashSet<>();
        PDOutlineNode rot = dokument.getDocumentCatalog().getDocumentOutline();
        if (rot != null) {
            samla(rot, titlar, new int[1], 0);
        }
        return titlar;
    }

    /** Counts every item visited, so a hostile outline that loops ends after {@link #MAX} items. */
    private static void samla(PDOutlineNode nod, Set<String> titlar, int[] besokta, int djup) {
        if (djup > 20) {
            return;
        }
        for (PDOutlineItem post : nod.children()) {
            if (++besokta[0] > MAX) {
                return;
            }
            if (post.getTitle() != null && !post.getTitle().isBlank()) {
                titlar.add(Lopandetext.nyckel(post.getTitle()));
            }
            samla(post, titlar, besokta, djup + 1);
        }
    }
}
