package se.remiss.utlatande;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two texts word by word (Myers' algorithm, java-diff-utils), as runs of
 * unchanged, removed and added text for the version history and the conflict message.
 */
public final class Textskillnad {

    public enum Typ { SAMMA, BORTTAGET, TILLAGT }

    /** A run of text; white space is kept with the word before it, so joining the runs gives the texts back. */
    public record Bit(Typ typ, String text) {
        public boolean samma() {
            return typ == Typ.SAMMA;
        }

        public boolean borttaget() {
            return typ == Typ.BORTTAGET;
        }

        public boolean tillagt() {
            return typ == Typ.TILLAGT;
        }
    }

    private static final Pattern ORD = Pattern.compile("\\S+\\s*|\\s+");

    private Textskillnad() {
    }

    public static List<Bit> mellan(String fore, String efter) {
        List<String> a = ord(fore);
        List<String> b = ord(efter);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Bit> bitar = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            lagg(bitar, Typ.SAMMA, a.subList(i, start));
            lagg(bitar, Typ.BORTTAGET, d.getSource().getLines());
            lagg(bitar, Typ.TILLAGT, d.getTarget().getLines());
            i = start + d.getSource().size();
        }
        lagg(bitar, Typ.SAMMA, a.subList(i, a.size()));
        return bitar;
    }

    public static boolean lika(String fore, String efter) {
        return normal(fore).equals(normal(efter));
    }

    private static void lagg(List<Bit> bitar, Typ typ, List<String> ord) {
        if (ord.isEmpty()) {
            return;
        }
        String text = String.join("", ord);
        if (!bitar.isEmpty() && bitar.get(bitar.size() - 1).typ() == typ) {
            Bit sista = bitar.remove(bitar.size() - 1);
            text = sista.text() + text;
        }
        bitar.add(new Bit(typ, text));
    }

    private static List<String> ord(String text) {
        List<String> ord = new ArrayList<>();
        Matcher m = ORD.matcher(text == null ? "" : text);
        while (m.find()) {
            ord.add(m.group());
        }
        return ord;
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip();
    }
}
