package se.remiss.utlatande;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Swedish phrasing a generated document needs: names in running text, headings, numbers, dates. */
public final class Sprak {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAG_OCH_MANAD = DateTimeFormatter.ofPattern("d MMMM", SVENSKA);
    private static final DateTimeFormatter LANGT = DateTimeFormatter.ofPattern("d MMMM yyyy", SVENSKA);
    private static final String[] UTRUM = {"noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
        "tio", "elva", "tolv"};
    private static final Pattern SKRIVELSE = Pattern.compile("(?i)^skrivelse från .+? om (.+)$");
    /** A remiss title that already says "remiss": "Remiss av …", "Remiss om …", "Remiss – …", "Remissen angående …". */
    private static final Pattern REMISS = Pattern.compile(
            "(?iu)^remiss(?:en)?(?:\\s*[-–—:]\\s*|\\s+(?:av|om|angående|gällande|avseende|rörande|över|beträffande)\\s+)(.+)$");

    private Sprak() {
    }

    /**
     * The text with a lower-case first letter, for use inside a sentence ("Revidering av …" →
     * "revidering av …"); left alone when the second letter is a capital too (an abbreviation).
     */
    public static String gemenInledning(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * An organisation's name inside a sentence: a one-word name is a common noun written in lower
     * case ("till socialtjänstförvaltningen"), a name of several words keeps its capital ("Vantörs
     * stadsdelsförvaltning").
     */
    public static String iLopandeText(String namn) {
        if (namn == null) {
            return "";
        }
        return namn.strip().contains(" ") ? namn.strip() : gemenInledning(namn.strip());
    }

    /** "Stadsdelsförvaltningens synpunkter" for a district office, as seed 000; otherwise "Förvaltningens synpunkter". */
    public static String synpunktsrubrik(String forvaltning) {
        String namn = forvaltning == null ? "" : forvaltning.strip().toLowerCase(SVENSKA);
        if (namn.endsWith("stadsdelsförvaltning") || namn.endsWith("stadsdelsförvaltningen")) {
            return "Stadsdelsförvaltningens synpunkter";
        }
        if (namn.endsWith("kontor") || namn.endsWith("kontoret")) {
            return "Kontorets synpunkter";
        }
        if (namn.startsWith("ab ") || namn.endsWith(" ab") || namn.contains("bolag")) {
            return "Bolagets synpunkter";
        }
        return "Förvaltningens synpunkter";
    }

    /** A number in words up to twelve ("fem delar"), {@code ett} for one of a neuter noun ("ett mål"); digits above. */
    public static String talord(int n, boolean neutrum) {
        if (n == 1 && neutrum) {
            return "ett";
        }
        return n >= 0 && n < UTRUM.length ? UTRUM[n] : String.valueOf(n);
    }

    /**
     * What the case is about, to follow "remissen om" or "skrivelsen om": a remiss title in lower
     * case; for a skrivelse the part after "om" in "Skrivelse från X om …"; for a title that already
     * says "Remiss av …" (or om, angående, "Remiss – …") what follows, so the document never reads
     * "remissen om remiss av …". What follows "av" is kept as written (it may start with a name).
     */
    public static String amne(String rubrik) {
        if (rubrik == null) {
            return "";
        }
        String titel = rubrik.strip();
        Matcher m = SKRIVELSE.matcher(titel);
        if (m.matches()) {
            return m.group(1);
        }
        Matcher remiss = REMISS.matcher(titel);
        if (remiss.matches()) {
            String rest = remiss.group(1).strip();
            // After a dash or colon the rest is a title of its own, with a capital to lower.
            return titel.substring(0, remiss.start(1)).matches("(?iu)remiss(?:en)?\\s*[-–—:]\\s*") ? gemenInledning(rest)
                    : rest;
        }
        return gemenInledning(titel);
    }

    /** "4 november 2003", or "" for no date. */
    public static String datum(LocalDate datum) {
        return datum == null ? "" : LANGT.format(datum);
    }

    /**
     * The deadline sentence of seed 000: "Remisstiden för kontorsutlåtandet är senast den 27 mars och
     * för nämndprotokollet den 30 mars år 2006." The year is said once when both days fall in it.
     * Empty when either deadline is missing.
     */
    public static String fristmening(LocalDate kontorsutlatande, LocalDate namndprotokoll) {
        if (kontorsutlatande == null || namndprotokoll == null) {
            return "";
        }
        String forsta = DAG_OCH_MANAD.format(kontorsutlatande);
        String andra = DAG_OCH_MANAD.format(namndprotokoll) + " år " + namndprotokoll.getYear();
        if (kontorsutlatande.getYear() != namndprotokoll.getYear()) {
            forsta += " år " + kontorsutlatande.getYear();
        }
        return "Remisstiden för kontorsutlåtandet är senast den " + forsta + " och för nämndprotokollet den " + andra + ".";
    }
}
