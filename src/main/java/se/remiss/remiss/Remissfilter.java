package se.remiss.remiss;

import java.util.Locale;
import java.util.Map;

/**
 * Filters and order for the list of remisser. Sort keys are whitelisted so that a URL parameter
 * can never reach the query as text.
 */
public record Remissfilter(Long avsandare, RemissStatus status, boolean forsenade, Integer ar, String sok,
        String sortering, boolean fallande, Long enhet) {

    public Remissfilter(Long avsandare, RemissStatus status, boolean forsenade, Integer ar, String sok,
            String sortering, boolean fallande) {
        this(avsandare, status, forsenade, ar, sok, sortering, fallande, null);
    }

    /** The same filter limited to what the access unit {@code enhetsId} sent or received. */
    public Remissfilter inom(Long enhetsId) {
        return new Remissfilter(avsandare, status, forsenade, ar, sok, sortering, fallande, enhetsId);
    }

    static final Map<String, String> SORTERINGAR = Map.of(
            "registrerad", "r.registrerad",
            "titel", "lower(r.titel)",
            "dnr", "r.arende.dnrSok",
            "avsandare", "r.avsandare.namn",
            "frist", "r.sistaDagKontorsutlatande",
            "status", "r.status");

    public static Remissfilter tomt() {
        return new Remissfilter(null, null, false, null, null, "registrerad", true, null);
    }

    public String sorteringsnyckel() {
        return sortering != null && SORTERINGAR.containsKey(sortering) ? sortering : "registrerad";
    }

    String orderBy() {
        String riktning = fallande ? " desc" : " asc";
        return " order by " + SORTERINGAR.get(sorteringsnyckel()) + riktning + ", r.id" + riktning;
    }

    String sokmonster() {
        return sok == null || sok.isBlank() ? null : "%" + sok.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
