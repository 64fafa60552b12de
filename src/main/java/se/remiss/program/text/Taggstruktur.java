package se.remiss.program.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import se.remiss.program.text.Block.Typ;

/**
 * A tagged PDF's own account of its structure: headings (H, H1–H6, Title), paragraphs, list items
 * (LI without its label) and notes, read from the structure tree in its order, each with the
 * glyphs of its marked content. Running headers and footers are artifacts and not in the tree.
 *
 * <p>Tags are better evidence than geometry only when they agree with what the page shows: they are
 * not used when they cover clearly less text than the page has, or when the page shows more
 * numbered headings than the tags call headings (headings tagged as P, as some exporters do).
 */
final class Taggstruktur {
    private static final Set<String> RUBRIKER = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6", "Title");
    private static final Set<String> STYCKEN = Set.of("P", "Caption", "BlockQuote", "TD", "TH", "TOCI", "Index",
            "Code", "Formula");
    private static final Set<String> NOTER = Set.of("Note", "FENote", "Footnote", "Endnote");
    private static final Pattern NUMRERAD_RUBRIK = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*");

    private final Map<Long, List<Glyf>> innehall = new HashMap<>();
    private final List<PDPage> sidor = new ArrayList<>();
    private final List<Block> block = new ArrayList<>();
    private final Avbrott avbrott;
    private int djup;

    private Taggstruktur(List<List<Glyf>> glyfer, PDDocument dokument, Avbrott avbrott) {
        this.avbrott = avbrott;
        for (List<Glyf> sida : glyfer) {
            for (Glyf g : sida) {
                if (g.mcid() >= 0) {
                    innehall.computeIfAbsent(nyckel(g.sida(), g.mcid()), k -> new ArrayList<>()).add(g);
                }
            }
        }
        dokument.getPages().forEach(sidor::add);
    }

    /**
     * The blocks the tags give, when the document is tagged and its tags agree with the layout's
     * blocks; empty otherwise.
     */
    static Optional<List<Block>> block(PDDocument dokument, List<List<Glyf>> glyfer, List<Block> layout,
            Avbrott avbrott) throws IOException {
        PDStructureTreeRoot rot = dokument.getDocumentCatalog().getStructureTreeRoot();
        if (rot == null || glyfer.stream().flatMap(List::stream).noneMatch(g -> g.mcid() >= 0)) {
            return Optional.empty();
        }
        Taggstruktur struktur = new Taggstruktur(glyfer, dokument, avbrott);
        struktur.barn(rot, null);
        List<Block> taggat = struktur.block;
        return stammer(taggat, layout) ? Optional.of(taggat) : Optional.empty();
    }

    static boolean stammer(List<Block> taggat, List<Block> layout) {
        long taggadText = tecken(taggat);
        long layoutText = tecken(layout);
        if (taggadText < layoutText * 0.9) {
            return false;
        }
        return numreradeRubriker(taggat) >= numreradeRubriker(layout);
    }

    private static long numreradeRubriker(List<Block> block) {
        return block.stream().filter(b -> b.typ() == Typ.RUBRIK)
                .filter(b -> NUMRERAD_RUBRIK.matcher(String.join(" ", b.rader())).matches()).count();
    }

    private static long tecken(List<Block> block) {
        return block.stream().flatMap(b -> b.rader().stream()).mapToLong(r -> r.replaceAll("\\s", "").length()).sum();
    }

    private void barn(PDStructureNode nod, PDPage sida) throws IOException {
        if (++djup > 200) {
            djup--;
            return;
        }
        try {
            for (Object barn : nod.getKids()) {
                avbrott.kontrollera();
                if (barn instanceof PDStructureElement element) {
                    element(element, element.getPage() != null ? element.getPage() : sida);
                } else if (barn instanceof Integer || barn instanceof PDMarkedContentReference) {
                    // Text straight under a grouping element: a paragraph of its own.
                    List<List<Glyf>> delar = new ArrayList<>();
                    samla(barn, sida, delar);
                    lagg(Typ.STYCKE, delar);
                }
            }
        } finally {
            djup--;
        }
    }

    private void element(PDStructureElement element, PDPage sida) throws IOException {
        String typ = element.getStandardStructureType();
        if (typ == null || "Artifact".equals(typ) || "Lbl".equals(typ)) {
            return;
        }
        Typ blocktyp = RUBRIKER.contains(typ) ? Typ.RUBRIK : STYCKEN.contains(typ) ? Typ.STYCKE
                : "LI".equals(typ) ? Typ.PUNKT : NOTER.contains(typ) ? Typ.FOTNOT : null;
        if (blocktyp == null) {
            barn(element, sida);
            return;
        }
        List<List<Glyf>> delar = new ArrayList<>();
        allaUnder(element, sida, delar, 0);
        lagg(blocktyp, delar);
    }

    private void allaUnder(PDStructureElement element, PDPage sida, List<List<Glyf>> delar, int niva) {
        if (niva > 200) {
            return;
        }
        for (Object barn : element.getKids()) {
            if (barn instanceof PDStructureElement e) {
                if (!"Lbl".equals(e.getStandardStructureType()) && !"Artifact".equals(e.getStandardStructureType())) {
                    allaUnder(e, e.getPage() != null ? e.getPage() : sida, delar, niva + 1);
                }
            } else {
                samla(barn, sida, delar);
            }
        }
    }

    private void samla(Object barn, PDPage sida, List<List<Glyf>> delar) {
        int mcid;
        PDPage sidan = sida;
        if (barn instanceof Integer i) {
            mcid = i;
        } else if (barn instanceof PDMarkedContentReference ref) {
            mcid = ref.getMCID();
            if (ref.getPage() != null) {
                sidan = ref.getPage();
            }
        } else {
            return;
        }
        int index = sidan == null ? -1 : sidor.indexOf(sidan);
        List<Glyf> g = index < 0 ? null : innehall.get(nyckel(index, mcid));
        if (g != null) {
            delar.add(g);
        }
    }

    /** Lines of the block's marked contents: a new group where the text jumps to another page or column. */
    private void lagg(Typ typ, List<List<Glyf>> delar) {
        List<String> rader = new ArrayList<>();
        List<Glyf> grupp = new ArrayList<>();
        Glyf sista = null;
        for (List<Glyf> del : delar) {
            if (del.isEmpty()) {
                continue;
            }
            Glyf forsta = del.get(0);
            if (sista != null && (forsta.sida() != sista.sida() || forsta.y() < sista.y() - 2 * sista.storlek())) {
                Rad.rader(grupp).forEach(r -> rader.add(r.text()));
                grupp = new ArrayList<>();
            }
            grupp.addAll(del);
            sista = del.get(del.size() - 1);
        }
        Rad.rader(grupp).forEach(r -> rader.add(r.text()));
        rader.removeIf(String::isBlank);
        if (!rader.isEmpty()) {
            if (typ == Typ.PUNKT) {
                rader.set(0, rader.get(0).replaceFirst("^[•▪◦·●○■□‣⁃\uF0B7\uF0A7–-]\\s+", ""));
            }
            block.add(new Block(typ, rader));
        }
    }

    private static long nyckel(int sida, int mcid) {
        return ((long) sida << 32) | (mcid & 0xFFFFFFFFL);
    }
}
