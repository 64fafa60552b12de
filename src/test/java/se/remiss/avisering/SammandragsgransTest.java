package se.remiss.avisering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.remiss.avisering.Aviseringar.Rad;

/** A daily digest lists at most 40 overdue recipients and counts the rest, so the mail stays readable. */
class SammandragsgransTest {

    private static List<Rad> rader(int antal) {
        return IntStream.rangeClosed(1, antal).mapToObj(i -> new Rad("Mottagare " + i, "/remisser/1/mottagare/" + i))
                .toList();
    }

    @Test
    void fyrtioRaderVisasAllaUtanSlutrad() {
        List<Rad> visade = Paminnelser.begransa(rader(40));
        assertEquals(40, visade.size());
        assertEquals("Mottagare 40", visade.get(39).text());
    }

    @Test
    void flerAnFyrtioVisarDeForstaOchRaknarResten() {
        List<Rad> visade = Paminnelser.begransa(rader(1234));
        assertEquals(41, visade.size());
        assertEquals("Mottagare 1", visade.get(0).text());
        assertEquals("Mottagare 40", visade.get(39).text());
        assertEquals("… och 1 194 till.", visade.get(40).text().replace('\u00a0', ' '));
        assertNull(visade.get(40).lank());
    }

    @Test
    void tomListaGerTomtSammandrag() {
        assertEquals(List.of(), Paminnelser.begransa(List.of()));
    }
}
