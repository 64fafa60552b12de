package se.remiss.program.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes running headers, footers and page numbers from the glyphs of a PDF before any line of
 * the body is built, so page furniture can never be merged with a heading standing at the same
 * height. A line in the top or bottom band of a page is furniture when it stands in that band on
 * at least two pages and on at least half of them (digits ignored, so "Sida 2 av 5" and "Sida 3 av 5"
 * are the same line), or when it is only a page number.
 */
final class Lopandetext {
    /** Share of the page height, at the top and at the bottom, where running heads and feet stand. */
    static final float BAND = 0.11f;

    private Lopandetext() {
    }

    /** The glyphs of each page without its running header, footer and page number. */
    static List<List<Glyf>> utanSidhuvud(List<List<Glyf>> sidor, List<Float> hojder) {
        Map<String, Set<Integer>> forekomster = new HashMap<>();
        List<List<Rad>> bandrader = new ArrayList<>();
        for (int s = 0; s < sidor.size(); s++) {
            List<Rad> rader = new ArrayList<>();
            float h = hojder.get(s);
            List<Glyf> topp = new ArrayList<>();
            List<Glyf> botten = new ArrayList<>();
            for (Glyf g : sidor.get(s)) {
                if (g.y() < h * BAND) {
                    topp.add(g);
                } else if (g.y() > h * (1 - BAND)) {
                    botten.add(g);
                }
            }
            rader.addAll(Rad.rader(topp));
            rader.addAll(Rad.rader(botten));
            bandrader.add(rader);
            for (Rad r : rader) {
                forekomster.computeIfAbsent(nyckel(r.text()), k -> new HashSet<>()).add(s);
            }
        }
        List<List<Glyf>> ut = new ArrayList<>();
        for (int s = 0; s < sidor.size(); s++) {
            Set<Glyf> bort = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Rad r : bandrader.get(s)) {
                int sidorMedRaden = forekomster.get(nyckel(r.text())).size();
                boolean upprepad = sidorMedRaden >= 2 && sidorMedRaden * 2 >= sidor.size();
                if (upprepad || arSidnummer(r.text())) {
                    bort.addAll(r.glyfer());
                }
            }
            List<Glyf> kvar = new ArrayList<>(sidor.get(s));
            kvar.removeIf(bort::contains);
            ut.add(kvar);
        }
        return ut;
    }

    static boolean arSidnummer(String rad) {
        return Sidnummer.ar(rad);
    }

    static String nyckel(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
