package se.remiss.program;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts headings written in capitals into normal case: "UPPSÖKANDE ARBETE" → "Uppsökande arbete".
 *
 * <p>Sentence case alone would lose proper nouns and abbreviations, so the words are learnt from the
 * document's own running text first: a word that appears capitalised in the middle of a sentence and
 * never in lower case is a proper noun ("Stockholm", "Sverige", "Internet") and keeps its capital.
 * "In the middle" means right after a letter, digit or comma: after a dash, bracket or quote a capital
 * may just start a clause (seed 004: "(KF: 1999-09-06 - Revidering pågår)"). A
 * word that appears in capitals in running text is an abbreviation ("FN", "STI", "KAST") and stays in
 * capitals. Everything else is lower case, and the heading's first letter is upper case. Headings
 * that already have lower-case letters are left as written.
 */
final class Skiftlage {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv");
    private static final Pattern ORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

    /** Proper nouns by their lower-case form, as the text writes them. */
    private final Map<String, String> egennamn;
    private final Set<String> forkortningar;

    private Skiftlage(Map<String, String> egennamn, Set<String> forkortningar) {
        this.egennamn = egennamn;
        this.forkortningar = forkortningar;
    }

    /** Learns proper nouns and abbreviations from running text (paragraphs and bullets, not headings). */
    static Skiftlage lar(List<String> brodtext) {
        Map<String, String> versalt = new HashMap<>();
        Set<String> gement = new HashSet<>();
        Set<String> forkortningar = new HashSet<>();
        for (String stycke : brodtext) {
            String text = Textstadning.utanPunkt(stycke);
            Matcher m = ORD.matcher(text);
            while (m.find()) {
                String ord = m.group();
                boolean mittIMening = efterOrdEllerKomma(text, m.start());
                if (ord.length() >= 2 && ord.equals(ord.toUpperCase(SVENSKA))) {
                    forkortningar.add(ord);
                } else if (Character.isLowerCase(ord.charAt(0))) {
                    gement.add(ord);
                } else if (mittIMening) {
                    versalt.putIfAbsent(ord.toLowerCase(SVENSKA), ord);
                }
            }
        }
        gement.forEach(ord -> versalt.remove(ord));
        return new Skiftlage(versalt, forkortningar);
    }

    /** Whether the last visible character before this position is a letter, a digit or a comma. */
    private static boolean efterOrdEllerKomma(String text, int position) {
        for (int i = position - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLetterOrDigit(c) || c == ',';
            }
        }
        return false;
    }

    /** The heading in normal case; unchanged if it already has lower-case letters. */
    String normalt(String rubrik) {
        if (!rubrik.equals(rubrik.toUpperCase(SVENSKA))) {
            return rubrik;
        }
        Matcher m = ORD.matcher(rubrik);
        StringBuilder resultat = new StringBuilder();
        while (m.find()) {
            String ord = m.group();
            String lagt = ord.toLowerCase(SVENSKA);
            String ersattning = forkortningar.contains(ord) ? ord : egennamn.getOrDefault(lagt, lagt);
            m.appendReplacement(resultat, Matcher.quoteReplacement(ersattning));
        }
        m.appendTail(resultat);
        return versalInledning(resultat.toString());
    }

    private static String versalInledning(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.substring(0, i) + text.substring(i, i + 1).toUpperCase(SVENSKA) + text.substring(i + 1);
            }
        }
        return text;
    }
}
