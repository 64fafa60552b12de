package se.remiss.sakerhet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The session cookie is Secure unless a profile or the README's plain-http start command says otherwise. */
class SakerCookieInstallningTest {

    @Test
    void produktionSkickarKakanBaraOverHttps() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        assertEquals("true", p.getProperty("remiss.sakerhet.saker-cookie"), "produktionens standard");
        assertEquals("false", p.getProperty("%dev.remiss.sakerhet.saker-cookie"));
        assertEquals("false", p.getProperty("%test.remiss.sakerhet.saker-cookie"));
    }

    @Test
    void readmesLokalaStartkommandoKorOverHttpUtanSakerKaka() throws IOException {
        String start = Files.readAllLines(Path.of("README.md")).stream()
                .filter(rad -> rad.startsWith("./mvnw") && rad.contains("ops/starta.sh")).findFirst().orElseThrow();
        assertTrue(start.contains("-Dremiss.sakerhet.saker-cookie=false"), start);
    }
}
