package se.remiss.plattform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the links of a filtered, sorted, paged list so that paging keeps the filters and a
 * column heading toggles its order.
 */
public final class Listadress {

    private final String bas;
    private final Map<String, String> parametrar;

    public Listadress(String bas) {
        this(bas, new LinkedHashMap<>());
    }

    private Listadress(String bas, Map<String, String> parametrar) {
        this.bas = bas;
        this.parametrar = parametrar;
    }

    /** Adds a filter; blank values are left out of the links. */
    public Listadress med(String namn, Object varde) {
        Map<String, String> kopia = new LinkedHashMap<>(parametrar);
        if (varde == null || varde.toString().isBlank() || Boolean.FALSE.equals(varde)) {
            kopia.remove(namn);
        } else {
            kopia.put(namn, varde.toString());
        }
        return new Listadress(bas, kopia);
    }

    public String sida(int nummer) {
        return med("sida", nummer > 1 ? nummer : null).toString();
    }

    /** The link of a column heading: same column flips the order, a new column starts ascending. */
    public String sortera(String nyckel) {
        boolean sammaKolumn = nyckel.equals(parametrar.get("sortera"));
        boolean stigande = "stigande".equals(parametrar.get("ordning"));
        String ordning = sammaKolumn && stigande ? "fallande" : "stigande";
        return med("sortera", nyckel).med("ordning", ordning).med("sida", null).toString();
    }

    /** aria-sort value for a column heading, or null when the list is not sorted by it. */
    public String ariaSort(String nyckel) {
        if (!nyckel.equals(parametrar.get("sortera"))) {
            return null;
        }
        return "stigande".equals(parametrar.get("ordning")) ? "ascending" : "descending";
    }

    /**
     * The list's export in {@code format} ("xlsx", "csv") with the same filters and order, every
     * page: {@code /remisser?status=SKICKAD} → {@code /remisser/export?status=SKICKAD&format=xlsx}.
     */
    public String export(String format) {
        return new Listadress(bas + "/export", parametrar).med("sida", null).med("format", format).toString();
    }

    @Override
    public String toString() {
        if (parametrar.isEmpty()) {
            return bas;
        }
        return bas + "?" + parametrar.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
