package se.remiss.program.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.remiss.program.text.Block.Typ;

/**
 * Reads a PDF's pages as a reader sees them: lines from glyph positions, columns read one after the
 * other, and blocks (headings, paragraphs, list items, footnotes) from size, weight, indentation and
 * spacing. Works on glyphs already rid of running headers and footers ({@link Lopandetext}).
 *
 * <ul>
 * <li><b>Columns</b>: a page whose glyphs leave a vertical gutter free in its middle third, with
 *     lines on both sides, is read left column first.</li>
 * <li><b>Headings</b>: lines clearly larger than the body text, lines wholly in bold that do not end
 *     a sentence, and lines that are a title in the document's outline.</li>
 * <li><b>List items</b>: a line that starts with a bullet glyph, or — when the bullet is drawn as a
 *     shape and absent from the text (CSS list markers) — a run of lines indented from the body's
 *     left edge; a new item starts where the line before it stops short of the right edge.</li>
 * <li><b>Paragraphs</b>: a larger gap than the line spacing, or a first-line indent, ends one; a
 *     paragraph goes on over a page break when its last line runs to the right edge.</li>
 * <li><b>Footnotes</b>: small lines below a page's body text become footnote blocks after the
 *     paragraph running over the page break, never inside it ({@link Block#text} leaves them out).</li>
 * </ul>
 */
final class Sidlayout {
    private static final Pattern PUNKTTECKEN = Pattern.compile("^[•▪◦·●○■□‣⁃\uF0B7\uF0A7–-]\\s*");
    private static final Pattern SLUTAR_MENING = Pattern.compile(".*[.!?:]\\s*$");

    private final float brodstorlek;
    private final float radavstand;
    private final boolean alltFet;
    private final Set<String> bokmarken;
    private final List<Block> block = new ArrayList<>();
    private final List<Block> vantandeFotnoter = new ArrayList<>();
    private Block aktuellt;
    private Rad foregaende;
    private Spalt foregaendeSpalt;

    /** A column of one page: its lines, left edge of the body text and right edge. */
    private record Spalt(List<Rad> rader, float marginal, float hoger) {
    }

    private Sidlayout(float brodstorlek, float radavstand, boolean alltFet, Set<String> bokmarken) {
        this.brodstorlek = brodstorlek;
        this.radavstand = radavstand;
        this.alltFet = alltFet;
        this.bokmarken = bokmarken;
    }

    /** The blocks of the pages, in reading order. */
    static List<Block> block(List<List<Glyf>> sidor, List<Float> bredder, Set<String> bokmarken) {
        List<List<Spalt>> spalter = new ArrayList<>();
        List<Rad> allaRader = new ArrayList<>();
        for (int s = 0; s < sidor.size(); s++) {
            List<List<Glyf>> delar = spalter(sidor.get(s), bredder.get(s));
            List<Spalt> sidansSpalter = new ArrayList<>();
            for (List<Glyf> del : delar) {
                List<Rad> rader = Rad.rader(del);
                allaRader.addAll(rader);
                sidansSpalter.add(new Spalt(rader, 0, 0));
            }
            spalter.add(sidansSpalter);
        }
        if (allaRader.isEmpty()) {
            return List.of();
        }
        float brod = vanligastStorlek(allaRader);
        Sidlayout layout = new Sidlayout(brod, radavstand(spalter, brod),
                allaRader.stream().filter(Rad::fet).count() * 10 > allaRader.size() * 8, bokmarken);
        for (List<Spalt> sida : spalter) {
            for (Spalt spalt : sida) {
                layout.spalt(matt(spalt.rader(), brod));
            }
            layout.sidslut();
        }
        layout.avsluta();
        return layout.block;
    }

    // ---------------------------------------------------------------- page geometry

    /** One list of glyphs per column, left to right; one list when the page has no gutter. */
    static List<List<Glyf>> spalter(List<Glyf> glyfer, float bredd) {
        int facken = Math.max(1, (int) Math.ceil(bredd / 2));
        boolean[] upptaget = new boolean[facken + 1];
        for (Glyf g : glyfer) {
            if (g.blank()) {
                continue;
            }
            int fran = Math.max(0, (int) (g.x() / 2));
            int till = Math.min(facken, (int) (g.hoger() / 2));
            for (int i = fran; i <= till; i++) {
                upptaget[i] = true;
            }
        }
        int basta = -1;
        int bastaLangd = 0;
        for (int i = (int) (facken * 0.3); i < facken * 0.7; i++) {
            if (upptaget[i]) {
                continue;
            }
            int j = i;
            while (j < facken && !upptaget[j]) {
                j++;
            }
            if (j - i > bastaLangd) {
                bastaLangd = j - i;
                basta = (i + j);
            }
            i = j;
        }
        if (basta < 0 || bastaLangd * 2 < 8) {
            return List.of(glyfer);
        }
        float ranna = basta; // (i + j) / 2 bins of 2 pt = i + j points
        List<Glyf> vanster = new ArrayList<>();
        List<Glyf> hoger = new ArrayList<>();
        for (Glyf g : glyfer) {
            (g.x() + g.bredd() / 2 < ranna ? vanster : hoger).add(g);
        }
        if (Rad.rader(vanster).size() < 5 || Rad.rader(hoger).size() < 5) {
            return List.of(glyfer);
        }
        return List.of(vanster, hoger);
    }

