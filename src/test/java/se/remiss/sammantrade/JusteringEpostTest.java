package se.remiss.sammantrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.avisering.Brevlada;
import se.remiss.avisering.EpostProfil;

/**
 * The ordförande hears by mail when the protokoll is handed over for justering, the justerare when
 * the ordförande has signed; never the one whose turn it is not.
 */
@QuarkusTest
@TestProfile(EpostProfil.class)
class JusteringEpostTest {

    @Test
    void denVarsTurDetArAttJusteraFarEttMeddelandeMedLank() throws Exception {
        Protokollmiljo m = new Protokollmiljo();
        List<String> adresser = Brevlada.nyaAdresser(m.ordforande, m.justerare);
        String ordforande = adresser.get(0);
        String justerare = adresser.get(1);
        try (Brevlada brevlada = Brevlada.starta()) {
            Protokollmiljo.Mote mote = m.mote(Protokollmiljo.MOTESDAG, Protokollmiljo.Steg.TILL_JUSTERING);
            Brevlada.vanta(() -> brevlada.till(ordforande).size() == 1, "meddelandet till ordföranden");
            assertTrue(brevlada.till(ordforande).get(0).getSubject().startsWith("Att justera: protokoll "));
            String text = Brevlada.text(brevlada.till(ordforande).get(0));
            assertTrue(text.contains("https://remiss.example.se/sammantraden/" + mote.sammantrade() + "/protokoll"), text);
            assertEquals(0, brevlada.till(justerare).size(), "inte justerarens tur än");

            Protokollmiljo.som(m.ordforande).post("/api/sammantraden/" + mote.sammantrade() + "/protokoll/justera").then()
                    .statusCode(200);
            Brevlada.vanta(() -> brevlada.till(justerare).size() == 1, "meddelandet till justeraren");
            Protokollmiljo.som(m.justerare).post("/api/sammantraden/" + mote.sammantrade() + "/protokoll/justera").then()
                    .statusCode(200);
            Thread.sleep(1500);
            assertEquals(1, brevlada.till(ordforande).size());
            assertEquals(1, brevlada.till(justerare).size(), "ingen tur kvar efter den sista underskriften");
        }
    }
}
