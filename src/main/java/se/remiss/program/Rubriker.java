package se.remiss.program;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which paragraphs are headings. Conservative on purpose: body text taken for a heading would cut
 * a section in two, while a missed heading only leaves its line in the section text.
 *
 * <ul>
 *   <li><b>Numbered</b>: "5.3 UPPSÖKANDE ARBETE", "1. INLEDNING" – a number of one or two digits per
 *       level, a capitalised title of at most {@value #MAX_ORD} words and {@value #MAX_TECKEN} characters
 *       without final punctuation. The key is the number without a trailing dot. The parser also
 *       requires each number to come after the previous one, so a numbered list later in the text
 *       ("1. Uppföljning av …" in chapter 6 of seed 004, which also ends with a full stop) cannot
 *       restart the chapters.</li>
 *   <li><b>Inriktningsmål</b>: "Inriktningsmål 3: …" or "Inriktningsmål 6. …" (seed 001). Key "IM3";
 *       the heading keeps the whole goal, written "Inriktningsmål 3: …" with a colon whatever the
 *       source used. These goals are sentences, so length and punctuation are not checked.</li>
 *   <li><b>Unnumbered sub-heading</b>: a paragraph of the same size limits, capitalised, without final
 *       punctuation, not a bullet, that is followed by text (the parser checks what follows).</li>
 * </ul>
 */
final class Rubriker {

    static final int MAX_ORD = 12;
    static final int MAX_TECKEN = 90;

    enum Slag { NUMRERAD, INRIKTNINGSMAL }

    /** A numbered heading: its key, its number parts for ordering, and its title as written. */
    record Rubrik(Slag slag, String nyckel, int[] nummer, String titel) {

        /** Whether this heading comes after the previous one of its kind (none: it does). */
        boolean kommerEfter(Rubrik foregaende) {
            return foregaende == null || Arrays.compare(nummer, foregaende.nummer) > 0;
        }
    }

    private static final Pattern NUMRERAD = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\S.*)");
    private static final Pattern INRIKTNINGSMAL = Pattern.compile("(?iu)inriktningsmål\\s+(\\d{1,2})\\s*[:.]\\s*(\\S.*)");

    private Rubriker() {
    }

    /** A numbered or Inriktningsmål heading, judged on the paragraph alone. */
    static Optional<Rubrik> numrerad(String stycke) {
        Matcher im = INRIKTNINGSMAL.matcher(stycke);
        if (im.matches()) {
            int nr = Integer.parseInt(im.group(1));
            return Optional.of(new Rubrik(Slag.INRIKTNINGSMAL, "IM" + nr, new int[] {nr},
                    "Inriktningsmål " + nr + ": " + im.group(2)));
        }
        Matcher m = NUMRERAD.matcher(stycke);
        if (m.matches() && arRubrikform(m.group(2))) {
            int[] nummer = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
            return Optional.of(new Rubrik(Slag.NUMRERAD, m.group(1), nummer, m.group(2)));
        }
        return Optional.empty();
    }

    /** The key one level up: "5" for "5.3", "2.1" for "2.1.1", none for "5" or "IM3". */
    static Optional<String> foralder(String nyckel) {
        int punkt = nyckel.lastIndexOf('.');
        return punkt > 0 ? Optional.of(nyckel.substring(0, punkt)) : Optional.empty();
    }

    /**
     * Words that lead on to what follows and so never end a heading: "Programmets övergripande mål
     * är att" introduces a list, it does not title one.
     */
    private static final Pattern LEDER_VIDARE = Pattern.compile(
            "(?iu).*\\s(?:att|som|och|eller|samt|för|till|med|mot|av|på|i|om|vid|från|genom|är|ska|skall|bland annat)$");

    /** Looks like a heading: short, capitalised, no final punctuation, not a bullet, not leading on. */
    static boolean arRubrikform(String stycke) {
        if (stycke.isEmpty() || stycke.length() > MAX_TECKEN || Textstadning.arPunkt(stycke)
                || LEDER_VIDARE.matcher(stycke).matches()) {
            return false;
        }
        if (stycke.split("\\s+").length > MAX_ORD || ".,;:!?".indexOf(stycke.charAt(stycke.length() - 1)) >= 0) {
            return false;
        }
        return borjarMedVersal(stycke);
    }

    /** A key part made from a heading: "Barn och unga" → "barn-och-unga", "\"Sexturism\"" → "sexturism". */
    static String slug(String rubrik) {
        String utanAccenter = Normalizer.normalize(rubrik.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = utanAccenter.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "avsnitt" : slug;
    }

    /** First letter upper case; quotes and brackets before it allowed; a digit first is not. */
    private static boolean borjarMedVersal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
