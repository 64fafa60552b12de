package se.remiss.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.remiss.program.text.Sidnummer;

/**
 * Finds the lines a PDF page adds around the real text: page numbers, running headers and footers,
 * and the sender's contact block. Part of {@link Textstadning}; works on physical lines.
 *
 * <p>Three rules, from the most to the least certain:
 * <ol>
 *   <li><b>Page numbers</b>: a line that is only a number, optionally dressed as "- 3 -", "Sida 3",
 *       "Sid 3 (12)", "3 av 12" or "3/12".</li>
 *   <li><b>Contact block</b>: lines that start with a contact label ("TELEFON:", "FAX:", "E-ADRESS:",
 *       "Besöksadress:" …) or that end in a Swedish postal code and town ("…, 106 64 STOCKHOLM").
 *       Seed 004 has its address block only once, under the title, so repetition alone would miss it.</li>
 *   <li><b>Repetition</b>: when the text carries page breaks (form feed, which the PDF import emits
 *       between pages), a line standing at the top or bottom of at least two pages – and of at least
 *       half of them – is a running header or footer and is dropped at every page edge. Digits are
 *       ignored when comparing, so "Sida 2" and "Sida 3" count as the same line. The one exception is
 *       the very first line of the document, which is usually the title the header repeats.
 *       Without page breaks (plain text, Markdown, DOCX) a repeated line may just as well be a
 *       sub-heading such as "Bakgrund" used in several chapters, so only lines whose digits change
 *       from one occurrence to the next (page counters) are dropped, and only at three or more.</li>
 * </ol>
 */
final class Sidbrus {

    /** Lines the page adds at the top or bottom; this many from each edge are candidates. */
    private static final int KANTRADER = 2;

    private static final Pattern KONTAKTETIKETT = Pattern.compile(
            "(?iu)(?:telefon|tel|telefax|fax|växel|e-adress|e-post|epost|e-mail|besöksadress|postadress"
                    + "|org\\.?\\s*nr|organisationsnummer|hemsida|www)"
                    + "(?:\\s*[:.]\\s*\\S.*|\\s+[+\\d].*)");

    /** "…, 106 64 STOCKHOLM" or "Box 123, 101 23 Stockholm" at the end of a line. */
    private static final Pattern POSTADRESS = Pattern.compile(
            "(?u).*(?:^|,)\\s*\\d{3} ?\\d{2}\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*");


    /** Residue that ends some documents: "SLUT" alone on the last line. */
    private static final Pattern SLUTMARKERING = Pattern.compile("(?iu)slut\\.?");

    private Sidbrus() {
    }

    /**
     * Removes page noise from the text and returns its physical lines, trimmed, with an empty line
     * wherever a page ended.
     */
    static List<String> rensa(String text) {
        List<List<String>> sidor = new ArrayList<>();
        for (String sida : text.split("\f", -1)) {
            List<String> rader = new ArrayList<>();
            for (String rad : sida.split("\n", -1)) {
                String trimmad = rad.strip();
                rader.add(arSidnummer(trimmad) || arKontaktrad(trimmad) ? "" : trimmad);
            }
            sidor.add(rader);
        }
        if (sidor.size() > 1) {
            taBortSidhuvuden(sidor);
        } else {
            taBortSidraknare(sidor.get(0));
        }
        List<String> resultat = new ArrayList<>();
        for (List<String> sida : sidor) {
            if (!resultat.isEmpty()) {
                resultat.add("");
            }
            resultat.addAll(sida);
        }
        taBortSlutmarkering(resultat);
        return resultat;
    }

    static boolean arSidnummer(String rad) {
        return Sidnummer.ar(rad);
    }

    static boolean arKontaktrad(String rad) {
        if (rad.isEmpty() || rad.length() > 120) {
            return false;
        }
        return KONTAKTETIKETT.matcher(rad).matches() || POSTADRESS.matcher(rad).matches();
    }

