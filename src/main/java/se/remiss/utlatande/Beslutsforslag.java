package se.remiss.utlatande;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Förslag till beslut" of a rendered tjänsteutlåtande as plain text: what the nämnd's decision
 * in the protokoll starts from ("Stadsdelsnämnden beslutar att åberopa förvaltningens
 * tjänsteutlåtande … som sitt svar på remissen").
 */
public final class Beslutsforslag {

    private static final Pattern AVSNITT = Pattern.compile(
            "<section class=\"avsnitt avsnitt-forslag\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern RUBRIK = Pattern.compile("<h2>.*?</h2>", Pattern.DOTALL);
    private static final Pattern STYCKESLUT = Pattern.compile("</p>|</li>|<br\\s*/?>");
    private static final Pattern TAGG = Pattern.compile("<[^>]+>");

    private Beslutsforslag() {
    }

    /** The section's text, paragraphs on lines of their own; "" when the document has none. */
    public static String ur(String html) {
        if (html == null) {
            return "";
        }
        Matcher m = AVSNITT.matcher(html);
        if (!m.find()) {
            return "";
        }
        String utanRubrik = RUBRIK.matcher(m.group(1)).replaceFirst("");
        String text = TAGG.matcher(STYCKESLUT.matcher(utanRubrik).replaceAll("\n")).replaceAll("");
        StringBuilder ut = new StringBuilder();
        for (String rad : avkoda(text).split("\n")) {
            String r = rad.replaceAll("\\s+", " ").strip();
            if (!r.isEmpty()) {
                ut.append(ut.isEmpty() ? "" : "\n").append(r);
            }
        }
        return ut.toString();
    }

    private static String avkoda(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
