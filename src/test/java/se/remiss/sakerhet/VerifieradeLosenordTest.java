package se.remiss.sakerhet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;

class VerifieradeLosenordTest {

    private static Anvandare anvandare(long id, String hash) {
        Anvandare a = new Anvandare();
        a.id = id;
        a.losenordHash = hash;
        return a;
    }

    @Test
    void baraSammaLosenordOchSammaLagradeHashGodtas() {
        VerifieradeLosenord minne = new VerifieradeLosenord();
        Anvandare a = anvandare(1, "$2a$04$hash-ett");
        assertFalse(minne.stammer(a, "hemligt-losenord"), "inget verifierat ännu");
        minne.minns(a, "hemligt-losenord");
        assertTrue(minne.stammer(a, "hemligt-losenord"));
        assertFalse(minne.stammer(a, "annat-losenord"));
        assertFalse(minne.stammer(anvandare(2, "$2a$04$hash-ett"), "hemligt-losenord"), "en annan användare");
        // A new password (a new stored hash) makes the remembered one worthless at once.
        assertFalse(minne.stammer(anvandare(1, "$2a$04$hash-tva"), "hemligt-losenord"));
    }
}
