package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.avisering.Brevlada;
import se.remiss.avisering.EpostProfil;
import se.remiss.testhjalp.Api;

/**
 * The signatory whose turn it is hears of it by mail: the first when the draft is marked ready,
 * the next when the one before approved; never the one whose turn it is not.
 */
@QuarkusTest
@TestProfile(EpostProfil.class)
class GodkannandeEpostTest {

    @Test
    void undertecknarenVarsTurDetArFarEttMeddelandeMedLank() throws Exception {
        String u = Api.unik();
        List<String> adresser = Brevlada.nyaAdresser(GodkannandeApiTest.AVDELNINGSCHEF, GodkannandeApiTest.DIREKTOR);
        String chef = adresser.get(0);
        String direktor = adresser.get(1);
        try (Brevlada brevlada = Brevlada.starta()) {
            long m = Utkast.nyRemissTillVantor("Godkännande per e-post " + u);
            String uid = Utkast.ifylltVantorsUtkast(m);
            Utkast.klar(uid, 2).then().statusCode(200);
            Brevlada.vanta(() -> brevlada.till(chef).size() == 1, "meddelandet till avdelningschefen");
            assertTrue(brevlada.till(chef).get(0).getSubject().startsWith("Att godkänna: "));
            String text = Brevlada.text(brevlada.till(chef).get(0));
            assertTrue(text.contains("https://remiss.example.se/utlatanden/" + uid), text);
            assertEquals(0, brevlada.till(direktor).size(), "inte direktörens tur än");

            Utkast.som(GodkannandeApiTest.AVDELNINGSCHEF, () -> Utkast.json().body(Map.of("version", 2))
                    .post("/api/utlatanden/" + uid + "/godkann")).then().statusCode(200);
            Brevlada.vanta(() -> brevlada.till(direktor).size() == 1, "meddelandet till direktören");
            Thread.sleep(1500);
            assertEquals(1, brevlada.till(chef).size());
            assertEquals(1, brevlada.till(direktor).size());
        } finally {
            Api.anonym();
        }
    }
}
