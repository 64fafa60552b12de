package se.remiss.sammantrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.remiss.kalender.SvenskKalender;
import se.remiss.sammantrade.Sammantradesplanering.Justeringslage;
import se.remiss.sammantrade.Sammantradesplanering.Mote;
import se.remiss.sammantrade.Sammantradesplanering.Plan;

/** Planning and the dates after a meeting, around weekends and the free days of lag 1930:173. */
class SammantradesplaneringTest {

    private final Sammantradesplanering p = new Sammantradesplanering(new SvenskKalender());

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    // --- Working days before a meeting -------------------------------------------------------------

    @Test
    void sistaDagForArendenRaknarArbetsdagarOverHelgen() {
        // Thursday 30 March 2006, ten working days before: two weekends skipped.
        assertEquals(d("2006-03-16"), p.sistaDagForArenden(d("2006-03-30"), 10));
    }

    @Test
    void sistaDagForArendenHopparOverPasken() {
        // Thursday after Easter 2006: annandag påsk (17/4) and långfredagen (14/4) do not count.
        assertEquals(d("2006-04-13"), p.sistaDagForArenden(d("2006-04-20"), 3));
    }

    @Test
    void sistaDagForArendenHopparOverMidsommarafton() {
        // Midsommarafton (Friday 23 June 2006) is no working day under lag 1930:173.
        assertEquals(d("2006-06-22"), p.sistaDagForArenden(d("2006-06-27"), 2));
    }

    @Test
    void sistaDagForArendenHopparOverJulen() {
        // Monday 28 December 2026: the day before is not julafton, juldagen, annandag jul or the Sunday.
        assertEquals(d("2026-12-23"), p.sistaDagForArenden(d("2026-12-28"), 1));
    }

    @Test
    void nollDagarPaEnFridagGerArbetsdagenFore() {
        assertEquals(d("2006-03-24"), p.arbetsdagarFore(d("2006-03-25"), 0));
        assertEquals(d("2006-03-27"), p.arbetsdagarFore(d("2006-03-27"), 0));
        assertThrows(IllegalArgumentException.class, () -> p.arbetsdagarFore(d("2006-03-27"), -1));
    }

    @Test
    void godkannandetLiggerArbetsdagarForeArendedagen() {
        // Tuesday 14 March 2006, two working days before: Friday 10 March.
        assertEquals(d("2006-03-10"), p.godkannasSenast(d("2006-03-14"), 2));
    }

    // --- Planning a received remiss --------------------------------------------------------------

    private static final Mote FEBRUARI = new Mote(1, d("2006-02-16"), d("2006-02-02"));
    private static final Mote MARS = new Mote(2, d("2006-03-28"), d("2006-03-14"));
    private static final Mote APRIL = new Mote(3, d("2006-04-27"), d("2006-04-12"));

    @Test
    void sammantradetMellanFristernaBeslutar() {
        Plan plan = p.planera("Vantörs stadsdelsnämnd", d("2006-03-27"), d("2006-03-30"),
                List.of(FEBRUARI, MARS, APRIL), 2);
        assertEquals(Optional.of(MARS), plan.sammantrade());
        assertEquals(d("2006-03-14"), plan.sistaDagArenden());
        assertEquals(d("2006-03-10"), plan.godkannasSenast());
        assertTrue(plan.varning().isEmpty());
        assertFalse(plan.arendedagPasserad(d("2006-03-14")));
        assertTrue(plan.arendedagPasserad(d("2006-03-15")));
    }

    @Test
    void ingetSammantradeMellanFristernaVarnarOchDetForegaendeBeslutar() {
        Plan plan = p.planera("Vantörs stadsdelsnämnd", d("2006-03-27"), d("2006-03-30"), List.of(FEBRUARI, APRIL), 2);
        assertEquals(Optional.of(FEBRUARI), plan.sammantrade());
        assertEquals(Optional.of("Vantörs stadsdelsnämnd har inget sammanträde mellan 27 mars och 30 mars."),
                plan.varning());
    }