    private static Spalt matt(List<Rad> rader, float brod) {
        Map<Integer, Integer> vanster = new HashMap<>();
        float hoger = 0;
        for (Rad r : rader) {
            if (Math.abs(r.storlek() - brod) < 0.6f) {
                vanster.merge(Math.round(r.x0()), r.text().length(), Integer::sum);
                hoger = Math.max(hoger, r.x1());
            }
        }
        float marginal = vanster.isEmpty() ? (rader.isEmpty() ? 0 : rader.get(0).x0())
                : Math.min(vanster.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(),
                        (float) rader.stream().filter(r -> Math.abs(r.storlek() - brod) < 0.6f)
                                .mapToDouble(Rad::x0).min().orElse(0));
        if (hoger == 0) {
            hoger = (float) rader.stream().mapToDouble(Rad::x1).max().orElse(0);
        }
        return new Spalt(rader, marginal, hoger);
    }

    private static float vanligastStorlek(List<Rad> rader) {
        Map<Float, Integer> antal = new HashMap<>();
        for (Rad r : rader) {
            antal.merge(r.storlek(), r.text().length(), Integer::sum);
        }
        return antal.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static float radavstand(List<List<Spalt>> spalter, float brod) {
        List<Float> avstand = new ArrayList<>();
        for (List<Spalt> sida : spalter) {
            for (Spalt spalt : sida) {
                List<Rad> r = spalt.rader();
                for (int i = 1; i < r.size(); i++) {
                    float d = r.get(i).y() - r.get(i - 1).y();
                    if (Math.abs(r.get(i).storlek() - brod) < 0.6f && d > brod * 0.8f && d < brod * 2.5f) {
                        avstand.add(d);
                    }
                }
            }
        }
        if (avstand.isEmpty()) {
            return brod * 1.2f;
        }
        float[] a = new float[avstand.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = avstand.get(i);
        }
        Arrays.sort(a);
        return a[a.length / 4];
    }

    // ---------------------------------------------------------------- blocks

    private void spalt(Spalt spalt) {
        List<Rad> rader = spalt.rader();
        int brodslut = -1;
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).storlek() >= brodstorlek - 0.6f) {
                brodslut = i;
            }
        }
        for (int i = 0; i < rader.size(); i++) {
            Rad rad = rader.get(i);
            if (i > brodslut && rad.storlek() < brodstorlek * 0.9f && brodslut >= 0) {
                vantandeFotnoter.add(new Block(Typ.FOTNOT, List.of(rad.text())));
                continue;
            }
            Rad nasta = i + 1 < rader.size() ? rader.get(i + 1) : null;
            rad(rad, nasta, spalt);
        }
    }

    private void rad(Rad rad, Rad nasta, Spalt spalt) {
        String text = rad.text();
        boolean sammaSpalt = foregaende != null && foregaendeSpalt == spalt;
        float glapp = sammaSpalt ? rad.y() - foregaende.y() : Float.NaN;
        float indrag = rad.x0() - spalt.marginal();
        float indragsgrans = Math.max(6, brodstorlek * 0.8f);

        if (arRubrik(rad)) {
            boolean fortsatter = aktuellt != null && aktuellt.typ() == Typ.RUBRIK && sammaSpalt
                    && Math.abs(foregaende.storlek() - rad.storlek()) < 0.6f && glapp < rad.storlek() * 1.7f;
            if (!fortsatter) {
                borja(Typ.RUBRIK);
            }
            lagg(rad, spalt);
            return;
        }
        if (PUNKTTECKEN.matcher(text).find() && (text.length() > 2 && !text.startsWith("--"))
                && !(text.startsWith("-") && !text.startsWith("- "))) {
            borja(Typ.PUNKT);
            aktuellt.rader().add(PUNKTTECKEN.matcher(text).replaceFirst(""));
            punktMedTecken = true;
            // Continuation lines align with the item's text, not with its bullet.
            aktuelltX0 = rad.glyfer().size() > 1 ? rad.glyfer().get(1).x() : rad.x0();
            foregaende = rad;
            foregaendeSpalt = spalt;
            return;
        }
        boolean kort = slutadeFore(rad);
        boolean storreGlapp = sammaSpalt && glapp > radavstand * 1.3f;
        if (indrag >= indragsgrans) {
            boolean underPunkt = aktuellt != null && aktuellt.typ() == Typ.PUNKT && !storreGlapp
                    && Math.abs(rad.x0() - textkant()) < 3;
            // Under a drawn bullet every line belongs to the item until the next bullet; without
            // one, an item ends where its line ended early, at a sentence's end before a capital,
            // or at the extra space between items.
            boolean nyPunkt = kort || (SLUTAR_MENING.matcher(foregaende.text()).matches()
                    && Character.isUpperCase(text.codePointAt(0))) || glapp > radavstand * 1.1f;
            if (underPunkt && (punktMedTecken || !nyPunkt)) {
                lagg(rad, spalt);
                return;
            }
            boolean hangande = nasta != null && nasta.x0() - spalt.marginal() >= indragsgrans
                    && Math.abs(nasta.x0() - rad.x0()) < 3;
            boolean iLista = aktuellt != null && aktuellt.typ() == Typ.PUNKT && Math.abs(rad.x0() - textkant()) < 3;
            if (hangande || iLista) {
                borja(Typ.PUNKT);
                lagg(rad, spalt);
                return;
            }
            borja(Typ.STYCKE);
            lagg(rad, spalt);
            return;
        }
        boolean fortsatter = aktuellt != null && aktuellt.typ() != Typ.RUBRIK
                && (sammaSpalt ? !storreGlapp && !(kort && SLUTAR_MENING.matcher(foregaende.text()).matches())
                        : !kort || Character.isLowerCase(text.codePointAt(0)));
        if (aktuellt != null && aktuellt.typ() == Typ.PUNKT && sammaSpalt && !storreGlapp
                && Math.abs(rad.x0() - textkant()) >= 3) {
            // Back at the body's edge directly under a list item: the item goes on when it has a
            // drawn bullet and did not end early (hard-wrapped text wraps under the bullet), and a
            // new paragraph starts otherwise.
            fortsatter = punktMedTecken && !(kort && SLUTAR_MENING.matcher(foregaende.text()).matches());
        }
        if (!fortsatter) {
            borja(Typ.STYCKE);
        }
        lagg(rad, spalt);
    }

    /**
     * Whether the line before ended of its own accord: the first word of this line would have fit
     * in the room it left before the right edge (so a line break there was not forced by the width).
     */
    private boolean slutadeFore(Rad rad) {
        if (foregaende == null) {
            return false;
        }
        float plats = foregaendeSpalt.hoger() - foregaende.x1();
        return plats > forstaOrdet(rad) + rad.storlek() * 0.3f;
    }

    private static float forstaOrdet(Rad rad) {
        List<Glyf> g = rad.glyfer();
        float borjan = g.get(0).x();
        float slut = g.get(0).hoger();
        for (int i = 1; i < g.size(); i++) {
            Glyf glyf = g.get(i);
            float mellanslag = glyf.mellanslag() > 0 ? glyf.mellanslag() : glyf.storlek() * 0.25f;
            if (glyf.blank() || glyf.x() - slut > Math.min(mellanslag * 0.5f, glyf.storlek() * 0.2f)) {
                break;
            }
            slut = glyf.hoger();
        }
        return slut - borjan;
    }

    /** The left edge of the current block's first line. */
    private float textkant() {
        return aktuelltX0;
    }

    private float aktuelltX0;
    private boolean punktMedTecken;

    private boolean arRubrik(Rad rad) {
        String text = rad.text();
        if (bokmarken.contains(Lopandetext.nyckel(text))) {
            return true;
        }
        if (text.length() > 160) {
            return false;
        }
        if (rad.storlek() >= brodstorlek * 1.15f) {
            return true;
        }
        return rad.fet() && !alltFet && text.length() <= 100 && !SLUTAR_MENING.matcher(text).matches()
                && !text.endsWith(",");
    }

    private void borja(Typ typ) {
        avsluta();
        aktuellt = new Block(typ, new ArrayList<>());
        aktuelltX0 = Float.NaN;
        punktMedTecken = false;
    }

    private void lagg(Rad rad, Spalt spalt) {
        if (aktuellt == null) {
            borja(Typ.STYCKE);
        }
        if (aktuellt.rader().isEmpty()) {
            aktuelltX0 = rad.x0();
        }
        aktuellt.rader().add(rad.text());
        foregaende = rad;
        foregaendeSpalt = spalt;
    }

    private void sidslut() {
        if (aktuellt == null || aktuellt.typ() == Typ.RUBRIK) {
            avsluta();
        }
    }

    private void avsluta() {
        if (aktuellt != null && !aktuellt.rader().isEmpty()) {
            block.add(aktuellt);
            block.addAll(vantandeFotnoter);
            vantandeFotnoter.clear();
        }
        aktuellt = null;
    }
}
