package se.remiss.sammantrade;

import java.util.List;
import java.util.Map;
import se.remiss.organisation.Organisation;

/**
 * Filters and order of the meeting list. Sort keys are whitelisted so that a URL parameter never
 * reaches the query as text.
 */
public record Sammantradefilter(List<Organisation> egnaNamnder, Long namnd, Integer ar, String sortering,
        boolean fallande) {

    static final Map<String, String> SORTERINGAR = Map.of(
            "datum", "s.datum",
            "sistaDagArenden", "s.sistaDagArenden",
            "status", "s.status",
            "plats", "lower(s.plats)",
            "namnd", "s.namnd.namn");

    public String sorteringsnyckel() {
        return sortering != null && SORTERINGAR.containsKey(sortering) ? sortering : "datum";
    }

    String orderBy() {
        String riktning = fallande ? " desc" : " asc";
        return " order by " + SORTERINGAR.get(sorteringsnyckel()) + riktning + ", s.datum" + riktning + ", s.id" + riktning;
    }
}
