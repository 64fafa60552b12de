package se.remiss.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of bodies (nämnder, bolag, styrelser, kontor, förvaltningar, the city itself) in
 * programme text, and who a commitment is addressed to.
 *
 * <p>A body name is recognised by its form, not looked up, so the parser needs no register: a word
 * ending in -nämnd (with its endings), -styrelse, -kontoret, -förvaltning or -departementet (a
 * government department such as Kulturdepartementet, which the register does not hold), the word bostadsbolag,
 * "Stockholms stad", and the city's collective phrases "Stockholms stads nämnder och bolag" and
 * "Stadens bostadsbolag". Names are returned as written but in base form: a genitive -s is
 * dropped ("Socialtjänstnämndens prostitutionsenhet" names Socialtjänstnämnden, "Stockholms stads
 * etiska regler" names Stockholms stad) and the first letter is capitalised.
 */
final class Organnamn {

    private static final String AGARE = "(?:stockholms stads|stadens)(?: alla| samtliga)?";

    /** Longest first: a collective phrase wins over the words inside it. */
    private static final Pattern NAMN = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + AGARE + " nämnder och bolag"
            + "|" + AGARE + " \\p{L}*(?:nämnder|bolag)"
            + "|stockholms stads?"
            + "|\\p{L}+nämnd(?:erna|er|en)?s?"
            + "|\\p{L}*bostadsbolag(?:en|et)?s?"
            + "|\\p{L}+styrelsen?s?"
            + "|\\p{L}+kontorets?"
            + "|\\p{L}+förvaltning(?:arna|en)?s?"
            + "|\\p{L}+departement(?:et|en)?s?"
            + ")(?!\\p{L})");

    /** A genitive -s after one of these endings is dropped. */
    private static final Pattern GENITIV = Pattern.compile(
            "(?iu)(.*(?:nämnd|nämnden|nämnder|nämnderna|bolag|bolagen|bolaget|styrelse|styrelsen|kontoret"
                    + "|förvaltning|förvaltningen|förvaltningarna|departement|departementet|stockholms stad))s");

    private static final Pattern SKA = Pattern.compile("(?iu)(?<!\\p{L})(?:ska|skall)(?!\\p{L})");
    private static final Pattern SAMORDNAT = Pattern.compile("(?iu).*(?<!\\p{L})(?:och|samt)$");

    private Organnamn() {
    }

    /** The bodies named in the text, in order of first mention, each once. */
    static List<String> i(String text) {
        Map<String, String> namn = new LinkedHashMap<>();
        Matcher m = NAMN.matcher(text);
        while (m.find()) {
            String grundform = grundform(m.group());
            namn.putIfAbsent(grundform.toLowerCase(Locale.ROOT), grundform);
        }
        return new ArrayList<>(namn.values());
    }

    /**
     * Who a commitment is addressed to.
     * <ul>
     *   <li>With "ska"/"skall": the bodies named before it, the subject of the obligation
     *       ("Socialtjänstnämnden och stadsdelsnämnderna ska …"; "Socialtjänstnämndens ungdomsuppsökare
     *       och uppsökare vid stadsdelsnämnderna ska …" obliges both). Bodies after it are objects
     *       ("… ska bistå stadsdelsnämnderna") and do not count.</li>
     *   <li>When "ska" follows "och"/"samt", it continues an earlier predicate ("Socialtjänstnämndens
     *       prostitutionsenhet utgör … till stadsdelsnämndernas utbud … och ska bistå …"): only the
     *       opening noun phrase is the subject, so only the first body named counts.</li>
     *   <li>Without "ska" (the two commitments of 5.5 in seed 004): every body the text names, since
     *       such a sentence states who does what ("… socialtjänstnämndens socialjour … överlämnas
     *       ärendet till ansvarig stadsdelsnämnd").</li>
     * </ul>
     */
    static List<String> adressaterFor(String kravtext) {
        Matcher ska = SKA.matcher(kravtext);
        if (!ska.find()) {
            return i(kravtext);
        }
        String subjekt = kravtext.substring(0, ska.start()).strip();
        List<String> namn = i(subjekt);
        if (SAMORDNAT.matcher(subjekt).matches() && namn.size() > 1) {
            return List.of(namn.get(0));
        }
        return namn;
    }

    /**
     * A sentence that obliges a body: it has "ska"/"skall" and its subject opens with a body name
     * ("Kommunstyrelsen ska …", "Socialtjänstnämndens prostitutionsenhet ska …"). "Enligt Stockholms
     * stads handlingsprogram … ska allt arbete …" does not: the city is not its subject.
     */
    static boolean obligerarOrgan(String mening) {
        Matcher ska = SKA.matcher(mening);
        if (!ska.find()) {
            return false;
        }
        Matcher namn = NAMN.matcher(mening.substring(0, ska.start()));
        return namn.find() && namn.start() == 0;
    }

    private static String grundform(String namn) {
        String utan = namn.replaceAll("\\s+", " ");
        Matcher genitiv = GENITIV.matcher(utan);
        if (genitiv.matches()) {
            utan = genitiv.group(1);
        }
        return utan.substring(0, 1).toUpperCase(Locale.forLanguageTag("sv")) + utan.substring(1);
    }
}
