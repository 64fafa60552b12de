package se.remiss.kalender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvenskKalenderTest {

    private final SvenskKalender kalender = new SvenskKalender();

    @Test
    void vanligMandagArArbetsdag() {
        LocalDate mandag = LocalDate.of(2006, 3, 27);
        assertTrue(kalender.arArbetsdag(mandag));
        assertEquals(mandag, kalender.nastaArbetsdag(mandag));
        assertEquals(Optional.empty(), kalender.fridag(mandag));
    }

    @ParameterizedTest(name = "{0} ({2}) flyttas till {1}")
    @CsvSource({
            "2006-03-25, 2006-03-27, lördag",
            "2006-03-26, 2006-03-27, söndag",
            "2006-06-23, 2006-06-26, midsommarafton",
            "2006-06-24, 2006-06-26, midsommardagen",
            "2026-12-24, 2026-12-28, julafton",
            "2026-12-25, 2026-12-28, juldagen",
            "2026-12-26, 2026-12-28, annandag jul",
            "2026-12-31, 2027-01-04, nyårsafton",
            "2027-01-01, 2027-01-04, nyårsdagen",
            "2006-04-14, 2006-04-18, långfredagen",
            "2006-04-16, 2006-04-18, påskdagen",
            "2006-04-17, 2006-04-18, annandag påsk",
            "2006-05-25, 2006-05-26, Kristi himmelsfärdsdag",
            "2026-06-06, 2026-06-08, nationaldagen",
            "2006-06-06, 2006-06-07, nationaldagen",
            "2006-01-06, 2006-01-09, trettondedag jul",
            "2006-05-01, 2006-05-02, första maj",
            "2006-11-04, 2006-11-06, alla helgons dag",
            "2026-05-24, 2026-05-25, pingstdagen",
            // Before 2005 annandag pingst was the holiday, not nationaldagen.
            "2004-05-31, 2004-06-01, annandag pingst",
            // Two holidays on one date: Kristi himmelsfärdsdag fell on första maj 2008.
            "2008-05-01, 2008-05-02, första maj och Kristi himmelsfärdsdag",
    })
    void fridagFlyttasTillNastaArbetsdag(LocalDate datum, LocalDate nasta, String orsak) {
        assertFalse(kalender.arArbetsdag(datum));
        assertEquals(Optional.of(orsak), kalender.fridag(datum));
        assertEquals(nasta, kalender.nastaArbetsdag(datum));
        assertTrue(kalender.arArbetsdag(nasta));

        SvenskKalender.Kontroll kontroll = kalender.kontrollera(datum);
        assertEquals(new SvenskKalender.Kontroll(datum, false, orsak, nasta), kontroll);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-06-05", // Friday before a Saturday nationaldagen: no bridge day in the law
            "2003-06-06", // nationaldagen was no holiday before 2005 (a Friday in 2003)
            "2026-05-25", // annandag pingst is no holiday since 2005
            "2006-12-27", // between Christmas and New Year
            "2026-01-05", // trettondagsafton is not in the law
            "2026-04-30", // valborgsmässoafton is not in the law
    })
    void dagarSomInteArFridagar(LocalDate datum) {
        assertTrue(kalender.arArbetsdag(datum), datum + " ska vara arbetsdag");
        assertEquals(new SvenskKalender.Kontroll(datum, true, null, datum), kalender.kontrollera(datum));
    }

    @Test
    void nationaldagenPaLordagNamnerHelgdagen() {
        LocalDate nationaldagen = LocalDate.of(2026, 6, 6);
        assertEquals("SATURDAY", nationaldagen.getDayOfWeek().name());
        assertEquals(Optional.of("nationaldagen"), kalender.fridag(nationaldagen));
    }

    @Test
    void meddelandeForLordag() {
        SvenskKalender.Kontroll kontroll = kalender.kontrollera(LocalDate.of(2006, 3, 25));
        assertEquals("Lördag 25 mars 2006 är ingen arbetsdag (lördag). Enligt lagen (1930:173) om beräkning av "
                + "lagstadgad tid flyttas sista dagen till måndag 27 mars 2006.", kontroll.meddelande());
    }

    @Test
    void meddelandeForJulafton() {
        SvenskKalender.Kontroll kontroll = kalender.kontrollera(LocalDate.of(2026, 12, 24));
        assertEquals("Torsdag 24 december 2026 är ingen arbetsdag (julafton). Enligt lagen (1930:173) om beräkning "
                + "av lagstadgad tid flyttas sista dagen till måndag 28 december 2026.", kontroll.meddelande());
    }

    @Test
    void meddelandeForArbetsdag() {
        assertEquals("Måndag 27 mars 2006 är en arbetsdag.",
                kalender.kontrollera(LocalDate.of(2006, 3, 27)).meddelande());
    }

    /** Every weekday that is free in 2026, so a change in jollyday's data shows up here. */
    @Test
    void allaFridagar2026() {
        Map<LocalDate, String> fridagar = new TreeMap<>();
        for (LocalDate dag = LocalDate.of(2026, 1, 1); dag.getYear() == 2026; dag = dag.plusDays(1)) {
            LocalDate d = dag;
            kalender.fridag(d).filter(orsak -> !orsak.equals("lördag") && !orsak.equals("söndag"))
                    .ifPresent(orsak -> fridagar.put(d, orsak));
        }
        Map<LocalDate, String> vantat = new TreeMap<>(Map.ofEntries(
                Map.entry(LocalDate.of(2026, 1, 1), "nyårsdagen"),
                Map.entry(LocalDate.of(2026, 1, 6), "trettondedag jul"),
                Map.entry(LocalDate.of(2026, 4, 3), "långfredagen"),
                Map.entry(LocalDate.of(2026, 4, 5), "påskdagen"),
                Map.entry(LocalDate.of(2026, 4, 6), "annandag påsk"),
                Map.entry(LocalDate.of(2026, 5, 1), "första maj"),
                Map.entry(LocalDate.of(2026, 5, 14), "Kristi himmelsfärdsdag"),
                Map.entry(LocalDate.of(2026, 5, 24), "pingstdagen"),
                Map.entry(LocalDate.of(2026, 6, 6), "nationaldagen"),
                Map.entry(LocalDate.of(2026, 6, 19), "midsommarafton"),
                Map.entry(LocalDate.of(2026, 6, 20), "midsommardagen"),
                Map.entry(LocalDate.of(2026, 10, 31), "alla helgons dag"),
                Map.entry(LocalDate.of(2026, 12, 24), "julafton"),
                Map.entry(LocalDate.of(2026, 12, 25), "juldagen"),
                Map.entry(LocalDate.of(2026, 12, 26), "annandag jul"),
                Map.entry(LocalDate.of(2026, 12, 31), "nyårsafton")));
        assertEquals(vantat, fridagar);
    }

    @Test
    void arUtanforCachenFungerar() {
        assertEquals(Optional.of("juldagen"), kalender.fridag(LocalDate.of(2500, 12, 25)));
    }

    @Test
    void samtidigaAnrop() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<LocalDate>> svar = new ArrayList<>();
            SvenskKalender ny = new SvenskKalender();
            for (int i = 0; i < 200; i++) {
                svar.add(pool.submit(() -> ny.nastaArbetsdag(LocalDate.of(2026, 12, 24))));
            }
            for (Future<LocalDate> f : svar) {
                assertEquals(LocalDate.of(2026, 12, 28), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void arbetsdagHarIngenOrsak() {
        assertNull(kalender.kontrollera(LocalDate.of(2026, 12, 28)).orsak());
    }
}
