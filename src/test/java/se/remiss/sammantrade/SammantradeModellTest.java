package se.remiss.sammantrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/** The data model of the meeting calendar on the real database (V14). */
@QuarkusTest
class SammantradeModellTest {

    @Test
    void sammantradeOchLedamoterSparasOchEnDagHarEttSammantrade() {
        long namndId = Api.skapaOrganisation("namnd", "NAMND", null, null, null).getLong("id");
        String ledamot = Api.nyAnvandare(namndId, Roll.LEDAMOT);
        LocalDate dag = LocalDate.of(2027, 3, 18);
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation namnd = Organisation.findById(namndId);
            nytt(namnd, dag).persist();
            Namndledamot l = new Namndledamot();
            l.namnd = namnd;
            l.anvandare = Anvandare.medAnvandarnamn(ledamot).orElseThrow();
            l.uppdrag = Uppdrag.ORDFORANDE;
            l.kanJustera = true;
            l.persist();
            Namndinstallning i = new Namndinstallning();
            i.namnd = namnd;
            i.arendedagar = 7;
            i.godkannandedagar = 1;
            i.persist();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation namnd = Organisation.findById(namndId);
            Sammantrade s = Sammantrade.pa(namnd, dag).orElseThrow();
            assertEquals(LocalTime.of(18, 0), s.starttid);
            assertEquals(1, Sammantrade.mellan(namnd, dag.minusDays(1), dag).size());
            assertEquals(Uppdrag.ORDFORANDE, Namndledamot.iNamnd(namnd).get(0).uppdrag);
            assertEquals(7, Namndinstallning.medNamnd(namnd).orElseThrow().arendedagar);
            assertEquals("Nämndledamot", Roll.etikett(Roll.LEDAMOT));
        });
        // The unique index: a second meeting the same day is refused by the database itself.
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                nytt(Organisation.findById(namndId), dag).persist()));
    }

    private static Sammantrade nytt(Organisation namnd, LocalDate dag) {
        Sammantrade s = new Sammantrade();
        s.namnd = namnd;
        s.datum = dag;
        s.starttid = LocalTime.of(18, 0);
        s.plats = "Sammanträdesrummet";
        s.sistaDagArenden = dag.minusWeeks(2);
        s.skapad = Instant.now();
        return s;
    }
}
