package se.remiss.utlatande;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.program.Avsnitt;

/**
 * How a resolved citation reads in the document, worded to fit the sentence around it (issue 14):
 * <ul>
 *   <li>a section: "avsnitt 5.4 (Vård och behandling)"; after the word "avsnitt" or "avsnittet" in the
 *       text only "5.4 (Vård och behandling)", so "avsnitt [[5.4]]" never reads "avsnitt avsnitt";</li>
 *   <li>a commitment inside a sentence: its reference, "åtagande 3 i avsnitt 5.4 (Vård och
 *       behandling)" (after "åtagande"/"åtagandet" without the word) – not its whole text mid-sentence;</li>
 *   <li>a commitment after a colon, or alone in a list item: the quotation with its reference,
 *       ”Stadsdelsnämnderna ska …” (avsnitt 5.4, åtagande 3);</li>
 *   <li>a commitment as a paragraph of its own: a block quotation with its reference below it.</li>
 * </ul>
 * A citation that opens a sentence starts with a capital. Everything is escaped; the result is XHTML.
 */
public final class Citatform {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final Pattern SISTA_ORD = Pattern.compile("(\\p{L}+)\\s*$");
    private static final Pattern NUMRERAT = Pattern.compile("\\d+(\\.\\d+)*");

    private Citatform() {
    }

    /** The citation's HTML at {@code stalle}: inline, or a block for {@link Citatstalle.Plats#ENSAM_STYCKE}. */
    public static String html(Citatupplosare.Upplost upplost, Citatstalle stalle) {
        if (!upplost.upplost()) {
            String kod = "<span class=\"citat ej-upplost\" title=\"" + Textformat.escape(upplost.fel()) + "\">"
                    + Textformat.escape(upplost.hanvisning().kod()) + "</span>";
            return stalle.plats() == Citatstalle.Plats.ENSAM_STYCKE ? "<p>" + kod + "</p>" : kod;
        }
        String text = text(upplost, stalle);
        if (stalle.plats() == Citatstalle.Plats.ENSAM_STYCKE) {
            if (upplost.krav() != null) {
                return "<blockquote class=\"citat\"><p>" + Textformat.escape(citattecken(upplost.krav())) + "</p>"
                        + "<p class=\"kalla\">– " + Textformat.escape(stor(kalla(upplost))) + "</p></blockquote>";
            }
            return "<p><span class=\"citat\">" + Textformat.escape(text) + "</span></p>";
        }
        return "<span class=\"citat\">" + Textformat.escape(text) + "</span>";
    }

    /** The wording as plain text (the block form's text is the quotation and its source on one line). */
    public static String text(Citatupplosare.Upplost upplost, Citatstalle stalle) {
        if (!upplost.upplost()) {
            return upplost.hanvisning().kod();
        }
        String fore = stalle.fore() == null ? "" : stalle.fore();
        String foregaende = foregaendeOrd(fore);
        String text;
        if (upplost.krav() == null) {
            text = avsnitt(upplost.avsnitt(), foregaende.startsWith("avsnitt"));
        } else if (stalle.plats() != Citatstalle.Plats.I_TEXT || fore.stripTrailing().endsWith(":")) {
            text = citattecken(upplost.krav()) + " (" + kortKalla(upplost) + ")";
        } else {
            String ref = upplost.hanvisning().atagande() + " i " + avsnitt(upplost.avsnitt(), false);
            text = foregaende.startsWith("åtagande") ? ref : "åtagande " + ref;
        }
        return meningsborjan(fore) ? stor(text) : text;
    }

    /** "avsnitt 5.4 (Vård och behandling)" / "avsnittet ”Bakgrund”"; without the noun when the text already said it. */
    static String avsnitt(Avsnitt a, boolean utanOrd) {
        boolean numrerat = NUMRERAT.matcher(a.nyckel()).matches();
        String rubrik = a.rubrik() == null ? "" : a.rubrik().strip();
        if (numrerat) {
            return (utanOrd ? "" : "avsnitt ") + a.nyckel() + (rubrik.isEmpty() ? "" : " (" + rubrik + ")");
        }
        return (utanOrd ? "" : "avsnittet ") + "”" + rubrik + "”";
    }

    /** The source of a quoted commitment: "avsnitt 5.4 (Vård och behandling), åtagande 3". */
    private static String kalla(Citatupplosare.Upplost u) {
        return avsnitt(u.avsnitt(), false) + ", åtagande " + u.hanvisning().atagande();
    }

    /** The source in brackets after an inline quotation, without the heading: "avsnitt 5.4, åtagande 3". */
    private static String kortKalla(Citatupplosare.Upplost u) {
        Avsnitt a = u.avsnitt();
        String avsnitt = NUMRERAT.matcher(a.nyckel()).matches() ? "avsnitt " + a.nyckel() : avsnitt(a, false);
        return avsnitt + ", åtagande " + u.hanvisning().atagande();
    }

    private static String citattecken(String text) {
        return "”" + text.strip() + "”";
    }

    private static String foregaendeOrd(String fore) {
        Matcher m = SISTA_ORD.matcher(fore);
        return m.find() ? m.group(1).toLowerCase(SVENSKA) : "";
    }

    /** At the start of the text or after a full stop, question or exclamation mark. */
    private static boolean meningsborjan(String fore) {
        String f = fore.strip();
        return f.isEmpty() || f.endsWith(".") || f.endsWith("!") || f.endsWith("?");
    }

    private static String stor(String text) {
        return text.isEmpty() || text.startsWith("”") ? text : text.substring(0, 1).toUpperCase(SVENSKA) + text.substring(1);
    }
}
