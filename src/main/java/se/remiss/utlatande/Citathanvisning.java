package se.remiss.utlatande;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of the remitted programme as the handläggare types it: {@code [[5.3]]} cites section
 * 5.3, {@code [[5.3#2]]} the second commitment of section 5.3. The key is the section's stable key
 * (see {@link se.remiss.program.Avsnitt}), so a citation survives a new programme version as long
 * as the section keeps its number.
 *
 * @param avsnitt  the section's key, e.g. "5.3", "IM1", "1/bakgrund"
 * @param atagande the commitment's position within the section, from 1; null for the section itself
 */
public record Citathanvisning(String avsnitt, Integer atagande) {

    /** Spaces inside the brackets are forgiven; a key never contains brackets, '#' or white space. */
    public static final Pattern MONSTER = Pattern.compile("\\[\\[\\s*([^\\[\\]#\\s]{1,200})\\s*(?:#\\s*(\\d{1,4})\\s*)?]]");

    /** The canonical way to write it, e.g. "[[5.3#2]]". */
    public String kod() {
        return "[[" + avsnitt + (atagande == null ? "" : "#" + atagande) + "]]";
    }

    public static Citathanvisning av(Matcher m) {
        return new Citathanvisning(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
    }

    /** The distinct citations in {@code text}, in order of first appearance. */
    public static List<Citathanvisning> i(String text) {
        Set<Citathanvisning> hittade = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = MONSTER.matcher(text);
            while (m.find()) {
                hittade.add(av(m));
            }
        }
        return new ArrayList<>(hittade);
    }
}
