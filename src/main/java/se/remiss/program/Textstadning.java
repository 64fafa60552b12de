package se.remiss.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text extracted from a PDF (or a plain text, Markdown or DOCX file) into clean paragraphs:
 * one string per paragraph, per bullet item (starting with {@link #PUNKT}) and per heading line.
 * The seed documents (sample-remisser/, src/test/resources/seeds/) show the mess this has to undo.
 *
 * <p>The rules, in the order they are applied:
 * <ol>
 *   <li><b>Characters.</b> Line endings (and vertical tabs) become {@code \n}; other control characters
 *       but form feed are dropped; no-break and other odd spaces and tabs become spaces; soft hyphens
 *       inside a line disappear. Markdown markup is removed because the
 *       model holds plain text: heading marks ({@code ## }) and emphasis ({@code **fet**},
 *       {@code *kursiv*}, {@code __fet__}).</li>
 *   <li><b>Page noise</b> ({@link Sidbrus}): page numbers, the sender's contact block, running
 *       headers and footers, and a final "SLUT".</li>
 *   <li><b>Bullets.</b> A line starting with •, ▪, ◦, ·, the PDF symbol-font bullet, or with
 *       -, –, *, + followed by a space, starts a bullet item, written {@code "• text"}.</li>
 *   <li><b>Joining lines.</b> Consecutive lines form one paragraph or bullet item. It ends at a bullet,
 *       at an empty line and at a heading line. A heading line, in hard-wrapped text where headings
 *       are not followed by an empty line (seed 001), is recognised by being short (under 60 % of
 *       the document's typical line length) and having no final punctuation, with a capitalised
 *       line after it; or, directly after a finished sentence, by being short and unpunctuated
 *       itself (seed 000: "…programmet. / ÄRENDETS BEREDNING").</li>
 *   <li><b>Page breaks inside a paragraph.</b> A paragraph that stops after a letter, a comma or a
 *       hyphen continues after empty lines when the next line starts with a lower-case letter:
 *       "är dock / (page) / att gatuprostitutionen" is one sentence (seed 004), and so is a bullet
 *       broken over a page (seed 000). A paragraph ending in ")" does not continue, so a lone
 *       "samt" between two lists stays on its own.</li>
 *   <li><b>Hyphenation.</b> A hyphen at the end of a line, right after a letter, joins the two
 *       lines without a space when the next line starts with a lower-case letter, also across a
 *       page break: "ar-/betet" → "arbetet", "tillstånds- / (page) / enhet" → "tillståndsenhet".
 *       The hyphen is dropped when the letter before it is lower case, and kept when it is upper
 *       case ("HIV-/prevention" → "HIV-prevention"). It stays a real hyphen, followed by a space,
 *       when the next word is "och", "eller", "samt", "respektive", "resp" or "liksom", or the next
 *       line starts with a comma: "stöd- / och hjälpinsatser" → "stöd- och hjälpinsatser".
 *       Hyphens inside a line are never touched: "smittskydds-enhet" and "prostitutions-sammanhang"
 *       in seed 004 stay as written (the line break that caused them is gone, so telling them from
 *       real compounds such as "icke-kränkande" would be guesswork), and so do dashes ("STAN – programmet").
 *       A real compound hyphenated exactly at a line break between lower-case letters ("icke-/kränkande")
 *       loses its hyphen; Swedish typesetting breaks words far more often than it breaks such compounds.</li>
 *   <li><b>Spaces.</b> Runs of spaces become one; no space before . , ; : ! ? ) ] or after ( [;
 *       no leading or trailing spaces.</li>
 * </ol>
 */
public final class Textstadning {

    /** How a bullet item starts in the cleaned text. */
    public static final String PUNKT = "• ";

    private static final Pattern PUNKTRAD = Pattern.compile(
            "(?:[•●▪■◦·\\uF0B7\\uF0A7]\\s*|[-–*+]\\s+)(\\S.*)");

    private static final Pattern MARKDOWNRUBRIK = Pattern.compile("#{1,6}\\s+");
    // Emphasis may not contain its own marker, so a line full of unmatched "**" is read in linear
    // time (a pattern with ".*?" took minutes on 100 000 characters of them).
    private static final Pattern FET = Pattern.compile(
            "\\*\\*([^*\\s](?:[^*]*?[^*\\s])?)\\*\\*|__([^_\\s](?:[^_]*?[^_\\s])?)__");
    private static final Pattern KURSIV = Pattern.compile(
            "(?<![\\p{L}\\p{N}*])\\*([^*\\s](?:[^*]*?[^*\\s])?)\\*(?![\\p{L}\\p{N}*])");

    /** After a hyphen, these words show it is a real one ("stöd- och hjälpinsatser"). */
    private static final Set<String> ORD_EFTER_BINDESTRECK =
            Set.of("och", "eller", "samt", "respektive", "resp", "liksom");

    private static final Pattern FLERA_MELLANSLAG = Pattern.compile(" {2,}");
    private static final Pattern MELLANSLAG_FORE_SKILJETECKEN = Pattern.compile(" +([.,;:!?)\\]])");
    private static final Pattern MELLANSLAG_EFTER_PARENTES = Pattern.compile("([(\\[]) +");
    private static final Pattern AVSLUTANDE_CITAT = Pattern.compile("[\"”’»)]+$");

    /** A heading line is shorter than this share of the typical line length. */
    private static final double KORT_RAD = 0.6;

    private Textstadning() {
    }

    /** The cleaned paragraphs, bullet items and heading lines, in order. */
    public static List<String> stycken(String ratext) {
        String text = normaliseraTecken(ratext == null ? "" : ratext);
        List<String> rader = new ArrayList<>();
        for (String rad : Sidbrus.rensa(text)) {
            rader.add(taBortMarkdown(normaliseraMellanslag(rad)));
        }
        List<String> stycken = new ArrayList<>();
        for (String stycke : byggStycken(rader)) {
            String rent = normaliseraMellanslag(taBortMarkdown(stycke));
            if (!rent.isEmpty() && !rent.equals(PUNKT.strip())) {
                stycken.add(rent);
            }
        }
        return stycken;
    }

    /** The cleaned text, paragraphs separated by an empty line. */
    public static String stada(String ratext) {
        return String.join("\n\n", stycken(ratext));
    }

    public static boolean arPunkt(String stycke) {
        return stycke.startsWith(PUNKT);
    }

    /** The text of a bullet item without its bullet; other paragraphs unchanged. */
    public static String utanPunkt(String stycke) {
        return arPunkt(stycke) ? stycke.substring(PUNKT.length()) : stycke;
    }

    // --- 1. characters -----------------------------------------------------------------------

    private static String normaliseraTecken(String text) {
        return text.replace("\uFEFF", "")
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u000B', '\n')
                // other control characters (NUL from a broken extraction) carry nothing, and PostgreSQL
                // refuses NUL in text; tab, line end and form feed (page break) are kept
                .replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F]", "")
                .replaceAll("[\\t\\u00A0\\u2007\\u202F\\u2009\\u200A]", " ")
                // a soft hyphen at a line end is a hyphenation point; inside a line it is invisible
                .replaceAll("\\u00AD[ ]*\\n", "-\n")
                .replace("\u00AD", "");
    }

    private static String taBortMarkdown(String rad) {
        String utan = MARKDOWNRUBRIK.matcher(rad).lookingAt() ? MARKDOWNRUBRIK.matcher(rad).replaceFirst("") : rad;
        // Most lines have no marker at all: skip the patterns then (KURSIV's look-behind is tried at
        // every position, which made this the parser's largest cost on a 100-page PDF).
        if (utan.indexOf('*') < 0 && utan.indexOf('_') < 0) {
            return utan;
        }
        utan = FET.matcher(utan).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        return utan.indexOf('*') < 0 ? utan
                : KURSIV.matcher(utan).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    // --- 4.–6. lines into paragraphs ---------------------------------------------------------

    private static List<String> byggStycken(List<String> rader) {
        int bredd = typiskRadlangd(rader);
        List<String> stycken = new ArrayList<>();
        StringBuilder aktuellt = null;
        String foregaende = null;
        boolean tomRadEmellan = false;
        for (int i = 0; i < rader.size(); i++) {
            String rad = rader.get(i);
            if (rad.isEmpty()) {
                tomRadEmellan = true;
                continue;
            }
            Matcher punkt = PUNKTRAD.matcher(rad);
            boolean arPunkt = punkt.matches();
            String innehall = arPunkt ? PUNKT + punkt.group(1) : rad;

            boolean fortsatter;
            if (aktuellt == null || arPunkt) {
                fortsatter = false;
            } else if (tomRadEmellan) {
                fortsatter = fortsatterEfterSidbrytning(aktuellt, rad);
            } else {
                String nasta = i + 1 < rader.size() ? rader.get(i + 1) : "";
                fortsatter = !arRubrikrad(foregaende, bredd, rad) && !borjarRubrikrad(foregaende, rad, nasta, bredd);
            }

            if (fortsatter) {
                foga(aktuellt, rad);
            } else {
                if (aktuellt != null) {
                    stycken.add(aktuellt.toString());
                }
                aktuellt = new StringBuilder(innehall);
            }
            foregaende = rad;
            tomRadEmellan = false;
        }
        if (aktuellt != null) {
            stycken.add(aktuellt.toString());
        }
        return stycken;
    }

    /** The previous line was a heading on its own: short, unpunctuated, a capital after it. */
    private static boolean arRubrikrad(String foregaende, int bredd, String rad) {
        return arKort(foregaende, bredd) && !slutarMedSkiljetecken(foregaende) && borjarMedVersal(rad);
    }

    /** This line is a heading after a finished sentence: "…programmet. / ÄRENDETS BEREDNING". */
    private static boolean borjarRubrikrad(String foregaende, String rad, String nasta, int bredd) {
        return arKort(rad, bredd) && !slutarMedSkiljetecken(rad) && borjarMedVersal(rad)
                && slutarMening(foregaende)
                && (nasta.isEmpty() || borjarMedVersal(nasta) || PUNKTRAD.matcher(nasta).matches());
    }

    private static boolean fortsatterEfterSidbrytning(CharSequence stycke, String rad) {
        char sista = stycke.charAt(stycke.length() - 1);
        boolean oavslutat = Character.isLetter(sista) || sista == ',' || sista == '-';
        return oavslutat && Character.isLowerCase(rad.charAt(0));
    }

    /** Appends the next line to a paragraph, undoing hyphenation at the line end. */
    static void foga(StringBuilder stycke, String rad) {
        int n = stycke.length();
        boolean bindestreck = n >= 2 && stycke.charAt(n - 1) == '-' && Character.isLetter(stycke.charAt(n - 2));
        if (bindestreck && Character.isLetter(rad.charAt(0))) {
            boolean gemenEfter = Character.isLowerCase(rad.charAt(0));
            if (gemenEfter && ORD_EFTER_BINDESTRECK.contains(forstaOrd(rad))) {
                stycke.append(' ').append(rad);
                return;
            }
            if (gemenEfter && Character.isLowerCase(stycke.charAt(n - 2))) {
                stycke.setLength(n - 1);
            }
            stycke.append(rad);
            return;
        }
        stycke.append(' ').append(rad);
    }

    // --- 7. spaces ---------------------------------------------------------------------------

    static String normaliseraMellanslag(String text) {
        String enkla = FLERA_MELLANSLAG.matcher(text).replaceAll(" ");
        String tataSkiljetecken = MELLANSLAG_FORE_SKILJETECKEN.matcher(enkla).replaceAll("$1");
        return MELLANSLAG_EFTER_PARENTES.matcher(tataSkiljetecken).replaceAll("$1").strip();
    }

    // --- small helpers -------------------------------------------------------------------------

    /** The 90th percentile of line lengths: what a full line looks like in this document. */
    private static int typiskRadlangd(List<String> rader) {
        List<Integer> langder = new ArrayList<>();
        for (String rad : rader) {
            if (!rad.isEmpty()) {
                langder.add(rad.length());
            }
        }
        if (langder.isEmpty()) {
            return 0;
        }
        langder.sort(null);
        return langder.get((int) Math.floor(0.9 * (langder.size() - 1)));
    }

    private static boolean arKort(String rad, int bredd) {
        return rad != null && rad.length() < KORT_RAD * bredd;
    }

    private static boolean slutarMedSkiljetecken(String rad) {
        char sista = rad.charAt(rad.length() - 1);
        return ".,;:!?-".indexOf(sista) >= 0;
    }

    /** Ends a sentence: . ! ? or : possibly followed by a closing quote or bracket. */
    private static boolean slutarMening(String rad) {
        if (rad == null) {
            return true;
        }
        String utan = AVSLUTANDE_CITAT.matcher(rad).replaceAll("");
        return !utan.isEmpty() && ".!?:".indexOf(utan.charAt(utan.length() - 1)) >= 0;
    }

    private static boolean borjarMedVersal(String rad) {
        for (int i = 0; i < rad.length(); i++) {
            char c = rad.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static String forstaOrd(String rad) {
        int slut = 0;
        while (slut < rad.length() && Character.isLetter(rad.charAt(slut))) {
            slut++;
        }
        return rad.substring(0, slut);
    }
}