    @Test
    void sammantradePaFristdagarnaRaknasSomMellan() {
        Mote paKontorsfristen = new Mote(4, d("2006-03-27"), d("2006-03-13"));
        Mote paProtokollfristen = new Mote(5, d("2006-03-30"), d("2006-03-16"));
        assertTrue(p.ingetMellan("N", d("2006-03-27"), d("2006-03-30"), List.of(paKontorsfristen)).isEmpty());
        assertTrue(p.ingetMellan("N", d("2006-03-27"), d("2006-03-30"), List.of(paProtokollfristen)).isEmpty());
        assertEquals(Optional.of(paProtokollfristen), p.planera("N", d("2006-03-27"), d("2006-03-30"),
                List.of(paKontorsfristen, paProtokollfristen), 0).sammantrade());
    }

    @Test
    void ingetSammantradeForeFristenGerIngenPlanMenVarning() {
        Plan plan = p.planera("N", d("2006-01-10"), d("2006-01-12"), List.of(FEBRUARI), 2);
        assertTrue(plan.sammantrade().isEmpty());
        assertEquals(null, plan.sistaDagArenden());
        assertTrue(plan.varning().isPresent());
    }

    @Test
    void enNamndUtanKalenderVarnasInte() {
        Plan plan = p.planera("Ett bolag", d("2006-03-27"), d("2006-03-30"), List.of(), 2);
        assertTrue(plan.sammantrade().isEmpty());
        assertTrue(plan.varning().isEmpty());
    }

    @Test
    void varningOverArsskiftetNamnerAren() {
        assertEquals(Optional.of("N har inget sammanträde mellan 28 december 2026 och 5 januari 2027."),
                p.ingetMellan("N", d("2026-12-28"), d("2027-01-05"), List.of(FEBRUARI)));
    }

    // --- Justering, notice and appeal ------------------------------------------------------------

    @Test
    void justeringInom14Dagar() {
        assertEquals(d("2006-03-15"), p.justeringSenast(d("2006-03-01")));
        // Day 14 a Saturday: the next working day.
        assertEquals(d("2006-03-20"), p.justeringSenast(d("2006-03-04")));
        // Day 14 midsommarafton (Friday 23 June 2006): Monday.
        assertEquals(d("2006-06-26"), p.justeringSenast(d("2006-06-09")));
        // Day 14 julafton 2026: juldagen, annandag jul and the Sunday follow.
        assertEquals(d("2026-12-28"), p.justeringSenast(d("2026-12-10")));
    }

    @Test
    void justeringVarnasFranDag10OchArForsenadEfterSistaDagen() {
        LocalDate mote = d("2006-03-09");
        assertEquals(d("2006-03-19"), p.justeringsvarning(mote));
        assertEquals(Justeringslage.I_TID, p.justeringslage(mote, d("2006-03-18")));
        assertEquals(Justeringslage.SNART, p.justeringslage(mote, d("2006-03-19")));
        assertEquals(Justeringslage.SNART, p.justeringslage(mote, d("2006-03-23")));
        assertEquals(Justeringslage.FORSENAD, p.justeringslage(mote, d("2006-03-24")));
    }

    @Test
    void anslagSenastAndraDagenEfterJustering() {
        assertEquals(d("2006-03-22"), p.anslagSenast(d("2006-03-20")));
        // The second day a Saturday: Monday.
        assertEquals(d("2006-03-27"), p.anslagSenast(d("2006-03-23")));
        // The second day midsommarafton.
        assertEquals(d("2006-06-26"), p.anslagSenast(d("2006-06-21")));
        // The second day julafton 2026.
        assertEquals(d("2026-12-28"), p.anslagSenast(d("2026-12-22")));
    }

    @Test
    void overklagandetidenTreVeckorFranAnslaget() {
        assertEquals(d("2006-04-12"), p.overklagandetidSlut(d("2006-03-22")));
        assertEquals(d("2006-04-13"), p.anslagNedtas(d("2006-03-22")));
        // Three weeks end on annandag påsk 2006: Tuesday.
        assertEquals(d("2006-04-18"), p.overklagandetidSlut(d("2006-03-27")));
        // Three weeks end on midsommarafton 2006: Monday.
        assertEquals(d("2006-06-26"), p.overklagandetidSlut(d("2006-06-02")));
        // Three weeks end on juldagen 2026: Monday 28 December.
        assertEquals(d("2026-12-28"), p.overklagandetidSlut(d("2026-12-04")));
    }
}
