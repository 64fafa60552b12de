package se.remiss.remiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.remiss.MottagarStatus.AVSTAR;
import static se.remiss.remiss.MottagarStatus.BESVARAD;
import static se.remiss.remiss.MottagarStatus.EJ_SKICKAD;
import static se.remiss.remiss.MottagarStatus.MOTTAGEN;
import static se.remiss.remiss.MottagarStatus.SKICKAD;
import static se.remiss.remiss.MottagarStatus.TILLDELAD;
import static se.remiss.remiss.MottagarStatus.UNDER_BEREDNING;
import static se.remiss.remiss.MottagarStatus.UTLATANDE_INSKICKAT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FristTest {

    private static final LocalDate KONTOR = LocalDate.of(2006, 3, 27);
    private static final LocalDate PROTOKOLL = LocalDate.of(2006, 3, 30);

    private static Frist frist(MottagarStatus status, String idag) {
        return new Frist(status, KONTOR, PROTOKOLL, LocalDate.parse(idag));
    }

    @Test
    void fornAvUtlatandetGallerKontorsfristen() {
        Frist f = frist(TILLDELAD, "2006-03-20");
        assertEquals(KONTOR, f.nasta());
        assertEquals(7L, f.dagarKvar());
        assertFalse(f.forsenad());
        assertEquals("7 dagar kvar", f.dagarKvarText());
    }

    @Test
    void sistaDagenArInteForsenad() {
        Frist f = frist(UNDER_BEREDNING, "2006-03-27");
        assertFalse(f.utlatandeForsenat());
        assertFalse(f.forsenad());
        assertEquals(0L, f.dagarKvar());
        assertEquals("sista dagen i dag", f.dagarKvarText());
    }

    @Test
    void dagenEfterKontorsfristenArUtlatandetForsenat() {
        Frist f = frist(SKICKAD, "2006-03-28");
        assertTrue(f.utlatandeForsenat());
        assertFalse(f.protokollForsenat());
        assertTrue(f.forsenad());
        assertEquals(-1L, f.dagarKvar());
        assertEquals("försenad 1 dag", f.dagarKvarText());
    }

    @Test
    void inskickatUtlatandeVantarBaraProtokollet() {
        Frist iTid = frist(UTLATANDE_INSKICKAT, "2006-03-28");
        assertFalse(iTid.forsenad(), "kontorsfristen gäller inte längre");
        assertEquals(PROTOKOLL, iTid.nasta());
        assertEquals(2L, iTid.dagarKvar());
        assertEquals("2 dagar kvar", iTid.dagarKvarText());

        Frist sent = frist(UTLATANDE_INSKICKAT, "2006-04-01");
        assertTrue(sent.protokollForsenat());
        assertFalse(sent.utlatandeForsenat());
        assertTrue(sent.forsenad());
        assertEquals("försenad 2 dagar", sent.dagarKvarText());
    }

    @Test
    void ejInkommetUtlatandeEfterBadaFristernaArForsenatMedBada() {
        Frist f = frist(MOTTAGEN, "2006-04-03");
        assertTrue(f.utlatandeForsenat());
        assertTrue(f.protokollForsenat());
        assertEquals(-7L, f.dagarKvar());
        assertEquals("1 dag kvar", frist(MOTTAGEN, "2006-03-26").dagarKvarText());
    }

    @ParameterizedTest
    @EnumSource(value = MottagarStatus.class, names = {"BESVARAD", "AVSTAR"})
    void avslutadeVantarIngenting(MottagarStatus status) {
        Frist f = frist(status, "2007-01-01");
        assertFalse(f.forsenad());
        assertNull(f.nasta());
        assertNull(f.dagarKvar());
        assertEquals("–", f.dagarKvarText());
    }

    @org.junit.jupiter.api.Test
    void ettUtkastVisarDagarTillFristenMenArAldrigForsenat() {
        assertEquals(LocalDate.parse("2006-03-27"), frist(EJ_SKICKAD, "2007-01-01").nasta());
        assertFalse(frist(EJ_SKICKAD, "2007-01-01").forsenad());
        assertEquals("1 dag kvar", frist(EJ_SKICKAD, "2006-03-26").dagarKvarText());
    }

    // ---------------------------------------------------------------------------------------------
    // MottagarStatus: every pair, allowed or not

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "EJ_SKICKAD, SKICKAD, false",
            "EJ_SKICKAD, MOTTAGEN, false",
            "SKICKAD, MOTTAGEN, true",
            "SKICKAD, TILLDELAD, true",
            "SKICKAD, AVSTAR, true",
            "SKICKAD, UNDER_BEREDNING, false",
            "SKICKAD, BESVARAD, false",
            "SKICKAD, SKICKAD, false",
            "MOTTAGEN, TILLDELAD, true",
            "MOTTAGEN, AVSTAR, true",
            "MOTTAGEN, SKICKAD, false",
            "MOTTAGEN, UNDER_BEREDNING, false",
            "MOTTAGEN, MOTTAGEN, false",
            "TILLDELAD, UNDER_BEREDNING, true",
            "TILLDELAD, AVSTAR, true",
            "TILLDELAD, UTLATANDE_INSKICKAT, false",
            "TILLDELAD, BESVARAD, false",
            "TILLDELAD, MOTTAGEN, false",
            "UNDER_BEREDNING, UTLATANDE_INSKICKAT, false",
            "UNDER_BEREDNING, AVSTAR, true",
            "UNDER_BEREDNING, BESVARAD, false",
            "UNDER_BEREDNING, TILLDELAD, false",
            "UTLATANDE_INSKICKAT, BESVARAD, true",
            "UTLATANDE_INSKICKAT, AVSTAR, false",
            "UTLATANDE_INSKICKAT, UNDER_BEREDNING, false",
            "BESVARAD, AVSTAR, false",
            "BESVARAD, UTLATANDE_INSKICKAT, false",
            "AVSTAR, SKICKAD, false",
            "AVSTAR, BESVARAD, false",
    })
    void overgangar(MottagarStatus fran, MottagarStatus till, boolean tillaten) {
        assertEquals(tillaten, fran.kanBliTill(till));
        assertEquals(tillaten, fran.nasta().contains(till));
    }

    @Test
    void ingenStatusKanGaTillbakaTillEjSkickadEllerSkickad() {
        for (MottagarStatus s : MottagarStatus.values()) {
            assertFalse(s.kanBliTill(EJ_SKICKAD), s.name());
            assertFalse(s.kanBliTill(SKICKAD), s.name());
            assertFalse(s.kanBliTill(s), s + " till sig själv");
        }
        assertTrue(BESVARAD.nasta().isEmpty());
        assertTrue(AVSTAR.nasta().isEmpty());
    }

    @Test
    void vagenTillBesvaradGarGenomAllaSteg() {
        MottagarStatus[] vag = {SKICKAD, MOTTAGEN, TILLDELAD, UNDER_BEREDNING};
        for (int i = 0; i + 1 < vag.length; i++) {
            assertTrue(vag[i].kanBliTill(vag[i + 1]), vag[i] + " → " + vag[i + 1]);
        }
        // Into UTLATANDE_INSKICKAT only by sending a signed statement, never by a status change.
        assertFalse(UNDER_BEREDNING.kanBliTill(UTLATANDE_INSKICKAT));
        assertTrue(UTLATANDE_INSKICKAT.kanBliTill(BESVARAD));
    }

    @Test
    void egenskaperPerStatus() {
        for (MottagarStatus s : MottagarStatus.values()) {
            assertEquals(s == BESVARAD || s == AVSTAR, s.avslutad(), s.name());
            assertEquals(s == UTLATANDE_INSKICKAT || s == BESVARAD || s == AVSTAR, s.utlatandeKlart(), s.name());
            assertEquals(s == SKICKAD || s == MOTTAGEN || s == TILLDELAD || s == UNDER_BEREDNING, s.kanTilldelas(),
                    s.name());
            assertEquals(!s.utlatandeKlart() && s != EJ_SKICKAD, MottagarStatus.vantarUtlatande().contains(s), s.name());
            assertEquals(!s.avslutad() && s != EJ_SKICKAD, MottagarStatus.vantarProtokoll().contains(s), s.name());
            assertFalse(s.etikett.isBlank());
        }
        assertEquals("Utlåtande inskickat", UTLATANDE_INSKICKAT.etikett);
        assertEquals("Avstår", AVSTAR.etikett);
    }

    @Test
    void mangaDagarSkrivsMedSvenskaTusentalsavgransare() {
        Frist sedan2006 = frist(TILLDELAD, "2026-11-23");
        assertEquals("försenad 7\u00a0546 dagar", sedan2006.dagarKvarText());
        Frist langtFram = frist(TILLDELAD, "2003-03-27");
        assertEquals("1\u00a0096 dagar kvar", langtFram.dagarKvarText());
    }
}