    private static void taBortSidhuvuden(List<List<String>> sidor) {
        Map<String, Integer> sidorMedRad = new HashMap<>();
        for (List<String> sida : sidor) {
            Set<String> paDennaSida = new HashSet<>();
            for (int i : kantrader(sida)) {
                paDennaSida.add(nyckel(sida.get(i)));
            }
            paDennaSida.forEach(k -> sidorMedRad.merge(k, 1, Integer::sum));
        }
        Set<String> upprepade = new HashSet<>();
        sidorMedRad.forEach((k, antal) -> {
            if (antal >= 2 && antal * 2 >= sidor.size()) {
                upprepade.add(k);
            }
        });
        int[] titel = forstaIckeTomma(sidor);
        for (int s = 0; s < sidor.size(); s++) {
            List<String> sida = sidor.get(s);
            for (int i : kantrader(sida)) {
                boolean arTitel = s == titel[0] && i == titel[1];
                if (!arTitel && upprepade.contains(nyckel(sida.get(i)))) {
                    sida.set(i, "");
                }
            }
        }
    }

    /** Without page breaks: drop only page counters, lines repeated with changing numbers. */
    private static void taBortSidraknare(List<String> rader) {
        Map<String, Set<String>> varianter = new HashMap<>();
        for (String rad : rader) {
            if (!rad.isEmpty() && rad.length() <= 80 && rad.chars().anyMatch(Character::isDigit)) {
                varianter.computeIfAbsent(nyckel(rad), k -> new HashSet<>()).add(rad);
            }
        }
        List<String> nycklar = rader.stream().map(Sidbrus::nyckel).toList();
        Map<String, Integer> antal = new HashMap<>();
        nycklar.forEach(k -> antal.merge(k, 1, Integer::sum));
        for (int i = 0; i < rader.size(); i++) {
            String k = nycklar.get(i);
            if (antal.get(k) >= 3 && varianter.getOrDefault(k, Set.of()).size() >= 2) {
                rader.set(i, "");
            }
        }
    }

    private static void taBortSlutmarkering(List<String> rader) {
        for (int i = rader.size() - 1; i >= 0; i--) {
            if (!rader.get(i).isEmpty()) {
                if (SLUTMARKERING.matcher(rader.get(i)).matches()) {
                    rader.set(i, "");
                }
                return;
            }
        }
    }

    /** Indexes of the first and last {@link #KANTRADER} non-empty lines of a page. */
    private static Set<Integer> kantrader(List<String> sida) {
        List<Integer> ickeTomma = new ArrayList<>();
        for (int i = 0; i < sida.size(); i++) {
            if (!sida.get(i).isEmpty()) {
                ickeTomma.add(i);
            }
        }
        Set<Integer> kanter = new HashSet<>();
        int n = ickeTomma.size();
        for (int j = 0; j < Math.min(KANTRADER, n); j++) {
            kanter.add(ickeTomma.get(j));
            kanter.add(ickeTomma.get(n - 1 - j));
        }
        return kanter;
    }

    private static int[] forstaIckeTomma(List<List<String>> sidor) {
        for (int s = 0; s < sidor.size(); s++) {
            for (int i = 0; i < sidor.get(s).size(); i++) {
                if (!sidor.get(s).get(i).isEmpty()) {
                    return new int[] {s, i};
                }
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * Comparison key: case, spacing and the digits themselves do not matter. Lower case, each run
     * of ASCII digits as "#", each run of whitespace ({@code \s}: space, \t, \n, \x0B, \f,
     * \r) as one space. Written out as a loop: it runs on every line of the document.
     */
    static String nyckel(String rad) {
        String gemen = rad.toLowerCase(Locale.ROOT);
        StringBuilder nyckel = new StringBuilder(gemen.length());
        int foregaende = 0; // 1 after a digit, 2 after whitespace
        for (int i = 0; i < gemen.length(); i++) {
            char c = gemen.charAt(i);
            int slag = c >= '0' && c <= '9' ? 1 : c == ' ' || (c >= '\t' && c <= '\r') ? 2 : 0;
            if (slag == 0) {
                nyckel.append(c);
            } else if (slag != foregaende) {
                nyckel.append(slag == 1 ? '#' : ' ');
            }
            foregaende = slag;
        }
        return nyckel.toString();
    }
}
