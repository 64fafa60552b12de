package se.remiss.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * What changed between two versions of a programme, for the comparison page.
 *
 * <p><b>Sections</b> are matched by key: a key only in the later version is added, only in the
 * earlier removed, in both with a different heading or text changed. (Seeds 001 and 004 are
 * structured differently – Inriktningsmål against numbered chapters – so between them nearly
 * everything is added or removed, which is the honest answer.)
 *
 * <p><b>Commitments</b> are matched in three rounds, each only among those not yet matched:
 * <ol>
 *   <li>same section, same normalised text (case, punctuation and spacing ignored);</li>
 *   <li>same section, similar text: word overlap (Dice coefficient) of at least
 *       {@value #LIKNANDE_I_AVSNITTET}, most similar pairs first;</li>
 *   <li>any section, word overlap of at least {@value #LIKNANDE_FLYTTAT}: a commitment moved to another
 *       section.</li>
 * </ol>
 * A matched pair is changed when its wording, its addressees or its section differ. Commitments
 * left over are added or removed.
 *
 * <p>Changes are listed in the later version's order, then the removals in the earlier version's order.
 */
public final class Programjamforelse {

    static final double LIKNANDE_I_AVSNITTET = 0.5;
    static final double LIKNANDE_FLYTTAT = 0.8;

    public enum Andring { TILLAGD, BORTTAGEN, ANDRAD }

    /** A section added, removed or changed; the side where it is missing has nulls. */
    public record Avsnittsandring(Andring andring, String nyckel,
                                  String rubrikFore, String rubrikEfter, String textFore, String textEfter) {
    }

    /**
     * A commitment added, removed or changed; the side where it is missing has nulls.
     *
     * @param likhet word overlap of the two texts, 0–1 (0 for added and removed)
     */
    public record Kravandring(Andring andring, String avsnittFore, String avsnittEfter,
                              Krav fore, Krav efter, double likhet) {
    }

    public record Resultat(List<Avsnittsandring> avsnitt, List<Kravandring> krav) {

        public Resultat {
            avsnitt = List.copyOf(avsnitt);
            krav = List.copyOf(krav);
        }

        /** Number of section changes of a kind ("TILLAGD", "BORTTAGEN", "ANDRAD"), for templates. */
        public long antalAvsnitt(String andring) {
            return avsnitt.stream().filter(a -> a.andring().name().equals(andring)).count();
        }

        /** Number of commitment changes of a kind, for templates. */
        public long antalKrav(String andring) {
            return krav.stream().filter(k -> k.andring().name().equals(andring)).count();
        }

        public boolean ingaSkillnader() {
            return avsnitt.isEmpty() && krav.isEmpty();
        }

        public List<Avsnittsandring> avsnitt(Andring andring) {
            return avsnitt.stream().filter(a -> a.andring() == andring).toList();
        }

        public List<Kravandring> krav(Andring andring) {
            return krav.stream().filter(k -> k.andring() == andring).toList();
        }
    }

    private Programjamforelse() {
    }

    public static Resultat jamfor(Programstruktur tidigare, Programstruktur senare) {
        return new Resultat(jamforAvsnitt(tidigare, senare), jamforKrav(tidigare, senare));
    }

    // --- sections ----------------------------------------------------------------------------

    private static List<Avsnittsandring> jamforAvsnitt(Programstruktur tidigare, Programstruktur senare) {
        Map<String, Avsnitt> fore = new HashMap<>();
        tidigare.allaAvsnitt().forEach(a -> fore.putIfAbsent(a.nyckel(), a));
        Map<String, Avsnitt> efter = new HashMap<>();
        senare.allaAvsnitt().forEach(a -> efter.putIfAbsent(a.nyckel(), a));

        List<Avsnittsandring> andringar = new ArrayList<>();
        for (Avsnitt e : senare.allaAvsnitt()) {
            Avsnitt f = fore.get(e.nyckel());
            if (f == null) {
                andringar.add(new Avsnittsandring(Andring.TILLAGD, e.nyckel(), null, e.rubrik(), null, e.text()));
            } else if (!f.rubrik().equals(e.rubrik()) || !mellanslagsfri(f.text()).equals(mellanslagsfri(e.text()))) {
                andringar.add(new Avsnittsandring(Andring.ANDRAD, e.nyckel(), f.rubrik(), e.rubrik(), f.text(), e.text()));
            }
        }
        for (Avsnitt f : tidigare.allaAvsnitt()) {
            if (!efter.containsKey(f.nyckel())) {
                andringar.add(new Avsnittsandring(Andring.BORTTAGEN, f.nyckel(), f.rubrik(), null, f.text(), null));
            }
        }
        return andringar;
    }

    // --- commitments -------------------------------------------------------------------------

    /** A commitment with its section, as the matching sees it. */
    private record Post(String avsnitt, Krav krav, String normal) {
    }

    private record Par(int fore, int efter, double likhet) {
    }

    private static List<Kravandring> jamforKrav(Programstruktur tidigare, Programstruktur senare) {
        List<Post> fore = poster(tidigare);
        List<Post> efter = poster(senare);
        Integer[] parFor = new Integer[efter.size()];
        double[] likhetFor = new double[efter.size()];
        boolean[] matchadFore = new boolean[fore.size()];

        BiPredicate<Post, Post> sammaAvsnitt = (f, e) -> f.avsnitt().equals(e.avsnitt());
        BiPredicate<Post, Post> sammaText = (f, e) -> f.normal().equals(e.normal());
        matcha(fore, efter, matchadFore, parFor, likhetFor, sammaAvsnitt.and(sammaText), 1.0);
        matcha(fore, efter, matchadFore, parFor, likhetFor, sammaAvsnitt, LIKNANDE_I_AVSNITTET);
        matcha(fore, efter, matchadFore, parFor, likhetFor, (f, e) -> true, LIKNANDE_FLYTTAT);

        List<Kravandring> andringar = new ArrayList<>();
        for (int i = 0; i < efter.size(); i++) {
            Post e = efter.get(i);
            if (parFor[i] == null) {
                andringar.add(new Kravandring(Andring.TILLAGD, null, e.avsnitt(), null, e.krav(), 0));
                continue;
            }
            Post f = fore.get(parFor[i]);
            boolean andrat = !f.avsnitt().equals(e.avsnitt())
                    || !mellanslagsfri(f.krav().text()).equals(mellanslagsfri(e.krav().text()))
                    || !f.krav().adressater().equals(e.krav().adressater());
            if (andrat) {
                andringar.add(new Kravandring(Andring.ANDRAD, f.avsnitt(), e.avsnitt(), f.krav(), e.krav(), likhetFor[i]));
            }
        }
        for (int j = 0; j < fore.size(); j++) {
            if (!matchadFore[j]) {
                Post f = fore.get(j);
                andringar.add(new Kravandring(Andring.BORTTAGEN, f.avsnitt(), null, f.krav(), null, 0));
            }
        }
        return andringar;
    }

    /** One matching round among the unmatched: allowed pairs at least this similar, most similar first. */
    private static void matcha(List<Post> fore, List<Post> efter, boolean[] matchadFore, Integer[] parFor,
                               double[] likhetFor, BiPredicate<Post, Post> tillatet, double troskel) {
        List<Par> kandidater = new ArrayList<>();
        for (int j = 0; j < fore.size(); j++) {
            for (int i = 0; i < efter.size(); i++) {
                if (!matchadFore[j] && parFor[i] == null && tillatet.test(fore.get(j), efter.get(i))) {
                    double likhet = likhet(fore.get(j).normal(), efter.get(i).normal());
                    if (likhet >= troskel) {
                        kandidater.add(new Par(j, i, likhet));
                    }
                }
            }
        }
        // ties in document order, so equal commitments pair up in order
        kandidater.sort(Comparator.comparingDouble(Par::likhet).reversed()
                .thenComparingInt(Par::efter).thenComparingInt(Par::fore));
        for (Par par : kandidater) {
            if (!matchadFore[par.fore()] && parFor[par.efter()] == null) {
                matchadFore[par.fore()] = true;
                parFor[par.efter()] = par.fore();
                likhetFor[par.efter()] = par.likhet();
            }
        }
    }

    private static List<Post> poster(Programstruktur program) {
        List<Post> poster = new ArrayList<>();
        for (Avsnitt avsnitt : program.allaAvsnitt()) {
            for (Krav krav : avsnitt.krav()) {
                poster.add(new Post(avsnitt.nyckel(), krav, normaliserad(krav.text())));
            }
        }
        return poster;
    }

    /**
     * Word overlap of two texts, 0–1: twice the shared words over all words (Dice coefficient on word
     * multisets). Case and punctuation do not count.
     */
    static double likhet(String a, String b) {
        List<String> ordA = ord(normaliserad(a));
        List<String> ordB = ord(normaliserad(b));
        if (ordA.isEmpty() && ordB.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> antal = new HashMap<>();
        ordA.forEach(o -> antal.merge(o, 1, Integer::sum));
        int gemensamma = 0;
        for (String o : ordB) {
            Integer n = antal.get(o);
            if (n != null && n > 0) {
                gemensamma++;
                antal.put(o, n - 1);
            }
        }
        return 2.0 * gemensamma / (ordA.size() + ordB.size());
    }

    private static List<String> ord(String normaliserad) {
        return normaliserad.isEmpty() ? List.of() : List.of(normaliserad.split(" "));
    }

    /** Lower case, words only: "Stadsdelsnämnderna ska, …" → "stadsdelsnämnderna ska". */
    private static String normaliserad(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String mellanslagsfri(String text) {
        return Objects.requireNonNullElse(text, "").replaceAll("\\s+", " ").strip();
    }
}
