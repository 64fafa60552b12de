package se.remiss.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diarienummer format of one registry series, written as a pattern such as
 * {@code "{KOD}-{NR}/{ÅR}"}. Placeholders: {@code {ÅR}} four-digit year, {@code {ÅR2}} two-digit
 * year, {@code {NR}} running number, {@code {NR:n}} running number zero-padded to n digits (1–9),
 * {@code {KOD}} classification code. {@code {AR}} and {@code {AR2}} are accepted for keyboards
 * without Å, and placeholder names are case-insensitive. Everything else is literal text. The
 * "Dnr" label in front of a number is not part of the format.
 *
 * <p>Immutable and thread-safe; two formats are equal when their patterns are.
 */
public final class DiarienummerFormat {

    /** A pasted number often carries a non-breaking space (from word processors): treat it as one. */
    private static final Pattern BLANKSTEG = Pattern.compile("[\\s\\u00A0]+");
    /** "Dnr", "dnr:", "Dnr :" in front of a number. The label must end in a colon or a space. */
    private static final Pattern ETIKETT = Pattern.compile("^dnr(?:\\s*:|\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final String KODTECKEN = "[0-9A-Za-zÅÄÖåäö.]";
    /** Two-digit years above this are 19xx, the rest 20xx (so "04" is 2004 and "98" is 1998). */
    private static final int SISTA_AR2_I_2000_TALET = 50;

    private enum Typ { AR, AR2, NR, KOD }

    /** One piece of the pattern: literal text (typ null) or a placeholder. */
    private record Del(Typ typ, String text, int bredd) {
    }

    /** A diarienummer taken apart. {@code ar} is null when the format has no year, {@code kod} when it has no code. */
    public record Delar(Integer ar, long lopnummer, String kod) {
    }

    private final String monster;
    private final List<Del> delar;
    private final Pattern regex;
    /** {@code AR}, {@code AR2} or null: which year placeholder the format has. */
    private final Typ arTyp;
    private final boolean kraverKod;

    private DiarienummerFormat(String monster, List<Del> delar) {
        this.monster = monster;
        this.delar = List.copyOf(delar);
        this.regex = byggRegex(this.delar);
        this.arTyp = delar.stream().map(Del::typ).filter(t -> t == Typ.AR || t == Typ.AR2).findFirst().orElse(null);
        this.kraverKod = delar.stream().anyMatch(d -> d.typ() == Typ.KOD);
    }

    /**
     * Reads a pattern. Leading and trailing whitespace is dropped, since a formatted number is
     * always trimmed when it is read back.
     *
     * @throws IllegalArgumentException with a Swedish message fit to show next to the field
     */
    public static DiarienummerFormat tolka(String monster) {
        if (monster == null || monster.isBlank()) {
            throw new IllegalArgumentException("Ange ett format för diarienumret, till exempel {ÅR}-{NR}.");
        }
        String text = monster.strip();
        List<Del> delar = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char tecken = text.charAt(i);
            if (tecken == '}') {
                throw new IllegalArgumentException("Obalanserad klammer: \"}\" på position " + (i + 1)
                        + " saknar en inledande \"{\".");
            }
            if (tecken != '{') {
                literal.append(tecken);
                i++;
                continue;
            }
            int slut = text.indexOf('}', i + 1);
            int nastaStart = text.indexOf('{', i + 1);
            if (slut < 0 || (nastaStart >= 0 && nastaStart < slut)) {
                throw new IllegalArgumentException("Obalanserad klammer: \"{\" på position " + (i + 1)
                        + " stängs aldrig med \"}\".");
            }
            if (literal.length() > 0) {
                delar.add(new Del(null, literal.toString(), 0));
                literal.setLength(0);
            }
            delar.add(platshallare(text.substring(i + 1, slut)));
            i = slut + 1;
        }
        if (literal.length() > 0) {
            delar.add(new Del(null, literal.toString(), 0));
        }
        kontrolleraAntal(delar);
        return new DiarienummerFormat(text, delar);
    }

    private static Del platshallare(String namn) {
        String stort = namn.toUpperCase(Locale.ROOT);
        return switch (stort) {
            case "ÅR", "AR" -> new Del(Typ.AR, null, 0);
            case "ÅR2", "AR2" -> new Del(Typ.AR2, null, 0);
            case "NR" -> new Del(Typ.NR, null, 0);
            case "KOD" -> new Del(Typ.KOD, null, 0);
            default -> {
                if (!stort.startsWith("NR:")) {
                    throw new IllegalArgumentException("Okänd platshållare {" + namn
                            + "} – tillåtna är {ÅR}, {ÅR2}, {NR}, {NR:n} (n = 1–9) och {KOD}.");
                }
                String siffror = stort.substring("NR:".length());
                int bredd = siffror.matches("[0-9]{1,3}") ? Integer.parseInt(siffror) : -1;
                if (bredd < 1 || bredd > 9) {
                    throw new IllegalArgumentException("Utfyllnaden i {" + namn
                            + "} måste vara ett antal siffror från 1 till 9, till exempel {NR:4}.");
                }
                yield new Del(Typ.NR, null, bredd);
            }
        };
    }

