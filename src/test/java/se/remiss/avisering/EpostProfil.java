package se.remiss.avisering;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** E-mail on, to the test's own SMTP server (GreenMail on {@link #PORT}), the outbox sent every second, no pooled connections. */
public class EpostProfil implements QuarkusTestProfile {

    public static final int PORT = 3925;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("remiss.epost.aktiv", "true", "remiss.epost.intervall", "1s",
                "remiss.epost.basadress", "https://remiss.example.se/",
                "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(PORT),
                "quarkus.mailer.from", "remiss@example.se",
                // Each test starts and stops its own GreenMail on the same port: a pooled connection to the
                // stopped one would hang for the socket timeout and push the mail a minute into its retry.
                "quarkus.mailer.keep-alive", "false");
    }
}
