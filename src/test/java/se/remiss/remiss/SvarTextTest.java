package se.remiss.remiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one line the matrix and the sender's recipient page write for how a recipient answered. */
class SvarTextTest {

    @Test
    void ingetSvarAnnu() {
        assertNull(new Remissmottagare().svarText());
    }

    @Test
    void varjeSvarsformMedDetDenHar() {
        Remissmottagare namnd = svar(Svarsform.NAMNDBESLUT);
        assertEquals("Nämndbeslut 2006-03-28", namnd.svarText());

        Remissmottagare delegation = svar(Svarsform.DELEGATION);
        delegation.beslutadAv = "Anna Ek, avdelningschef";
        delegation.delegation = "punkt 3.1";
        assertEquals("Delegationsbeslut 2006-03-28: Anna Ek, avdelningschef (punkt 3.1)", delegation.svarText());

        Remissmottagare avstar = svar(Svarsform.AVSTAR);
        avstar.avstarOrsak = "Berör inte nämndens verksamhet.";
        assertEquals("Avstår 2006-03-28: Berör inte nämndens verksamhet.", avstar.svarText());
    }

    private static Remissmottagare svar(Svarsform form) {
        Remissmottagare m = new Remissmottagare();
        m.svarsform = form;
        m.besvarad = LocalDate.of(2006, 3, 28);
        return m;
    }
}