    /** Exactly one running number; at most one year and one code, so reading a number back is unambiguous. */
    private static void kontrolleraAntal(List<Del> delar) {
        long nr = delar.stream().filter(d -> d.typ() == Typ.NR).count();
        long ar = delar.stream().filter(d -> d.typ() == Typ.AR || d.typ() == Typ.AR2).count();
        long kod = delar.stream().filter(d -> d.typ() == Typ.KOD).count();
        if (nr == 0) {
            throw new IllegalArgumentException("Formatet måste innehålla löpnumret {NR} (eller {NR:n} för n siffror).");
        }
        if (nr > 1) {
            throw new IllegalArgumentException("Formatet får bara innehålla ett löpnummer ({NR} eller {NR:n}).");
        }
        if (ar > 1) {
            throw new IllegalArgumentException("Formatet får bara innehålla ett år ({ÅR} eller {ÅR2}).");
        }
        if (kod > 1) {
            throw new IllegalArgumentException("Formatet får bara innehålla en {KOD}.");
        }
    }

    private static Pattern byggRegex(List<Del> delar) {
        StringBuilder regex = new StringBuilder("^");
        for (Del del : delar) {
            if (del.typ() == null) {
                // Numbers are read back with whitespace collapsed, so the literal is collapsed too.
                regex.append(Pattern.quote(BLANKSTEG.matcher(del.text()).replaceAll(" ")));
                continue;
            }
            regex.append(switch (del.typ()) {
                case AR -> "(?<ar>\\d{4})";
                case AR2 -> "(?<ar2>\\d{2})";
                // A padded number outgrows its width rather than being cut, so allow more digits.
                case NR -> del.bredd() == 0 ? "(?<nr>\\d+)" : "(?<nr>\\d{" + del.bredd() + ",})";
                // Non-greedy so that "1.5.3-219-2012" splits at the first separator after the code.
                case KOD -> "(?<kod>" + KODTECKEN + "+?)";
            });
        }
        return Pattern.compile(regex.append('$').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String monster() {
        return monster;
    }

    public boolean kraverKod() {
        return kraverKod;
    }

    /**
     * The diarienummer for one year and running number. {@code kod} is used only when the format has
     * {@code {KOD}}. A code with characters other than letters, digits and dots is written as given,
     * but {@link #tolkaNummer(String)} will not recognise the result.
     *
     * @throws IllegalArgumentException if the format needs a code and none is given, the running
     *         number is below 1 or the format has a year and {@code ar} does not have four digits
     */
    public String formatera(int ar, long lopnummer, String kod) {
        if (lopnummer < 1) {
            throw new IllegalArgumentException("Löpnumret måste vara minst 1.");
        }
        if (arTyp != null && (ar < 1000 || ar > 9999)) {
            throw new IllegalArgumentException("Året måste ha fyra siffror.");
        }
        if (kraverKod && (kod == null || kod.isBlank())) {
            throw new IllegalArgumentException("Formatet kräver en klassificeringskod.");
        }
        StringBuilder dnr = new StringBuilder();
        for (Del del : delar) {
            if (del.typ() == null) {
                dnr.append(del.text());
                continue;
            }
            dnr.append(switch (del.typ()) {
                case AR -> Integer.toString(ar);
                // Locale.ROOT: some locales format digits in other scripts.
                case AR2 -> String.format(Locale.ROOT, "%02d", ar % 100);
                case NR -> del.bredd() == 0 ? Long.toString(lopnummer)
                        : String.format(Locale.ROOT, "%0" + del.bredd() + "d", lopnummer);
                case KOD -> kod.strip();
            });
        }
        return dnr.toString();
    }

    /** A sample number for the administration page: year 2006, running number 42, code "1.5.3". */
    public String exempel() {
        return formatera(2006, 42, "1.5.3");
    }

    /**
     * Takes a diarienummer of this format apart. Accepts a leading "Dnr"/"Dnr:" label in any case,
     * surrounding whitespace and literal text in any case. Two-digit years above 50 are read as 19xx,
     * the others as 20xx: registries using {@code {ÅR2}} date from the 1990s and 2000s.
     */
    public Optional<Delar> tolkaNummer(String dnr) {
        if (dnr == null) {
            return Optional.empty();
        }
        String text = BLANKSTEG.matcher(dnr).replaceAll(" ").strip();
        Optional<Delar> delar = matcha(text);
        // Try without the label only second, in case a format's own literal text starts with "dnr".
        return delar.isPresent() ? delar : matcha(ETIKETT.matcher(text).replaceFirst(""));
    }

    private Optional<Delar> matcha(String text) {
        Matcher m = regex.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer ar = null;
        if (arTyp == Typ.AR) {
            ar = Integer.valueOf(m.group("ar"));
        } else if (arTyp == Typ.AR2) {
            int tvaSiffror = Integer.parseInt(m.group("ar2"));
            ar = (tvaSiffror > SISTA_AR2_I_2000_TALET ? 1900 : 2000) + tvaSiffror;
        }
        long lopnummer;
        try {
            lopnummer = Long.parseLong(m.group("nr"));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than a long holds: not a number we issued
        }
        if (lopnummer < 1) {
            return Optional.empty();
        }
        return Optional.of(new Delar(ar, lopnummer, kraverKod ? m.group("kod") : null));
    }

    /**
     * The search form of a diarienummer: without a leading "dnr"/"dnr:" label, lower case,
     * whitespace collapsed to single spaces and trimmed. "Dnr: 302-260-04" gives "302-260-04".
     */
    public static String normalisera(String dnr) {
        if (dnr == null) {
            return "";
        }
        String text = BLANKSTEG.matcher(dnr).replaceAll(" ").strip();
        text = ETIKETT.matcher(text).replaceFirst("");
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object annan) {
        return annan instanceof DiarienummerFormat format && monster.equals(format.monster);
    }

    @Override
    public int hashCode() {
        return monster.hashCode();
    }

    @Override
    public String toString() {
        return monster;
    }
}
