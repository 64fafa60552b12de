package se.remiss.program.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line of text on a page: its glyphs left to right, joined with a space wherever the gap between
 * two glyphs is wider than a fraction of the font's space.
 */
record Rad(String text, int sida, float x0, float x1, float y, float storlek, boolean fet, List<Glyf> glyfer) {

    /** Groups glyphs (of one page and column) into lines by their baseline, top to bottom. */
    static List<Rad> rader(List<Glyf> glyfer) {
        List<Glyf> sorterade = new ArrayList<>(glyfer);
        sorterade.removeIf(Glyf::blank);
        sorterade.sort(Comparator.comparingDouble(Glyf::y).thenComparingDouble(Glyf::x));
        List<Rad> rader = new ArrayList<>();
        List<Glyf> rad = new ArrayList<>();
        float radensY = 0;
        float radensStorlek = 0;
        for (Glyf g : sorterade) {
            if (!rad.isEmpty() && Math.abs(g.y() - radensY) > 0.45f * Math.min(radensStorlek, g.storlek())) {
                rader.add(av(rad));
                rad = new ArrayList<>();
            }
            if (rad.isEmpty()) {
                radensY = g.y();
                radensStorlek = g.storlek();
            }
            rad.add(g);
        }
        if (!rad.isEmpty()) {
            rader.add(av(rad));
        }
        return rader;
    }

    static Rad av(List<Glyf> glyfer) {
        List<Glyf> g = new ArrayList<>(glyfer);
        g.sort(Comparator.comparingDouble(Glyf::x));
        float radensStorlek = typisk(g);
        float baslinje = (float) g.stream().filter(x -> Math.abs(x.storlek() - radensStorlek) < 0.6f)
                .mapToDouble(Glyf::y).average().orElse(g.get(0).y());
        // A footnote mark (a small raised digit) is no part of the word it follows: "mätning1" → "mätning".
        if (g.size() > 1) {
            g.removeIf(x -> x.storlek() < radensStorlek * 0.8f && x.y() < baslinje - radensStorlek * 0.15f
                    && x.text().codePoints().allMatch(c -> Character.isDigit(c) || "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(c) >= 0));
        }
        StringBuilder text = new StringBuilder();
        float hoger = Float.NEGATIVE_INFINITY;
        float storsta = 0;
        float y = 0;
        int feta = 0;
        int tecken = 0;
        for (Glyf glyf : g) {
            float glapp = glyf.x() - hoger;
            float mellanslag = glyf.mellanslag() > 0 ? glyf.mellanslag() : glyf.storlek() * 0.25f;
            if (text.length() > 0 && glapp > Math.min(mellanslag * 0.5f, glyf.storlek() * 0.2f)
                    && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(glyf.text());
            hoger = Math.max(hoger, glyf.hoger());
            int n = glyf.text().codePointCount(0, glyf.text().length());
            tecken += n;
            if (glyf.fet()) {
                feta += n;
            }
            if (glyf.storlek() > storsta) {
                storsta = glyf.storlek();
                y = glyf.y();
            }
        }
        // A word broken at a soft hyphen (or with the typographic hyphen U+2010) ends the line in a
        // plain hyphen, which the parser's cleaning joins like any other hyphenation.
        String strippad = text.toString().strip().replaceAll("(?:\u00AD\u2010?|\u2010)$", "-");
        return new Rad(strippad, g.get(0).sida(), g.get(0).x(), hoger, y == 0 ? g.get(0).y() : y,
                typisk(g), feta * 2 > tecken, g);
    }

    /** The size most of the line's characters have (a raised footnote mark does not make a line small). */
    private static float typisk(List<Glyf> g) {
        java.util.Map<Float, Integer> antal = new java.util.HashMap<>();
        for (Glyf glyf : g) {
            antal.merge(Math.round(glyf.storlek() * 2) / 2f, glyf.text().length(), Integer::sum);
        }
        return antal.entrySet().stream().max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
