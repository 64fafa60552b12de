package se.remiss.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.remiss.plattform.RemissConfig;

/** Which key signs: the signer's own file, else the organisation's, else a test key – or a clear refusal. */
class NyckelforradTest {

    @TempDir
    Path katalog;

    @Test
    void utanNyckelOchUtanTestnycklarVagrasSignering() {
        Nyckelforrad forrad = new Nyckelforrad(signering(Map.of(), Map.of()), false, katalog);
        Nyckelsaknas fel = assertThrows(Nyckelsaknas.class, () -> forrad.signerare(Provdokument.DIREKTOR));
        assertTrue(fel.getMessage().startsWith("Dokumentet kan inte undertecknas: det finns ingen signeringsnyckel för "
                + "Monika Viklander (vantor-direktor) eller för Vantörs stadsdelsförvaltning."), fel.getMessage());
        assertTrue(fel.getMessage().contains("remiss.signering.undertecknare.vantor-direktor.fil"), fel.getMessage());
        assertTrue(forrad.betrodda().isEmpty());
        assertFalse(Files.exists(katalog.resolve("utvecklings-ca.p12")), "inga testnycklar skapas");
    }

    @Test
    void organisationensPkcs12AnvandsNarUndertecknarenSaknarEgen() throws Exception {
        // A key store made like an administrator would: here from a test key, under another name and password.
        LokalCmsSignerare kalla = new Testnycklar(katalog.resolve("kalla")).signerare(Provdokument.AVDELNINGSCHEF);
        Path fil = katalog.resolve("vantor.p12");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("vantor", privat(kalla), "hemligt".toCharArray(),
                kalla.kedja().toArray(java.security.cert.X509Certificate[]::new));
        try (OutputStream ut = Files.newOutputStream(fil)) {
            ks.store(ut, "hemligt".toCharArray());
        }
        Nyckelforrad forrad = new Nyckelforrad(signering(Map.of(), Map.of("vantor-sdf", nyckelfil(fil.toString(), "hemligt"))),
                false, katalog);
        CmsSignerare signerare = forrad.signerare(Provdokument.DIREKTOR);
        assertEquals(kalla.kedja().get(0), signerare.kedja().get(0));

        Nyckelforrad felLosen = new Nyckelforrad(signering(Map.of("vantor-direktor", nyckelfil(fil.toString(), "fel")),
                Map.of()), false, katalog);
        assertTrue(assertThrows(Nyckelsaknas.class, () -> felLosen.signerare(Provdokument.DIREKTOR)).getMessage()
                .contains("kunde inte öppnas"));
    }

    @Test
    void testnycklarSkapasOchAterAnvands() throws Exception {
        Nyckelforrad forrad = new Nyckelforrad(signering(Map.of(), Map.of()), true, katalog);
        CmsSignerare forsta = forrad.signerare(Provdokument.DIREKTOR);
        assertTrue(forsta.testnyckel());
        assertTrue(forsta.kedja().get(0).getSubjectX500Principal().getName().contains("TESTNYCKEL"));
        CmsSignerare igen = new Nyckelforrad(signering(Map.of(), Map.of()), true, katalog).signerare(Provdokument.DIREKTOR);
        assertEquals(forsta.kedja().get(0), igen.kedja().get(0), "samma nyckel efter omstart");
        assertEquals(1, forrad.betrodda().size());
    }

    private static java.security.PrivateKey privat(LokalCmsSignerare s) throws Exception {
        var falt = LokalCmsSignerare.class.getDeclaredField("nyckel");
        falt.setAccessible(true);
        return (java.security.PrivateKey) falt.get(s);
    }

    private static RemissConfig.Nyckelfil nyckelfil(String fil, String losenord) {
        return new RemissConfig.Nyckelfil() {
            public String fil() {
                return fil;
            }

            public String losenord() {
                return losenord;
            }

            public Optional<String> alias() {
                return Optional.empty();
            }
        };
    }

    private static RemissConfig.Signering signering(Map<String, RemissConfig.Nyckelfil> personer,
            Map<String, RemissConfig.Nyckelfil> organisationer) {
        return new RemissConfig.Signering() {
            public Optional<String> tsaUrl() {
                return Optional.empty();
            }

            public Map<String, RemissConfig.Nyckelfil> undertecknare() {
                return personer;
            }

            public Map<String, RemissConfig.Nyckelfil> organisationer() {
                return organisationer;
            }

            public Optional<Boolean> testnycklar() {
                return Optional.empty();
            }

            public Optional<String> testnyckelkatalog() {
                return Optional.empty();
            }

            public Optional<List<String>> betrodda() {
                return Optional.empty();
            }
        };
    }
}
