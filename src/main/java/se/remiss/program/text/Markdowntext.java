package se.remiss.program.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown reduced to plain text, line by line, with patterns that stay linear on hostile input. */
final class Markdowntext {
    private Markdowntext() {
    }

    private static final Pattern MD_RUBRIK = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern MD_LINJE = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|=+[ \\t]*)$");
    private static final Pattern MD_CITAT = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern MD_PUNKT = Pattern.compile("^([ \\t]*)[-*+][ \\t]+");
    private static final Pattern MD_BILD = Pattern.compile("!\\[([^\\[\\]\\n]*)\\]\\([^()\\n]*\\)");
    private static final Pattern MD_LANK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\([^()\\s]*(?:[ \\t]+\"[^\"\\n]*\")?\\)");
    // Emphasis patterns never look past the next delimiter, so a long line full of unmatched
    // delimiters costs linear time, not quadratic.
    private static final Pattern MD_FET = Pattern.compile("\\*\\*(?=\\S)((?:(?!\\*\\*)[^\\n])+?)(?<=\\S)\\*\\*");
    private static final Pattern MD_FET_STRECK = Pattern.compile("(?<!\\w)__(?=\\S)((?:(?!__)[^\\n])+?)(?<=\\S)__(?!\\w)");
    private static final Pattern MD_KURSIV_STJARNA = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])([^*\\n]*?[^\\s*\\\\])?\\*(?![\\w*])");
    private static final Pattern MD_KURSIV_STRECK = Pattern.compile("(?<![\\w\\\\])_(?=[^\\s_])([^_\\n]*?[^\\s_\\\\])?_(?!\\w)");
    private static final Pattern MD_KOD = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

    /**
     * Markdown to plain text: heading hashes removed ("## 5.3 Uppsökande arbete" → "5.3 Uppsökande
     * arbete"), "- " / "* " / "+ " bullets → "• ", emphasis, links, inline code and block quotes
     * reduced to their text, rules and fence lines dropped. Numbered lists stay as written.
     */
    static String tillText(String md, Avbrott avbrott) {
        StringBuilder ut = new StringBuilder(md.length());
        boolean kodblock = false;
        for (String rad : md.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            avbrott.kontrollera();
            String r = rad;
            String stripped = r.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                kodblock = !kodblock;
                ut.append('\n');
                continue;
            }
            if (kodblock) {
                ut.append(r).append('\n');
                continue;
            }
            Matcher m;
            while ((m = MD_CITAT.matcher(r)).find()) {
                r = r.substring(m.end());
            }
            if (MD_LINJE.matcher(r).matches()) {
                ut.append('\n');
                continue;
            }
            m = MD_RUBRIK.matcher(r);
            if (m.matches()) {
                r = m.group(1) == null ? "" : m.group(1);
            } else {
                m = MD_PUNKT.matcher(r);
                if (m.find()) {
                    r = m.group(1) + "• " + r.substring(m.end());
                }
            }
            r = MD_BILD.matcher(r).replaceAll("$1");
            r = MD_LANK.matcher(r).replaceAll("$1");
            r = MD_KOD.matcher(r).replaceAll("$1");
            r = MD_FET.matcher(r).replaceAll("$1");
            r = MD_FET_STRECK.matcher(r).replaceAll("$1");
            r = MD_KURSIV_STJARNA.matcher(r).replaceAll("$1");
            r = MD_KURSIV_STRECK.matcher(r).replaceAll("$1");
            r = MD_ESCAPE.matcher(r).replaceAll("$1");
            ut.append(r).append('\n');
        }
        return ut.toString();
    }
}
