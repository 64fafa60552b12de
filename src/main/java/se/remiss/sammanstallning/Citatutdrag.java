package se.remiss.sammanstallning;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.utlatande.Citathanvisning;

/**
 * The sentences of a statement in which it cites the programme: for each citation ({@code [[5.3]]},
 * {@code [[5.3#2]]}) the whole sentence around it, as the document reads – the citation replaced
 * by its wording, the markup (emphasis, list marks) removed. A list item or a paragraph is never
 * left: a citation in a heading-less bullet gives that bullet's sentence.
 */
public final class Citatutdrag {

    /** One citation and the sentence it stands in. */
    public record Utdrag(Citathanvisning hanvisning, String mening) {
    }

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final Pattern PUNKT = Pattern.compile("^\\s*(?:[-*•]|\\d{1,3}[.)])\\s+");
    private static final Pattern PLATS = Pattern.compile("\uE000(\\d+)\uE001");

    private Citatutdrag() {
    }

    /**
     * The citations of {@code text} (the markup of one section) with their sentences, in order;
     * {@code lydelse} words a citation as the document does ("avsnitt 5.3 Uppsökande arbete").
     */
    public static List<Utdrag> i(String text, Function<Citathanvisning, String> lydelse) {
        List<Utdrag> utdrag = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return utdrag;
        }
        for (String enhet : enheter(text)) {
            List<Citathanvisning> hanvisningar = new ArrayList<>();
            StringBuilder utan = new StringBuilder();
            Matcher m = Citathanvisning.MONSTER.matcher(enhet);
            while (m.find()) {
                // A place-holder without a full stop, so that "5.3" cannot end a sentence.
                m.appendReplacement(utan, "\uE000" + hanvisningar.size() + "\uE001");
                hanvisningar.add(Citathanvisning.av(m));
            }
            if (hanvisningar.isEmpty()) {
                continue;
            }
            m.appendTail(utan);
            String rad = utan.toString();
            BreakIterator meningar = BreakIterator.getSentenceInstance(SVENSKA);
            meningar.setText(rad);
            for (int start = meningar.first(), slut = meningar.next(); slut != BreakIterator.DONE;
                    start = slut, slut = meningar.next()) {
                String mening = rad.substring(start, slut);
                Matcher p = PLATS.matcher(mening);
                List<Citathanvisning> iMeningen = new ArrayList<>();
                StringBuilder lasbar = new StringBuilder();
                while (p.find()) {
                    Citathanvisning h = hanvisningar.get(Integer.parseInt(p.group(1)));
                    iMeningen.add(h);
                    p.appendReplacement(lasbar, Matcher.quoteReplacement(lydelse.apply(h)));
                }
                p.appendTail(lasbar);
                String ren = utanMarkering(lasbar.toString());
                for (Citathanvisning h : iMeningen) {
                    utdrag.add(new Utdrag(h, ren));
                }
            }
        }
        return utdrag;
    }

    /** Paragraphs (their lines joined) and list items, each on its own. */
    static List<String> enheter(String text) {
        List<String> enheter = new ArrayList<>();
        StringBuilder stycke = new StringBuilder();
        for (String rad : text.replace("\r\n", "\n").split("\n")) {
            boolean punkt = PUNKT.matcher(rad).find();
            if (rad.isBlank() || punkt) {
                if (!stycke.isEmpty()) {
                    enheter.add(stycke.toString());
                    stycke.setLength(0);
                }
            }
            if (punkt) {
                stycke.append(PUNKT.matcher(rad).replaceFirst(""));
            } else if (!rad.isBlank()) {
                stycke.append(stycke.isEmpty() ? "" : " ").append(rad.strip());
            }
        }
        if (!stycke.isEmpty()) {
            enheter.add(stycke.toString());
        }
        return enheter;
    }

    /** Emphasis marks (*, **) removed, white space folded. */
    static String utanMarkering(String text) {
        return text.replaceAll("\\*{1,2}(\\S(?:.*?\\S)?)\\*{1,2}", "$1").replaceAll("\\s+", " ").strip();
    }
}
