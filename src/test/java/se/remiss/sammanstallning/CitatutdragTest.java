package se.remiss.sammanstallning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.utlatande.Citathanvisning;

class CitatutdragTest {

    private static List<String> meningar(String text) {
        return Citatutdrag.i(text, h -> "avsnitt " + h.avsnitt() + (h.atagande() == null ? "" : " #" + h.atagande()))
                .stream().map(u -> u.hanvisning().kod() + " " + u.mening()).toList();
    }

    @Test
    void helaMeningenRuntCitatetOchIngetAnnat() {
        assertEquals(List.of("[[5.3]] Vi delar synen i avsnitt 5.3 på det uppsökande arbetet."),
                meningar("Inledningen. Vi delar synen i [[5.3]] på det uppsökande arbetet. Sedan något annat."));
    }

    @Test
    void punktenIEnNyckelAvslutarIngenMening() {
        assertEquals(List.of("[[5.2#1]] Se avsnitt 5.2 #1 och avsnitt 5.3 om skolan.",
                "[[5.3]] Se avsnitt 5.2 #1 och avsnitt 5.3 om skolan."),
                meningar("Se [[5.2#1]] och [[ 5.3 ]] om skolan. Nästa mening."));
    }

    @Test
    void styckenRaderOchPunkterHallsIsar() {
        String text = "Första stycket slutar utan punkt\noch fortsätter på nästa rad [[1]]\n\n"
                + "- en punkt om [[2]]\n- en annan punkt\n1. numrerad om [[3]]";
        assertEquals(List.of("[[1]] Första stycket slutar utan punkt och fortsätter på nästa rad avsnitt 1",
                "[[2]] en punkt om avsnitt 2", "[[3]] numrerad om avsnitt 3"), meningar(text));
    }

    @Test
    void markeringenTasBortOchTomtGerInget() {
        assertEquals(List.of("[[4]] Det är mycket viktigt: avsnitt 4."),
                meningar("Det är *mycket* viktigt: [[4]]."));
        assertEquals(List.of(), meningar(""));
        assertEquals(List.of(), meningar(null));
        assertEquals(List.of(), meningar("Inga citat här. Alls."));
        assertEquals(new Citathanvisning("5.3", 2), Citatutdrag.i("[[5.3#2]]", h -> "x").get(0).hanvisning());
    }
}
