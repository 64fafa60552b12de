package se.remiss.kalender;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Swedish deadline calendar per lag (1930:173) om beräkning av lagstadgad tid, 2 §: a last day that
 * falls on a Saturday, a Sunday or another allmän helgdag (lag 1989:253), midsommarafton, julafton
 * or nyårsafton moves to the next weekday that is none of those.
 *
 * <p>What jollyday 2.19.0's {@code HolidayCalendar.SWEDEN} returns (checked for 2004, 2006, 2026),
 * all of type PUBLIC_HOLIDAY: the 13 allmänna helgdagar of lag 1989:253 (påskdagen and pingstdagen
 * included although they are Sundays, midsommardagen and alla helgons dag as the Saturdays in their
 * week) plus midsommarafton, julafton and nyårsafton. So for 2005 onwards it is exactly the set the
 * law names besides weekends: nothing to remove and nothing to add. Two differences remain:
 * <ul>
 * <li>It has no history. Until 2004 annandag pingst was an allmän helgdag and nationaldagen was
 * not (SFS 2004:1320, from 2005); jollyday gives the 2005 list for every year, so older years are
 * corrected here. Deadlines that old still show up when old cases are registered.</li>
 * <li>Its Swedish descriptions are not the names the law uses ("Långfredag", "Sveriges
 * nationaldag", "Kristi himmelfärdsdag"), so names come from the table below, keyed by jollyday's
 * properties key. A key not in the table is ignored: should a future jollyday version add a day
 * (a flag day, say), it must not start moving deadlines.</li>
 * </ul>
 *
 * <p>Thread-safe: holidays are computed once per year into an immutable map.
 */
public class SvenskKalender {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", SVENSKA);

    /** Not a jollyday key: annandag pingst is derived from pingstdagen for years before 2005. */
    private static final String ANNANDAG_PINGST = "remiss.ANNANDAG_PINGST";
    private static final String NATIONALDAGEN = "NATIONAL_DAY";
    private static final int FORSTA_AR_MED_NATIONALDAGEN = 2005;

    /** jollyday properties key → the day's name as the law writes it, in the law's order. */
    private static final Map<String, String> NAMN;

    static {
        Map<String, String> namn = new LinkedHashMap<>();
        namn.put("NEW_YEAR", "nyårsdagen");
        namn.put("EPIPHANY", "trettondedag jul");
        namn.put("christian.GOOD_FRIDAY", "långfredagen");
        namn.put("christian.EASTER", "påskdagen");
        namn.put("christian.EASTER_MONDAY", "annandag påsk");
        namn.put("LABOUR_DAY", "första maj");
        // "Kristi" is a proper name and keeps its capital even inside a sentence.
        namn.put("christian.ASCENSION_DAY", "Kristi himmelsfärdsdag");
        namn.put("christian.PENTECOST", "pingstdagen");
        namn.put(ANNANDAG_PINGST, "annandag pingst");
        namn.put(NATIONALDAGEN, "nationaldagen");
        namn.put("MIDSUMMER_EVE", "midsommarafton");
        namn.put("MIDSUMMER", "midsommardagen");
        namn.put("ALL_SAINTS", "alla helgons dag");
        namn.put("CHRISTMAS_EVE", "julafton");
        namn.put("CHRISTMAS", "juldagen");
        namn.put("BOXING_DAY", "annandag jul");
        namn.put("NEW_YEARS_EVE", "nyårsafton");
        NAMN = Collections.unmodifiableMap(namn);
    }

    /*
     * Only a plausible range of years is cached: dates reach us from URLs and forms, and caching
     * every year someone types (LocalDate goes to year 999 999 999) would let the cache grow
     * without bound. Years outside the range are simply computed on each call.
     */
    private static final int FORSTA_CACHADE_AR = 1900;
    private static final int SISTA_CACHADE_AR = 2199;

    private final HolidayManager helgdagar =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final ConcurrentMap<Integer, Map<LocalDate, String>> perAr = new ConcurrentHashMap<>();

    /** The result of checking a chosen last day, for forms and the API. */
    public record Kontroll(LocalDate datum, boolean arbetsdag, String orsak, LocalDate foreslagetDatum) {

        /** A Swedish sentence for the UI: why the day is not a working day and where it moves. */
        public String meddelande() {
            if (arbetsdag) {
                return skrivDag(datum) + " är en arbetsdag.";
            }
            return skrivDag(datum) + " är ingen arbetsdag (" + orsak + "). Enligt lagen (1930:173) om "
                    + "beräkning av lagstadgad tid flyttas sista dagen till " + DAG.format(foreslagetDatum) + ".";
        }

        /** "lördag 25 mars 2006" with a capital first letter, as it opens the sentence. */
        private static String skrivDag(LocalDate dag) {
            String text = DAG.format(dag);
            return text.substring(0, 1).toUpperCase(SVENSKA) + text.substring(1);
        }
    }

    public boolean arArbetsdag(LocalDate datum) {
        return fridag(datum).isEmpty();
    }

    /** {@code datum} itself if it is an arbetsdag, otherwise the next one. */
    public LocalDate nastaArbetsdag(LocalDate datum) {
        LocalDate dag = Objects.requireNonNull(datum, "datum");
        // Terminates quickly: at most four days in a row are free (e.g. långfredagen to annandag påsk).
        while (!arArbetsdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    /**
     * Why {@code datum} is not an arbetsdag, e.g. "lördag" or "juldagen"; empty on a working day.
     * A holiday is named before the weekday, so a Saturday midsommardagen gives "midsommardagen".
     */
    public Optional<String> fridag(LocalDate datum) {
        Objects.requireNonNull(datum, "datum");
        String helgdag = helgdagar(datum.getYear()).get(datum);
        if (helgdag != null) {
            return Optional.of(helgdag);
        }
        if (datum.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("lördag");
        }
        if (datum.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("söndag");
        }
        return Optional.empty();
    }

    public Kontroll kontrollera(LocalDate datum) {
        Optional<String> orsak = fridag(datum);
        return orsak.isEmpty()
                ? new Kontroll(datum, true, null, datum)
                : new Kontroll(datum, false, orsak.get(), nastaArbetsdag(datum));
    }

    private Map<LocalDate, String> helgdagar(int ar) {
        if (ar < FORSTA_CACHADE_AR || ar > SISTA_CACHADE_AR) {
            return beraknaAr(ar);
        }
        return perAr.computeIfAbsent(ar, this::beraknaAr);
    }

    /** The free days of one year besides weekends: date → name. */
    private Map<LocalDate, String> beraknaAr(int ar) {
        Map<String, LocalDate> perNyckel = new HashMap<>();
        for (Holiday helgdag : helgdagar.getHolidays(Year.of(ar))) {
            perNyckel.put(helgdag.getPropertiesKey(), helgdag.getActualDate());
        }
        if (ar < FORSTA_AR_MED_NATIONALDAGEN) {
            perNyckel.remove(NATIONALDAGEN);
            LocalDate pingstdagen = perNyckel.get("christian.PENTECOST");
            if (pingstdagen != null) {
                perNyckel.put(ANNANDAG_PINGST, pingstdagen.plusDays(1));
            }
        }
        Map<LocalDate, String> dagar = new HashMap<>();
        // Two holidays can share a date (första maj and Kristi himmelsfärdsdag in 2008): name both.
        NAMN.forEach((nyckel, namn) -> {
            LocalDate dag = perNyckel.get(nyckel);
            if (dag != null) {
                dagar.merge(dag, namn, (forst, sedan) -> forst + " och " + sedan);
            }
        });
        return Map.copyOf(dagar);
    }
}
