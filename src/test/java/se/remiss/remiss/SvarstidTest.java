package se.remiss.remiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SvarstidTest {

    private static final LocalDate FRIST = LocalDate.of(2006, 3, 30);

    @Test
    void iTidPaFristdagenOchFore() {
        assertEquals("i tid", new Svarstid(FRIST, FRIST).text());
        assertTrue(new Svarstid(FRIST.minusDays(5), FRIST).iTid());
        assertEquals("i tid", new Svarstid(FRIST, null).text());
    }

    @Test
    void dagarSentRaknasFranFristen() {
        assertEquals("1 dag sent", new Svarstid(FRIST.plusDays(1), FRIST).text());
        Svarstid sent = new Svarstid(LocalDate.of(2006, 4, 5), FRIST);
        assertEquals(6, sent.dagarSent());
        assertEquals("6 dagar sent", sent.text());
        assertFalse(sent.iTid());
        assertEquals("7\u00a0559 dagar sent", new Svarstid(FRIST.plusDays(7559), FRIST).text());
    }
}
