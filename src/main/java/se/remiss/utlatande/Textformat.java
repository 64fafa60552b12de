package se.remiss.utlatande;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handläggare's markup, turned into XHTML by escaping everything first: what a user types is
 * never HTML and never template code, it only ever becomes text inside the few elements made here.
 *
 * <p>The markup (shown beside the editor):
 * <ul>
 *   <li>an empty line starts a new paragraph; a single line break stays a line break;</li>
 *   <li>lines starting with "- ", "* " or "• " form a bulleted list, "1. " or "1) " a numbered list;
 *       a line without a marker right after an item continues that item;</li>
 *   <li>{@code **fet**} and {@code *kursiv*} within a line;</li>
 *   <li>{@code [[5.3]]} and {@code [[5.3#2]]} cite the programme (see {@link Citathanvisning}); the
 *       citation is told where it stands ({@link Citatstalle}) so it can be worded to fit.</li>
 * </ul>
 * The output is well-formed XML, since the PDF renderer parses it as XHTML.
 */
public final class Textformat {

    private static final Pattern PUNKT = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
    private static final Pattern NUMMER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern FET = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern KURSIV = Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\p{L}\\p{N}])");
    /** Characters XML 1.0 does not allow, plus the non-characters U+FFFE and U+FFFF. */
    private static final Pattern OGILTIGT = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private Textformat() {
    }

    /** Text as stored: line ends as \n, characters XML cannot carry removed, ends of lines trimmed. */
    public static String rensa(String text) {
        if (text == null) {
            return null;
        }
        String enhetlig = text.replace("\r\n", "\n").replace('\r', '\n');
        return OGILTIGT.matcher(enhetlig).replaceAll("").replaceAll("[ \\t]+\n", "\n").strip();
    }

    /** True when nothing but white space was written. */
    public static boolean tom(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The text as XHTML paragraphs and lists; {@code citat} gives the (already escaped) HTML of each
     * citation at its place: inline, or – for a citation that is a paragraph of its own – a block.
     */
    public static String html(String text, Function<Citatstalle, String> citat) {
        if (tom(text)) {
            return "";
        }
        StringBuilder ut = new StringBuilder();
        List<String> stycke = new ArrayList<>();
        List<StringBuilder> punkter = new ArrayList<>();
        String listtyp = null;
        for (String rad : rensa(text).split("\n", -1)) {
            Matcher punkt = PUNKT.matcher(rad);
            Matcher nummer = NUMMER.matcher(rad);
            String typ = punkt.matches() ? "ul" : nummer.matches() ? "ol" : null;
            if (rad.isBlank()) {
                listtyp = avsluta(ut, stycke, punkter, listtyp, citat);
            } else if (typ != null) {
                if (!stycke.isEmpty() || (listtyp != null && !listtyp.equals(typ))) {
                    listtyp = avsluta(ut, stycke, punkter, listtyp, citat);
                }
                listtyp = typ;
                punkter.add(new StringBuilder((typ.equals("ul") ? punkt : nummer).group(1).strip()));
            } else if (listtyp != null) {
                punkter.get(punkter.size() - 1).append('\n').append(rad.strip());
            } else {
                stycke.add(rad.strip());
            }
        }
        avsluta(ut, stycke, punkter, listtyp, citat);
        return ut.toString();
    }

    private static String avsluta(StringBuilder ut, List<String> stycke, List<StringBuilder> punkter, String listtyp,
            Function<Citatstalle, String> citat) {
        if (!stycke.isEmpty()) {
            Citathanvisning ensam = stycke.size() == 1 ? ensam(stycke.get(0)) : null;
            if (ensam != null) {
                ut.append(citat.apply(new Citatstalle(ensam, "", Citatstalle.Plats.ENSAM_STYCKE))).append('\n');
            } else {
                ut.append("<p>").append(rader(String.join("\n", stycke), citat)).append("</p>\n");
            }
            stycke.clear();
        }
        if (listtyp != null && !punkter.isEmpty()) {
            ut.append('<').append(listtyp).append('>');
            for (StringBuilder p : punkter) {
                Citathanvisning ensam = ensam(p.toString());
                ut.append("<li>").append(ensam != null ? citat.apply(new Citatstalle(ensam, "", Citatstalle.Plats.ENSAM_I_PUNKT))
                        : rader(p.toString(), citat)).append("</li>");
            }
            ut.append("</").append(listtyp).append(">\n");
            punkter.clear();
        }
        return null;
    }

    /** The citation that is all of {@code text} (but white space), or null. */
    private static Citathanvisning ensam(String text) {
        Matcher m = Citathanvisning.MONSTER.matcher(text.strip());
        return m.matches() ? Citathanvisning.av(m) : null;
    }

    /** Lines of one block, joined by line breaks. */
    private static String rader(String block, Function<Citatstalle, String> citat) {
        StringBuilder ut = new StringBuilder();
        String[] rader = block.split("\n");
        for (int i = 0; i < rader.length; i++) {
            if (i > 0) {
                ut.append("<br/>");
            }
            ut.append(rad(rader[i], citat));
        }
        return ut.toString();
    }

    /** One line: citations replaced, the text between them escaped and then given emphasis. */
    private static String rad(String rad, Function<Citatstalle, String> citat) {
        StringBuilder ut = new StringBuilder();
        Matcher m = Citathanvisning.MONSTER.matcher(rad);
        int fran = 0;
        while (m.find()) {
            ut.append(betoning(escape(rad.substring(fran, m.start()))));
            ut.append(citat.apply(new Citatstalle(Citathanvisning.av(m), rad.substring(0, m.start()), Citatstalle.Plats.I_TEXT)));
            fran = m.end();
        }
        ut.append(betoning(escape(rad.substring(fran))));
        return ut.toString();
    }

    private static String betoning(String escaped) {
        String fet = FET.matcher(escaped).replaceAll("<strong>$1</strong>");
        return KURSIV.matcher(fet).replaceAll("<em>$1</em>");
    }

    /** Escapes text for XHTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder ut = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> ut.append("&amp;");
                case '<' -> ut.append("&lt;");
                case '>' -> ut.append("&gt;");
                case '"' -> ut.append("&quot;");
                case '\'' -> ut.append("&#39;");
                default -> ut.append(c);
            }
        }
        return ut.toString();
    }
}
