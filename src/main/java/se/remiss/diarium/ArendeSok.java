package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.Locale;
import se.remiss.organisation.DiarienummerFormat;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Sida;

/** Search in one diarium by number (however it is written) or by words in the heading. */
public final class ArendeSok {

    private ArendeSok() {
    }

    /**
     * Newest first. The diarium comes first although it is fixed, and descending: so H2 leaves its index on
     * the foreign key for arende_org_nyast_ix (V33) and walks that instead of sorting the whole diarium.
     */
    private static final Sort NYAST = Sort.descending("organisation", "registrerat", "id");

    public static Sida<Arende> sok(Organisation diarium, String sok, int sida, int storlek) {
        PanacheQuery<Arende> fraga;
        if (sok == null || sok.isBlank()) {
            fraga = Arende.find("organisation", NYAST, diarium);
        } else {
            String dnr = DiarienummerFormat.normalisera(sok);
            String ord = sok.strip().toLowerCase(Locale.ROOT);
            String villkor;
            if (ord.length() >= 3) { // On PostgreSQL a trigram index (V37) answers LIKE '%…%'.
                villkor = "(dnrSok like :dnr or lower(rubrik) like :ord or lower(motpartensDnr) like :ord)";
                dnr = "%" + dnr + "%";
                ord = "%" + ord + "%";
            } else {
                // A shorter term has no trigram, and the index would read all its entries (300 ms against
                // 100 ms for the office's range): such a term is matched by position, which no index serves.
                villkor = "(locate(:dnr, dnrSok) > 0 or locate(:ord, lower(rubrik)) > 0"
                        + " or locate(:ord, lower(motpartensDnr)) > 0)";
            }
            fraga = Arende.find("organisation = :org and " + villkor, NYAST,
                    Parameters.with("org", diarium).and("dnr", dnr).and("ord", ord));
        }
        fraga.page(Page.of(sida - 1, storlek));
        return new Sida<>(fraga.list(), sida, storlek, fraga.count());
    }
}
