package se.remiss.utlatande;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What differs between two saved versions of a draft, field by field, with word differences for texts. */
public final class Versionsjamforelse {

    /** One changed field; {@code bitar} shows the change word by word. */
    public record Faltandring(String falt, String etikett, List<Textskillnad.Bit> bitar) {
    }

    private Versionsjamforelse() {
    }

    /** {@code rubriker}: section key → heading, for naming sections; unknown keys are named by key. */
    public static List<Faltandring> mellan(Utlatandeversion fore, Utlatandeversion efter, Map<String, String> rubriker) {
        List<Faltandring> andringar = new ArrayList<>();
        falt(andringar, "stallningstagande", "Ställningstagande", etikett(fore.stallningstagande),
                etikett(efter.stallningstagande));
        falt(andringar, "datum", "Datum", Objects.toString(fore.datum, ""), Objects.toString(efter.datum, ""));
        falt(andringar, "amne", "Ämne", fore.amne, efter.amne);
        falt(andringar, "underskrifter", "Undertecknare", fore.underskrifter, efter.underskrifter);
        TreeSet<String> nycklar = new TreeSet<>(fore.texter.keySet());
        nycklar.addAll(efter.texter.keySet());
        List<String> ordning = new ArrayList<>(rubriker.keySet().stream().filter(nycklar::contains).toList());
        nycklar.stream().filter(n -> !ordning.contains(n)).forEach(ordning::add);
        for (String nyckel : ordning) {
            falt(andringar, "avsnitt." + nyckel, rubriker.getOrDefault(nyckel, nyckel),
                    fore.texter.getOrDefault(nyckel, ""), efter.texter.getOrDefault(nyckel, ""));
        }
        return andringar;
    }

    private static void falt(List<Faltandring> andringar, String falt, String etikett, String fore, String efter) {
        if (!Textskillnad.lika(fore, efter)) {
            andringar.add(new Faltandring(falt, etikett, Textskillnad.mellan(fore, efter)));
        }
    }

    private static String etikett(Stallningstagande s) {
        return s == null ? "" : s.etikett;
    }
}
