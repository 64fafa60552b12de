package se.remiss.remiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.kalender.SvenskKalender;
import se.remiss.plattform.Faltfel;
import se.remiss.plattform.Valideringsfel;

class FristkontrollTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);
    private final SvenskKalender kalender = new SvenskKalender();

    private static List<Faltfel> fel(LocalDate kontor, LocalDate protokoll, String prefix) {
        Valideringsfel.Samlare samlare = new Valideringsfel.Samlare();
        Fristkontroll.kontrollera(kontor, protokoll, IDAG, prefix, samlare);
        if (samlare.tom()) {
            return List.of();
        }
        return assertThrows(Valideringsfel.class, samlare::kastaOmFel).fel();
    }

    private static List<String> falt(List<Faltfel> fel) {
        return fel.stream().map(Faltfel::falt).toList();
    }

    @Test
    void giltigaFristerGerIngaFel() {
        assertEquals(List.of(), fel(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 17), ""));
        assertEquals(List.of(), fel(IDAG, IDAG, ""), "samma dag som i dag och samma dag för båda");
    }

    @Test
    void saknadeFristerNamnsBada() {
        List<Faltfel> fel = fel(null, null, "");
        assertEquals(List.of("sistaDagKontorsutlatande", "sistaDagNamndprotokoll"), falt(fel));
        assertEquals("Ange sista dag för kontorsutlåtande.", fel.get(0).meddelande());
    }

    @Test
    void fristForeIdagAvvisas() {
        List<Faltfel> fel = fel(IDAG.minusDays(1), LocalDate.of(2026, 12, 17), "");
        assertEquals(List.of("sistaDagKontorsutlatande"), falt(fel));
        assertTrue(fel.get(0).meddelande().contains("2026-11-23"), fel.get(0).meddelande());
        assertEquals(List.of("sistaDagKontorsutlatande", "sistaDagNamndprotokoll"),
                falt(fel(IDAG.minusDays(5), IDAG.minusDays(1), "")));
    }

    @Test
    void protokolletKanInteVaraFortUtlatandet() {
        List<Faltfel> fel = fel(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 16), "");
        assertEquals(List.of("sistaDagNamndprotokoll"), falt(fel));
        assertTrue(fel.get(0).meddelande().contains("2026-12-17"), fel.get(0).meddelande());
    }

    @Test
    void prefixetHamnarIFaltnamnet() {
        assertEquals(List.of("mottagare[3].sistaDagNamndprotokoll"),
                falt(fel(LocalDate.of(2026, 12, 15), null, "mottagare[3].")));
    }

    @Test
    void fristPaArbetsdagGerIngenVarning() {
        assertEquals(List.of(), Fristkontroll.varningar(kalender, LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 17), ""));
        assertEquals(List.of(), Fristkontroll.varningar(kalender, null, null, ""));
    }

    @Test
    void fristPaHelgEllerAftonFlaggasMedNastaArbetsdag() {
        List<Fristkontroll.Varning> varningar = Fristkontroll.varningar(kalender, LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 31), "x.");
        assertEquals(2, varningar.size());
        assertEquals("x.sistaDagKontorsutlatande", varningar.get(0).falt());
        assertEquals(LocalDate.of(2026, 12, 7), varningar.get(0).foreslagetDatum());
        assertTrue(varningar.get(0).meddelande().contains("lördag"), varningar.get(0).meddelande());
        assertEquals("x.sistaDagNamndprotokoll", varningar.get(1).falt());
        assertEquals(LocalDate.of(2027, 1, 4), varningar.get(1).foreslagetDatum(), "nyårsafton, nyårsdagen och helgen");
        assertTrue(varningar.get(1).meddelande().contains("nyårsafton"), varningar.get(1).meddelande());
    }

    @Test
    void midsommarOchJulFlyttasTillForstaVardagen() {
        List<Fristkontroll.Varning> v = Fristkontroll.varningar(kalender, LocalDate.of(2006, 6, 23),
                LocalDate.of(2026, 12, 24), "");
        assertEquals(LocalDate.of(2006, 6, 26), v.get(0).foreslagetDatum());
        assertEquals(LocalDate.of(2026, 12, 28), v.get(1).foreslagetDatum());
    }
}
