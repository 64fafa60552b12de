package se.remiss.anvandare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.ForstaAdministrator.Beslut;

/** When the start creates a first administrator, decided without a database. */
class ForstaAdministratorTest {

    static final Optional<String> NAMN = Optional.of("forsta.admin");
    static final Optional<String> LOSENORD = Optional.of("tillräckligt-långt");

    static Beslut besluta(Optional<String> namn, Optional<String> losenord, boolean adminFinns, boolean namnFinns) {
        return ForstaAdministrator.besluta(namn, losenord, adminFinns, namnFinns);
    }

    @Test
    void skaparBaraNarBadaAngesOchIngenAktivAdministratorFinns() {
        assertEquals(Beslut.SKAPA, besluta(NAMN, LOSENORD, false, false));
        assertEquals(Beslut.SKAPA, besluta(Optional.of("  forsta.admin "), LOSENORD, false, false));
        assertEquals(Beslut.ADMINISTRATOR_FINNS, besluta(NAMN, LOSENORD, true, false));
        assertEquals(Beslut.ADMINISTRATOR_FINNS, besluta(NAMN, LOSENORD, true, true));
    }

    @Test
    void utanInstallningarGorsIngenting() {
        assertEquals(Beslut.INTE_BEGARD, besluta(Optional.empty(), Optional.empty(), false, false));
        assertEquals(Beslut.INTE_BEGARD, besluta(Optional.of(" "), Optional.of(""), false, false));
    }

    @Test
    void baraEnInstallningRacker() {
        assertEquals(Beslut.OFULLSTANDIG, besluta(NAMN, Optional.empty(), false, false));
        assertEquals(Beslut.OFULLSTANDIG, besluta(Optional.empty(), LOSENORD, false, false));
    }

    @Test
    void ogiltigaVardenSkaparIngen() {
        assertEquals(Beslut.OGILTIGT_NAMN, besluta(Optional.of("Admin Adminsson"), LOSENORD, false, false));
        assertEquals(Beslut.OGILTIGT_NAMN, besluta(Optional.of("å"), LOSENORD, false, false));
        assertEquals(Beslut.OGILTIGT_LOSENORD, besluta(NAMN, Optional.of("kort"), false, false));
        assertEquals(Beslut.OGILTIGT_LOSENORD, besluta(NAMN, Optional.of("ö".repeat(40)), false, false));
        // The same password rule as everywhere else (issue 11): not one character, not a common password.
        assertEquals(Beslut.OGILTIGT_LOSENORD, besluta(NAMN, Optional.of("aaaaaaaaaaaa"), false, false));
        assertEquals(Beslut.OGILTIGT_LOSENORD, besluta(NAMN, Optional.of("Password123!"), false, false));
        assertEquals(Beslut.OGILTIGT_LOSENORD, besluta(NAMN, Optional.of("          admin"), false, false));
    }

    @Test
    void enBefintligAnvandareAndrasInte() {
        assertEquals(Beslut.NAMNET_UPPTAGET, besluta(NAMN, LOSENORD, false, true));
    }
}
