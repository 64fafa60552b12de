package se.remiss.anvandare;

import java.util.Locale;
import java.util.Map;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;

/**
 * Filters and order for the administrator's list of users. Sort keys are whitelisted so that a URL
 * parameter never reaches the query as text; the default is by name, A–Ö.
 */
public record Anvandarfilter(Long organisation, String roll, Boolean aktiv, String sok, String sortering,
        boolean fallande) {

    static final Map<String, String> SORTERINGAR = Map.of(
            "namn", "lower(a.namn)",
            "anvandarnamn", "a.anvandarnamn",
            "organisation", "lower(a.organisation.namn)",
            "titel", "lower(a.titel)");

    /**
     * The filter from query parameters (page and API alike); a value that cannot be meant is a 400
     * naming its parameter, never a silently empty list.
     */
    public static Anvandarfilter av(String organisation, String roll, String aktiv, String sok, String sortera,
            String ordning) {
        String valdRoll = null;
        if (roll != null && !roll.isBlank()) {
            if (!Roll.giltig(roll)) {
                throw Valideringsfel.av("roll", "Okänd roll \"" + roll + "\". Tillåtna: " + String.join(", ", Roll.ALLA)
                        + ".");
            }
            valdRoll = roll.strip().toLowerCase(Locale.ROOT);
        }
        Boolean valdAktiv = null;
        if (aktiv != null && !aktiv.isBlank()) {
            valdAktiv = switch (aktiv.strip()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw Valideringsfel.av("aktiv", "Ange true eller false.");
            };
        }
        return new Anvandarfilter(Parametrar.tal(organisation, "organisation"), valdRoll, valdAktiv, sok, sortera,
                "fallande".equals(ordning));
    }

    public String sorteringsnyckel() {
        return sortering != null && SORTERINGAR.containsKey(sortering) ? sortering : "namn";
    }

    String orderBy() {
        String riktning = fallande ? " desc" : " asc";
        return " order by " + SORTERINGAR.get(sorteringsnyckel()) + riktning + ", a.id" + riktning;
    }

    String sokmonster() {
        return sok == null || sok.isBlank() ? null : "%" + sok.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
